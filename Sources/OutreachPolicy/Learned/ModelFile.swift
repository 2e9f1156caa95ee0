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

    public static func decode(_ text: String) throws(FormatError) -> LearnedCounts {
        var counts = LearnedCounts()
        var lineNumber = 0
        var sawThreads = false, sawFeatures = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if raw.isEmpty { continue }
            if lineNumber == 1 {
                guard raw.hasPrefix(magic) else { throw FormatError(line: 1, message: "not a thirsty learned model") }
                continue
            }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false)
            func number(_ i: Int) throws(FormatError) -> Int {
                guard i < fields.count, let n = Int(fields[i]), n >= 0 else {
                    throw FormatError(line: lineNumber, message: "expected a count in field \(i + 1)")
                }
                return n
            }
            switch fields.first {
            case "threads":
                counts.thirstyThreads = try number(1)
                counts.sincereThreads = try number(2)
                sawThreads = true
            case "features":
                counts.thirstyTotal = try number(1)
                counts.sincereTotal = try number(2)
                sawFeatures = true
            default:
                guard fields.count == 4 else { throw FormatError(line: lineNumber, message: "expected 4 tab-separated fields") }
                let words = fields[2].split(separator: " ").map(String.init)
                guard words.count == 1 || words.count == 2 else {
                    throw FormatError(line: lineNumber, message: "a feature is one word or two")
                }
                counts.features.append(LearnedCounts.Feature(
                    words: words, display: String(fields[3]), thirsty: try number(0), sincere: try number(1)))
            }
        }
        guard sawThreads && sawFeatures else { throw FormatError(line: lineNumber, message: "missing the threads or features totals") }
        counts.features.sort { $0.words.lexicographicallyPrecedes($1.words) }
        return counts
    }
}
