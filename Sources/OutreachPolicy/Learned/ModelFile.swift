/// The shipped model as text: a header, the class totals, then one line
/// per feature (thirsty count, sincere count, normalised words, display),
/// tab-separated and sorted, so a rebuild that learns nothing new changes
/// no byte and a diff shows what it learned.
public enum LearnedModelFile {
    static let magic = "# thirsty learned model v1"
    public static let rebuildCommand = "thirsty learn --rebuild-model Fixtures/corpus -o Sources/OutreachPolicy/Learned/model.tsv"

    public static func encode(_ counts: LearnedCounts) -> String {
        var out = "\(magic): naive Bayes counts; rebuild with `\(rebuildCommand)`\n"
        out += "threads\t\(counts.thirstyThreads)\t\(counts.sincereThreads)\n"
        out += "features\t\(counts.thirstyTotal)\t\(counts.sincereTotal)\n"
        for f in counts.features {
            out += "\(f.thirsty)\t\(f.sincere)\t\(f.words.joined(separator: " "))\t\(f.display)\n"
        }
        return out
    }

    public struct FormatError: Error, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "learned model line \(line): \(message)" }
    }

    /// Read as bytes, not Characters: every command that judges reads the
    /// shipped model at start, and splitting its 3,000 lines as Strings
    /// cost more than judging a small inbox.
    public static func decode(_ text: String) throws(FormatError) -> LearnedCounts {
        var counts = LearnedCounts()
        var lineNumber = 0
        var sawThreads = false, sawFeatures = false
        let bytes = Array(text.utf8)
        for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if raw.isEmpty { continue }
            if lineNumber == 1 {
                guard raw.starts(with: magic.utf8) else { throw FormatError(line: 1, message: "not a thirsty learned model") }
                continue
            }
            let fields = raw.split(separator: 0x09, omittingEmptySubsequences: false)
            func number(_ i: Int) throws(FormatError) -> Int {
                guard i < fields.count, let n = count(fields[i]) else {
                    throw FormatError(line: lineNumber, message: "expected a count in field \(i + 1)")
                }
                return n
            }
            if fields[0].elementsEqual("threads".utf8) {
                counts.thirstyThreads = try number(1)
                counts.sincereThreads = try number(2)
                sawThreads = true
            } else if fields[0].elementsEqual("features".utf8) {
                counts.thirstyTotal = try number(1)
                counts.sincereTotal = try number(2)
                sawFeatures = true
            } else {
                guard fields.count == 4 else { throw FormatError(line: lineNumber, message: "expected 4 tab-separated fields") }
                let words = fields[2].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
                guard words.count == 1 || words.count == 2 else {
                    throw FormatError(line: lineNumber, message: "a feature is one word or two")
                }
                counts.features.append(LearnedCounts.Feature(
                    words: words, display: String(decoding: fields[3], as: UTF8.self), thirsty: try number(0), sincere: try number(1)))
            }
        }
        guard sawThreads && sawFeatures else { throw FormatError(line: lineNumber, message: "missing the threads or features totals") }
        // The file is written sorted; sorting is only for one edited by hand.
        let sorted = zip(counts.features, counts.features.dropFirst()).allSatisfy { !$1.words.lexicographicallyPrecedes($0.words) }
        if !sorted { counts.features.sort { $0.words.lexicographicallyPrecedes($1.words) } }
        return counts
    }

    /// A count: decimal digits only, at most 18 of them.
    private static func count(_ field: ArraySlice<UInt8>) -> Int? {
        guard !field.isEmpty, field.count <= 18 else { return nil }
        var n = 0
        for b in field {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }
}
