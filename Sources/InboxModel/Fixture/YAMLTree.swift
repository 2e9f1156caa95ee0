import CYaml

/// A YAML document composed straight from libyaml's events into flat
/// arrays. Yams's composer builds a class object with a tag resolver per
/// value and hashes every mapping key through YAML 1.1's regular
/// expressions (most of the time a YAML fixture took to load), and hashes
/// keys that are themselves lists or mappings in full, which aliases make
/// exponential. Here keys must be scalars, an alias is an index to the
/// node it names (never a copy), and nothing recurses, so nesting depth
/// costs no stack.
struct YAMLTree {
    enum Kind: UInt8 { case scalar, sequence, mapping }

    struct Node {
        var kind: Kind
        /// A plain (unquoted, not block) scalar: only those can be numbers,
        /// booleans or null.
        var plain: Bool
        var line: Int32
        var column: Int32
        var text: String
        /// Children in `links[first..<first + count]`; a mapping's are
        /// key, value, key, value.
        var first: Int32
        var count: Int32
    }

    private(set) var nodes: [Node] = []
    private(set) var links: [Int32] = []
    /// Nil for a document with no content at all.
    private(set) var root: Int?

    func child(_ node: Node, _ k: Int) -> Int { Int(links[Int(node.first) + k]) }

    /// Composes `bytes` (valid UTF-8, no NUL bytes), turning YAML syntax
    /// errors into one-line fixture errors.
    static func compose(_ bytes: UnsafeBufferPointer<UInt8>) throws(FixtureError) -> YAMLTree {
        var tree = YAMLTree()
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw FixtureError(message: "not valid YAML: out of memory") }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)

        /// Open containers: the node's index and where its children start
        /// in `pending`.
        var open: [(node: Int, start: Int, anchor: String?)] = []
        var pending: [Int32] = []
        var anchors: [String: Int32] = [:]
        var documents = 0
        var event = yaml_event_t()

        func add(_ index: Int) {
            if open.isEmpty { tree.root = index } else { pending.append(Int32(index)) }
        }
        func mark(_ m: yaml_mark_t) -> SourceLocation { SourceLocation(line: Int(m.line) + 1, column: Int(m.column) + 1) }
        func anchorName(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? { p.map { String(cString: $0) } }

        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw syntaxError(parser, bytes) }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return tree
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw FixtureError(location: mark(event.start_mark), message: "not valid YAML: but found another document")
                }
            case YAML_ALIAS_EVENT:
                guard let name = anchorName(event.data.alias.anchor), let target = anchors[name] else {
                    throw FixtureError(location: mark(event.start_mark), message: "not valid YAML: found undefined alias")
                }
                add(Int(target))
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                let text = s.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: s.length), as: UTF8.self) } ?? ""
                let index = tree.nodes.count
                tree.nodes.append(Node(kind: .scalar, plain: s.style == YAML_PLAIN_SCALAR_STYLE && s.plain_implicit != 0,
                                       line: Int32(clamping: event.start_mark.line + 1), column: Int32(clamping: event.start_mark.column + 1),
                                       text: text, first: 0, count: 0))
                if let name = anchorName(s.anchor) { anchors[name] = Int32(index) }
                add(index)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let index = tree.nodes.count
                tree.nodes.append(Node(kind: isMapping ? .mapping : .sequence, plain: false,
                                       line: Int32(clamping: event.start_mark.line + 1), column: Int32(clamping: event.start_mark.column + 1),
                                       text: "", first: 0, count: 0))
                let anchor = isMapping ? anchorName(event.data.mapping_start.anchor) : anchorName(event.data.sequence_start.anchor)
                add(index)
                open.append((index, pending.count, anchor))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let (index, start, anchor) = open.popLast() else { break }
                let children = pending[start...]
                if tree.nodes[index].kind == .mapping { try checkKeys(children, in: tree) }
                tree.nodes[index].first = Int32(tree.links.count)
                tree.nodes[index].count = Int32(children.count)
                tree.links.append(contentsOf: children)
                pending.removeSubrange(start...)
                // Registered once complete, as YAML has it: an alias inside
                // its own anchor's node is undefined.
                if let anchor { anchors[anchor] = Int32(index) }
            default:
                break
            }
        }
    }

    /// Keys must be scalars, none repeated; a repeated key is reported at
    /// the first occurrence of the first (in sorted order) repeated key.
    private static func checkKeys(_ children: ArraySlice<Int32>, in tree: YAMLTree) throws(FixtureError) {
        var seen: [String: Int32] = [:]
        var repeated: [String: Int32] = [:]
        var k = children.startIndex
        while k < children.endIndex {
            let key = tree.nodes[Int(children[k])]
            guard key.kind == .scalar else {
                throw FixtureError(location: SourceLocation(line: Int(key.line), column: Int(key.column)), message: "keys must be plain words")
            }
            if let first = seen[key.text] { repeated[key.text] = first } else { seen[key.text] = children[k] }
            k += 2
        }
        guard !repeated.isEmpty else { return }
        let sorted = repeated.keys.sorted()
        var keys = sorted.prefix(3).map { "\"\(FixtureSchema.shown($0))\"" }.joined(separator: ", ")
        if sorted.count > 3 { keys += " and \(sorted.count - 3) more" }
        let first = tree.nodes[Int(repeated[sorted[0]] ?? 0)]
        throw FixtureError(location: SourceLocation(line: Int(first.line), column: Int(first.column)), message: "duplicate key \(keys) in a mapping")
    }

    private static func syntaxError(_ parser: yaml_parser_t, _ bytes: UnsafeBufferPointer<UInt8>) -> FixtureError {
        var problem = parser.problem.map { String(cString: $0) } ?? "syntax error"
        // libyaml's own wording names its C API; say what is wrong instead.
        if problem.hasPrefix("Maximum nesting level reached") { problem = "nesting is too deep" }
        if parser.error == YAML_READER_ERROR {
            let offset = min(Int(parser.problem_offset), bytes.count)
            return FixtureError(location: LineIndex(bytes: bytes).location(of: offset), message: "not valid YAML: \(problem)")
        }
        let m = parser.problem_mark
        return FixtureError(location: SourceLocation(line: Int(m.line) + 1, column: Int(m.column) + 1), message: "not valid YAML: \(problem)")
    }
}
