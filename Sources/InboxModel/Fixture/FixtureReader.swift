/// The kinds of value a fixture document can hold.
enum ValueKind: Equatable, Sendable {
    case object, array, string, number, bool, null

    var noun: String {
        switch self {
        case .object: return "a mapping"
        case .array: return "a list"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }
}

/// A position in the source that can be turned into a line and column
/// later; kept as a plain integer so 300,000 events don't carry locations.
typealias SourcePosition = Int

/// A pull reader over a JSON or YAML document, so the schema decoder is
/// written once and both formats give the same errors and field paths.
///
/// Protocol: `kind()` peeks the next value; `enterObject()` then repeated
/// `nextKey()` (each followed by reading or skipping its value) until nil;
/// `enterArray()` then `nextElement()` before each element until false.
/// Errors thrown carry a location but no field path; the decoder adds it.
protocol FixtureReader {
    /// Position of the next value (or key).
    var position: SourcePosition { get }
    func location(of position: SourcePosition) -> SourceLocation?
    mutating func kind() throws(FixtureError) -> ValueKind
    mutating func enterObject() throws(FixtureError)
    mutating func nextKey() throws(FixtureError) -> String?
    mutating func enterArray() throws(FixtureError)
    mutating func nextElement() throws(FixtureError) -> Bool
    /// A string value. YAML readers also accept any non-null scalar here,
    /// since `name: 2024` is a string to the person who wrote it.
    mutating func readString() throws(FixtureError) -> String
    mutating func readInt() throws(FixtureError) -> Int
    mutating func readBool() throws(FixtureError) -> Bool
    mutating func skipValue() throws(FixtureError)
}

/// Limits that keep hostile documents from exhausting time or memory.
enum FixtureLimits {
    static let maxDepth = 64
    static let maxStringBytes = 1 << 20
    static let maxFileBytes = 1 << 30
}
