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
        if let answer = asciiQueryContains(text, query) { return answer }
        let answer: Bool?
        if let fast = text.utf8.withContiguousStorageIfAvailable({ asciiContains($0, query) }) {
            answer = fast
        } else {
            answer = Array(text.utf8).withUnsafeBufferPointer { asciiContains($0, query) }
        }
        if let answer { return answer }
        return bytesContain(Array(text.lowercased().utf8), query)
    }

    /// For an ASCII query, without lowering the text even when it is not
    /// ASCII ("Designer · Göteborg"): lowering maps every other character
    /// to non-ASCII bytes, which no byte of the query equals, except the
    /// two that lower to ASCII letters (U+0130 İ to "i" and a combining
    /// dot, U+212A KELVIN SIGN to "k"). Nil when the query is not ASCII or
    /// the text holds one of those two; the full fold answers then.
    private static func asciiQueryContains(_ text: String, _ query: [UInt8]) -> Bool? {
        guard let first = query.first, query.allSatisfy({ $0 < 0x80 }) else { return nil }
        let answer = text.utf8.withContiguousStorageIfAvailable { t -> Bool? in
            query.withUnsafeBufferPointer { q -> Bool? in
                let n = t.count, m = q.count
                // A match among the text's own ASCII stands whatever else
                // it holds; only a miss needs the two letters ruled out.
                var lowersToASCII = false
                var i = 0
                while i < n {
                    let b = t[i]
                    if b >= 0x80 {
                        if b == 0xC4, i + 1 < n, t[i + 1] == 0xB0 { lowersToASCII = true }
                        if b == 0xE2, i + 2 < n, t[i + 1] == 0x84, t[i + 2] == 0xAA { lowersToASCII = true }
                    } else if lowerASCII(b) == first, i + m <= n {
                        var j = 1
                        while j < m, lowerASCII(t[i + j]) == q[j] { j += 1 }
                        if j == m { return true }
                    }
                    i += 1
                }
                return lowersToASCII ? nil : false
            }
        }
        return answer ?? nil
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
