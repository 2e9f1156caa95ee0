/// Maps byte offsets to lines and columns, built only when an error needs one.
struct LineIndex: Sendable {
    private let bytes: [UInt8]
    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Column counts characters (UTF-8 lead bytes), not bytes, so it matches
    /// what an editor shows for non-ASCII text.
    func location(of offset: Int) -> SourceLocation {
        var line = 1, column = 1
        var k = 0
        let end = min(offset, bytes.count)
        while k < end {
            let b = bytes[k]
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            k += 1
        }
        return SourceLocation(line: line, column: column)
    }
}

/// Whole-file checks that come before any parsing: both decoders rely on
/// the text being valid UTF-8 with no NUL bytes.
enum SourceText {
    static func validate(_ bytes: [UInt8]) throws(FixtureError) {
        if bytes.count > FixtureLimits.maxFileBytes {
            throw FixtureError(message: "file is larger than \(FixtureLimits.maxFileBytes >> 20) MB")
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw FixtureError(message: "file is empty; expected a fixture (version: 1, owner, people, events)")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw FixtureError(
                location: SourceLocation(line: 1, column: 1),
                message: "file starts with a byte order mark; save it as UTF-8 without BOM")
        }
        if let bad = firstInvalidUTF8(bytes) {
            throw FixtureError(location: LineIndex(bytes: bytes).location(of: bad), message: "invalid UTF-8 byte \(String(format: bytes[bad]))")
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw FixtureError(location: LineIndex(bytes: bytes).location(of: nul), message: "file contains a NUL byte")
        }
    }

    /// Offset of the first byte that is not part of well-formed UTF-8.
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            guard i + need < n else { return i }
            let b1 = b[i + 1]
            guard b1 >= lo && b1 <= hi else { return i }
            for k in 2...max(2, need) where k <= need {
                guard b[i + k] & 0xC0 == 0x80 else { return i }
            }
            i += need + 1
        }
        return nil
    }
}
