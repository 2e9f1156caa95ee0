import Foundation
import Yams

/// Walks a composed YAML document with the same pull protocol as the JSON
/// reader. Aliases arrive already resolved by the composer; a walk budget
/// stops documents whose aliases expand exponentially ("billion laughs").
struct YAMLReader: FixtureReader {
    private enum Frame {
        case mapping([(Node, Node)], Int)
        case sequence([Node], Int)
    }

    private var current: Node?
    private var stack: [Frame] = []
    private var budget: Int

    init(root: Node, budget: Int) {
        self.current = root
        self.budget = budget
    }

    var position: SourcePosition {
        guard let mark = current?.mark else { return -1 }
        return mark.line << 24 | min(mark.column, (1 << 24) - 1)
    }

    func location(of position: SourcePosition) -> SourceLocation? {
        position < 0 ? nil : SourceLocation(line: position >> 24, column: position & ((1 << 24) - 1))
    }

    private func fail(_ message: String) -> FixtureError {
        FixtureError(location: location(of: position), message: message)
    }

    private mutating func spend() throws(FixtureError) {
        budget -= 1
        if budget < 0 { throw fail("document expands to too many values (YAML aliases repeating themselves?)") }
    }

    private func node() throws(FixtureError) -> Node {
        guard let current else { throw FixtureError(message: "internal reader state: no current value") }
        return current
    }

    mutating func kind() throws(FixtureError) -> ValueKind {
        switch try node() {
        case .mapping: return .object
        case .sequence: return .array
        case .alias: throw fail("unresolved YAML alias")
        case .scalar(let s):
            // Plain scalars are classified by this program's rules, not
            // Yams's YAML 1.1 resolver (see `PlainScalar`).
            guard s.style == .plain || s.style == .any else { return .string }
            if PlainScalar.isNull(s.string) { return .null }
            if PlainScalar.bool(s.string) != nil { return .bool }
            return PlainScalar.looksNumeric(s.string) ? .number : .string
        }
    }

    mutating func enterObject() throws(FixtureError) {
        guard case .mapping(let m) = try node() else { throw fail("expected a mapping, found \(try kind().noun)") }
        try spend()
        guard stack.count < FixtureLimits.maxDepth else { throw fail("nesting is deeper than \(FixtureLimits.maxDepth) levels") }
        stack.append(.mapping(Array(m.map { ($0.key, $0.value) }), 0))
        current = nil
    }

    mutating func enterArray() throws(FixtureError) {
        guard case .sequence(let s) = try node() else { throw fail("expected a list, found \(try kind().noun)") }
        try spend()
        guard stack.count < FixtureLimits.maxDepth else { throw fail("nesting is deeper than \(FixtureLimits.maxDepth) levels") }
        stack.append(.sequence(Array(s), 0))
        current = nil
    }

    mutating func nextKey() throws(FixtureError) -> String? {
        guard case .mapping(let pairs, let i)? = stack.last else { throw FixtureError(message: "internal reader state: not in a mapping") }
        guard i < pairs.count else {
            stack.removeLast()
            return nil
        }
        stack[stack.count - 1] = .mapping(pairs, i + 1)
        let (key, value) = pairs[i]
        guard case .scalar(let k) = key else {
            current = key
            throw fail("keys must be plain words")
        }
        try spend()
        current = value
        return k.string
    }

    mutating func nextElement() throws(FixtureError) -> Bool {
        guard case .sequence(let items, let i)? = stack.last else { throw FixtureError(message: "internal reader state: not in a list") }
        guard i < items.count else {
            stack.removeLast()
            return false
        }
        stack[stack.count - 1] = .sequence(items, i + 1)
        try spend()
        current = items[i]
        return true
    }

    mutating func readString() throws(FixtureError) -> String {
        let k = try kind()
        guard case .scalar(let s) = try node(), k != .null else { throw fail("expected a string, found \(k.noun)") }
        guard s.string.utf8.count <= FixtureLimits.maxStringBytes else {
            throw fail("string is longer than \(FixtureLimits.maxStringBytes) bytes")
        }
        return s.string
    }

    mutating func readInt() throws(FixtureError) -> Int {
        let k = try kind()
        guard k == .number, case .scalar(let s) = try node() else { throw fail("expected a whole number, found \(k.noun)") }
        switch PlainScalar.integer(s.string) {
        case .success(let v): return v
        case .failure(let e): throw fail(e.description)
        }
    }

    mutating func readBool() throws(FixtureError) -> Bool {
        let k = try kind()
        guard case .scalar(let s) = try node() else { throw fail("expected true or false, found \(k.noun)") }
        if k == .bool, let v = PlainScalar.bool(s.string) { return v }
        if k == .string, s.style == .plain || s.style == .any, PlainScalar.isYAML11Bool(s.string) {
            throw fail("\"\(s.string)\" is a YAML 1.1 boolean; write true or false")
        }
        throw fail("expected true or false, found \(k.noun)")
    }

    mutating func skipValue() throws(FixtureError) {
        try spend()
        current = nil
    }
}

extension YAMLReader {
    /// Composes `text` into a node tree, turning YAML syntax errors into
    /// one-line fixture errors.
    static func compose(_ text: String) throws(FixtureError) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw FixtureError(yamlError: error)
        } catch {
            throw FixtureError(message: "not valid YAML")
        }
    }
}

extension FixtureError {
    init(yamlError: YamlError) {
        func loc(_ m: Mark) -> SourceLocation { SourceLocation(line: m.line, column: m.column) }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            // libyaml's own wording names its C API; say what is wrong instead.
            let what = problem.hasPrefix("Maximum nesting level reached") ? "nesting is too deep" : problem
            self.init(location: loc(mark), message: "not valid YAML: \(what)")
        case .reader(let problem, let offset, _, let yaml):
            // The reader reports a character offset rather than a mark.
            if let offset, let index = yaml.index(yaml.startIndex, offsetBy: offset, limitedBy: yaml.endIndex) {
                let byte = yaml.utf8.distance(from: yaml.utf8.startIndex, to: index)
                self.init(location: Array(yaml.utf8).withUnsafeBufferPointer { LineIndex(bytes: $0).location(of: byte) }, message: "not valid YAML: \(problem)")
            } else {
                self.init(message: "not valid YAML: \(problem)")
            }
        case .duplicatedKeysInMapping(let duplicates, let context):
            var keys = duplicates.sorted().prefix(3).map { "\"\(FixtureSchema.shown($0))\"" }.joined(separator: ", ")
            if duplicates.count > 3 { keys += " and \(duplicates.count - 3) more" }
            self.init(location: loc(context.mark), message: "duplicate key \(keys) in a mapping")
        default:
            self.init(message: "not valid YAML")
        }
    }
}
