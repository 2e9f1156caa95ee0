/// Walks a composed YAML document (`YAMLTree`) with the same pull protocol
/// as the JSON reader. Aliases are indexes into the tree, read again each
/// time they occur: a walk budget stops documents whose aliases expand
/// exponentially ("billion laughs"), and a text budget stops aliases
/// repeating long text past a bound.
struct YAMLReader: FixtureReader {
    private enum Frame {
        case mapping(node: Int, next: Int)
        case sequence(node: Int, next: Int)
    }

    private let tree: YAMLTree
    private var current: Int?
    private var stack: [Frame] = []
    private var budget: Int
    private var textBudget: Int
    private let textLimit: Int
    /// Values visited plus bytes of text read: the work the walk did, for
    /// tests that check it grows in step with the input.
    private(set) var work = 0

    /// `textLimit`: the most bytes of keys and strings the walk may read,
    /// aliases counted each time they are read.
    init(tree: YAMLTree, budget: Int, textLimit: Int) {
        self.tree = tree
        self.current = tree.root
        self.budget = budget
        self.textBudget = textLimit
        self.textLimit = textLimit
    }

    /// Text written out is never longer than the file; only aliases can
    /// make the text read add up to more.
    static func textLimit(fileSize: Int) -> Int { fileSize + extraAliasText }
    static let extraAliasText = 8 << 20

    var position: SourcePosition {
        guard let current else { return -1 }
        let n = tree.nodes[current]
        return Int(n.line) << 24 | min(Int(n.column), (1 << 24) - 1)
    }

    func location(of position: SourcePosition) -> SourceLocation? {
        position < 0 ? nil : SourceLocation(line: position >> 24, column: position & ((1 << 24) - 1))
    }

    private func fail(_ message: String) -> FixtureError {
        FixtureError(location: location(of: position), message: message)
    }

    private mutating func spend() throws(FixtureError) {
        budget -= 1
        work += 1
        if budget < 0 { throw fail("document expands to too many values (YAML aliases repeating themselves?)") }
    }

    private mutating func spendText(_ count: Int) throws(FixtureError) {
        textBudget -= count
        work += count
        if textBudget < 0 {
            throw fail("YAML aliases repeat text past \(textLimit >> 20) MB (the file's size plus \(Self.extraAliasText >> 20) MB); write the text out instead")
        }
    }

    private func node() throws(FixtureError) -> YAMLTree.Node {
        guard let current else { throw FixtureError(message: "internal reader state: no current value") }
        return tree.nodes[current]
    }

    mutating func kind() throws(FixtureError) -> ValueKind {
        let n = try node()
        switch n.kind {
        case .mapping: return .object
        case .sequence: return .array
        case .scalar:
            // Plain scalars are classified by this program's rules, not
            // YAML 1.1's (see `PlainScalar`).
            guard n.plain else { return .string }
            if PlainScalar.isNull(n.text) { return .null }
            if PlainScalar.bool(n.text) != nil { return .bool }
            return PlainScalar.looksNumeric(n.text) ? .number : .string
        }
    }

    mutating func enterObject() throws(FixtureError) {
        guard let index = current, tree.nodes[index].kind == .mapping else { throw fail("expected a mapping, found \(try kind().noun)") }
        try spend()
        guard stack.count < FixtureLimits.maxDepth else { throw fail("nesting is deeper than \(FixtureLimits.maxDepth) levels") }
        stack.append(.mapping(node: index, next: 0))
        current = nil
    }

    mutating func enterArray() throws(FixtureError) {
        guard let index = current, tree.nodes[index].kind == .sequence else { throw fail("expected a list, found \(try kind().noun)") }
        try spend()
        guard stack.count < FixtureLimits.maxDepth else { throw fail("nesting is deeper than \(FixtureLimits.maxDepth) levels") }
        stack.append(.sequence(node: index, next: 0))
        current = nil
    }

    mutating func nextKey() throws(FixtureError) -> String? {
        guard case .mapping(let index, let i)? = stack.last else { throw FixtureError(message: "internal reader state: not in a mapping") }
        let mapping = tree.nodes[index]
        guard i < Int(mapping.count) else {
            stack.removeLast()
            return nil
        }
        stack[stack.count - 1] = .mapping(node: index, next: i + 2)
        let key = tree.nodes[tree.child(mapping, i)]
        current = tree.child(mapping, i + 1)
        try spend()
        try spendText(key.text.utf8.count)
        return key.text
    }

    mutating func nextElement() throws(FixtureError) -> Bool {
        guard case .sequence(let index, let i)? = stack.last else { throw FixtureError(message: "internal reader state: not in a list") }
        let sequence = tree.nodes[index]
        guard i < Int(sequence.count) else {
            stack.removeLast()
            return false
        }
        stack[stack.count - 1] = .sequence(node: index, next: i + 1)
        try spend()
        current = tree.child(sequence, i)
        return true
    }

    mutating func readString() throws(FixtureError) -> String {
        let k = try kind()
        let n = try node()
        guard n.kind == .scalar, k != .null else { throw fail("expected a string, found \(k.noun)") }
        guard n.text.utf8.count <= FixtureLimits.maxStringBytes else {
            throw fail("string is longer than \(FixtureLimits.maxStringBytes) bytes")
        }
        try spendText(n.text.utf8.count)
        return n.text
    }

    mutating func readInt() throws(FixtureError) -> Int {
        let k = try kind()
        guard k == .number else { throw fail("expected a whole number, found \(k.noun)") }
        switch PlainScalar.integer(try node().text) {
        case .success(let v): return v
        case .failure(let e): throw fail(e.description)
        }
    }

    mutating func readBool() throws(FixtureError) -> Bool {
        let k = try kind()
        let n = try node()
        if k == .bool, let v = PlainScalar.bool(n.text) { return v }
        if k == .string, n.plain, PlainScalar.isYAML11Bool(n.text) {
            throw fail("\"\(n.text)\" is a YAML 1.1 boolean; write true or false")
        }
        throw fail("expected true or false, found \(k.noun)")
    }

    mutating func skipValue() throws(FixtureError) {
        try spend()
        current = nil
    }
}
