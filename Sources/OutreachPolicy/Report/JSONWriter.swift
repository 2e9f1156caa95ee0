/// Builds JSON text with keys in the order they are written, so reports are
/// stable and diff-friendly: one line, `", "` between items, `": "` after
/// keys. Every JSON report of the program (`check`, `coach`, `history`,
/// `bench`, `practice`) is written with it.
public struct JSONWriter {
    public private(set) var text = ""
    private var needsComma: [Bool] = []

    public init() {}

    public mutating func beginObject(_ key: String? = nil) { open("{", key) }
    public mutating func endObject() { close("}") }
    public mutating func beginArray(_ key: String? = nil) { open("[", key) }
    public mutating func endArray() { close("]") }

    public mutating func field(_ key: String, _ value: String?) { raw(key, value.map(Self.quoted) ?? "null") }
    public mutating func field(_ key: String, _ value: Int?) { raw(key, value.map { String($0) } ?? "null") }
    public mutating func field(_ key: String, _ value: Bool) { raw(key, value ? "true" : "false") }
    public mutating func field(_ key: String, number value: Double) { raw(key, Self.score(value)) }
    public mutating func field(_ key: String, strings: [String]) { raw(key, "[" + strings.map(Self.quoted).joined(separator: ", ") + "]") }
    public mutating func element(_ value: String) { raw(nil, Self.quoted(value)) }

    /// A score as reports print it: hundredths at most, at least one
    /// decimal ("6.0", "2.25", "-1.5"); null if not finite.
    public static func score(_ value: Double) -> String { value.isFinite ? formatScore(value) : "null" }

    /// A JSON string literal. Quotes, backslashes and every control
    /// character (C0, DEL, C1) are escaped, and so are the bidi marks that
    /// could reorder a terminal line, so fixture text piped to a terminal
    /// stays inert; U+2028 and U+2029 too, so the text is also valid
    /// JavaScript.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if needsEscape(u.value) {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    private static func needsEscape(_ v: UInt32) -> Bool {
        v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x061C || v == 0x200E || v == 0x200F
            || (0x2028...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    private mutating func separator() {
        if let last = needsComma.last {
            if last { text += ", " }
            needsComma[needsComma.count - 1] = true
        }
    }

    private mutating func raw(_ key: String?, _ value: String) {
        separator()
        if let key { text += Self.quoted(key) + ": " }
        text += value
    }

    private mutating func open(_ bracket: String, _ key: String?) {
        separator()
        if let key { text += Self.quoted(key) + ": " }
        text += bracket
        needsComma.append(false)
    }

    private mutating func close(_ bracket: String) {
        if !needsComma.isEmpty { needsComma.removeLast() }
        text += bracket
    }
}
