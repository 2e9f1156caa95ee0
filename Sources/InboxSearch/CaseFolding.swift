/// How search compares text: case-insensitively, by folding both sides to
/// lower case. ASCII text folds byte by byte; text with anything else goes
/// through `lowercased()`, so "ÅSA" finds "åsa" and "SCHÄFER" "Schäfer".
/// The index and the final check fold the same way, which is what makes
/// the index's answer a superset of the true one.
public enum CaseFolding {
    public static func fold(_ text: String) -> [UInt8] {
        if text.utf8.contains(where: { $0 >= 0x80 }) { return Array(text.lowercased().utf8) }
        return text.utf8.map(lowerASCII)
    }

    @inline(__always) public static func lowerASCII(_ b: UInt8) -> UInt8 {
        b &- 0x41 < 26 ? b | 0x20 : b
    }

    /// Whether folded `text` contains `query` (already folded, not empty).
    /// Folds on the fly while the text is ASCII, so checking a candidate
    /// allocates nothing in the common case.
    public static func contains(_ text: String, folded query: [UInt8]) -> Bool {
        let answer: Bool?
        if let fast = text.utf8.withContiguousStorageIfAvailable({ asciiContains($0, query) }) {
            answer = fast
        } else {
            answer = Array(text.utf8).withUnsafeBufferPointer { asciiContains($0, query) }
        }
        if let answer { return answer }
        return bytesContain(Array(text.lowercased().utf8), query)
    }

    /// nil when the text turned out not to be ASCII before a match was seen:
    /// a match inside an ASCII prefix stands whatever follows, since
    /// `lowercased()` lowers ASCII exactly as this does.
    private static func asciiContains(_ text: UnsafeBufferPointer<UInt8>, _ query: [UInt8]) -> Bool? {
        let n = text.count, m = query.count
        guard m > 0 else { return true }
        return query.withUnsafeBufferPointer { q -> Bool? in
            let first = q[0]
            var i = 0
            while i < n {
                let b = text[i]
                if b >= 0x80 { return nil }
                if lowerASCII(b) == first && i + m <= n {
                    var j = 1
                    while j < m {
                        let c = text[i + j]
                        if c >= 0x80 { return nil }
                        if lowerASCII(c) != q[j] { break }
                        j += 1
                    }
                    if j == m { return true }
                }
                i += 1
            }
            return false
        }
    }

    public static func bytesContain(_ text: [UInt8], _ query: [UInt8]) -> Bool {
        let n = text.count, m = query.count
        guard m > 0 else { return true }
        guard n >= m else { return false }
        for i in 0...(n - m) where text[i] == query[0] {
            var j = 1
            while j < m && text[i + j] == query[j] { j += 1 }
            if j == m { return true }
        }
        return false
    }
}
