/// Decodes fixture format v1 into an `Inbox`, checking types, unknown keys,
/// references and the log's order rules, and reporting the first problem
/// with its location and field path.
public enum FixtureDecoder {
    public static func decode(_ bytes: [UInt8], format: FixtureFormat, file: String? = nil) throws(FixtureError) -> Inbox {
        try bytes.withUnsafeBufferPointer { (b) throws(FixtureError) in try decode(b, format: format, file: file) }
    }

    /// Decodes bytes the caller keeps alive for the call (a mapped file).
    /// `release` is given, every few megabytes, bytes reading is done with,
    /// so their pages can be given back; the decoder may still read any
    /// byte again later (an error's line and column), so released pages
    /// must read back the same. It may be called from two threads at once.
    public static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, format: FixtureFormat, file: String? = nil, release: @escaping @Sendable (Range<Int>) -> Void = { _ in }
    ) throws(FixtureError) -> Inbox {
        try decodeCountingHalves(bytes, format: format, file: file, release: release, splitEvents: true).inbox
    }

    /// Also says how many events the second core read and how many bytes
    /// the first read twice; `splitEvents: false` reads a long events list
    /// on one core only. For tests that hold the two ways to the same
    /// answers, check the split really happens and the work stays linear.
    static func decodeCountingHalves(
        _ bytes: UnsafeBufferPointer<UInt8>, format: FixtureFormat, file: String?, release: @escaping @Sendable (Range<Int>) -> Void, splitEvents: Bool
    ) throws(FixtureError) -> (inbox: Inbox, secondHalf: Int, reread: Int) {
        do {
            try SourceText.validate(bytes, release: release)
            switch format {
            case .json:
                var decoder = SchemaDecoder(reader: JSONReader(bytes: bytes))
                decoder.eventListReader = { (d: inout SchemaDecoder<JSONReader>) throws(FixtureError) in try d.jsonEventList(release: release, split: splitEvents) }
                // The smallest event object takes about fifty bytes.
                decoder.eventCapacityHint = bytes.count / 48
                let inbox = try decoder.document()
                try decoder.reader.expectEnd()
                return (inbox, decoder.eventsReadBySecondHalf, decoder.rereadBytes)
            case .yaml:
                return (try decodeYAML(bytes), 0, 0)
            }
        } catch var error {
            if error.file == nil { error.file = file }
            throw error
        }
    }

    /// Convenience for strings (tests, embedded fixtures).
    public static func decode(_ text: String, format: FixtureFormat, file: String? = nil) throws(FixtureError) -> Inbox {
        try decode(Array(text.utf8), format: format, file: file)
    }

    private static func decodeYAML(_ bytes: UnsafeBufferPointer<UInt8>) throws(FixtureError) -> Inbox {
        try decodeYAMLCountingWork(bytes).get().inbox
    }

    /// Also says how much work the walk did (values visited and bytes of
    /// text read), for tests that hold it linear in the input.
    static func decodeYAMLCountingWork(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<(inbox: Inbox, work: Int), FixtureError> {
        // Composing and walking a deeply nested document recurses; do it
        // (and free the tree) on a thread with a stack big enough for any
        // nesting that fits in memory, so hostile input reports an error
        // instead of overflowing the stack.
        let budget = max(100_000, bytes.count * 2)
        let textLimit = YAMLReader.textLimit(fileSize: bytes.count)
        // The caller keeps the bytes alive until this returns, and this
        // waits for the thread.
        nonisolated(unsafe) let input = bytes
        return DeepStack.run { () -> Result<(inbox: Inbox, work: Int), FixtureError> in
            let tree: YAMLTree
            do throws(FixtureError) { tree = try YAMLTree.compose(input) } catch { return .failure(error) }
            guard tree.root != nil else { return .failure(FixtureError(message: "file is empty; expected a fixture (version: 1, owner, people, events)")) }
            var decoder = SchemaDecoder(reader: YAMLReader(tree: tree, budget: budget, textLimit: textLimit))
            return Result { () throws(FixtureError) in
                let inbox = try decoder.document()
                return (inbox, decoder.reader.work)
            }
        }
    }
}
