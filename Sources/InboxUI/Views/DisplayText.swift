import ScreenKit

/// Bounds on what one piece of untrusted text may cost to draw. A message
/// or a name can be megabytes, or one "character" built of a million
/// combining marks; the screen shows a few thousand cells, so anything
/// past these limits is cut (and the cut is said) before it is measured,
/// sanitised or wrapped.
enum DisplayText {
    /// Unicode scalars of one message body (or note) the detail pane shows.
    static let messageScalars = 16_384
    /// Unicode scalars of a name, headline or preview drawn on one line.
    static let lineScalars = 512
    /// Scalars one grapheme keeps (a letter and its marks).
    static let graphemeScalars = 16

    /// `text` cut to `limit` scalars, each grapheme to `graphemeScalars`;
    /// the second value is how many UTF-8 bytes were left out. Costs
    /// O(limit) whatever the length of `text`.
    static func bounded(_ text: String, limit: Int) -> (text: String, omittedBytes: Int) {
        if let ascii = boundedASCII(text, limit: limit) { return ascii }
        var scalars = String.UnicodeScalarView()
        var taken = 0
        var index = text.unicodeScalars.startIndex
        let end = text.unicodeScalars.endIndex
        while taken < limit, index != end {
            scalars.append(text.unicodeScalars[index])
            index = text.unicodeScalars.index(after: index)
            taken += 1
        }
        let omitted = index == end ? 0 : text.utf8.count - text.utf8[..<index].count
        var out = String(scalars)
        if out.contains(where: { $0.unicodeScalars.count > graphemeScalars }) {
            out = String(out.map { c -> Character in
                guard c.unicodeScalars.count > graphemeScalars else { return c }
                var kept = String.UnicodeScalarView()
                kept.append(contentsOf: c.unicodeScalars.prefix(graphemeScalars))
                return String(kept).first ?? "\u{FFFD}"
            })
        }
        return (out, omitted)
    }

    /// The same for text whose first `limit` bytes are ASCII (nearly every
    /// name and preview, drawn for each row of every frame): one scalar per
    /// byte and no grapheme over two scalars, so the cut is a byte prefix
    /// and nothing needs rebuilding scalar by scalar. Nil for other text.
    private static func boundedASCII(_ text: String, limit: Int) -> (text: String, omittedBytes: Int)? {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> (text: String, omittedBytes: Int)? in
            let n = min(bytes.count, max(0, limit))
            for b in bytes[..<n] where b >= 0x80 { return nil }
            if n == bytes.count { return (text, 0) }
            return (String(decoding: bytes[..<n], as: UTF8.self), bytes.count - n)
        }
        return answer ?? nil
    }

    /// A name or a one-line preview, bounded.
    static func line(_ text: String) -> String { bounded(text, limit: lineScalars).text }

    /// "(2.4 MB more not shown)"
    static func omission(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        let size = bytes >= 1_048_576 ? "\(tenths / 10).\(tenths % 10) MB"
            : bytes >= 1024 ? "\(bytes / 1024) KB" : "\(bytes) bytes"
        return "(\(size) more not shown)"
    }
}
