#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps byte offsets to lines and columns, built only when an error needs one.
struct LineIndex: Sendable {
    private let bytes: [UInt8]
    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Column counts characters (UTF-8 lead bytes), not bytes, so it matches
    /// what an editor shows for non-ASCII text.
    func location(of offset: Int) -> SourceLocation {
        // Pointer loops and memchr: an error 60 MB into a file must not take
        // seconds to place, even in a debug build.
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return SourceLocation(line: 1, column: 1) }
            let end = min(max(offset, 0), b.count)
            var line = 1, lineStart = 0
            while lineStart < end, let nl = memchr(base + lineStart, 0x0A, end - lineStart) {
                line += 1
                lineStart = UnsafeRawPointer(base).distance(to: nl) + 1
            }
            var column = 1
            var k = lineStart
            while k < end {
                if base[k] & 0xC0 != 0x80 { column += 1 }
                k += 1
            }
            return SourceLocation(line: line, column: column)
        }
    }
}

/// Whole-file checks that come before any parsing: both decoders rely on
/// the text being valid UTF-8 with no NUL bytes.
enum SourceText {
    static func validate(_ bytes: [UInt8]) throws(FixtureError) {
        if bytes.count > FixtureLimits.maxFileBytes {
            throw FixtureError(message: "file is larger than \(FixtureLimits.maxFileBytes >> 20) MB")
        }
        let problem = bytes.withUnsafeBufferPointer { b -> (offset: Int?, message: String)? in
            guard let base = b.baseAddress else { return (nil, emptyMessage) }
            var i = 0
            while i < b.count, base[i] == 0x20 || base[i] == 0x0A || base[i] == 0x0D || base[i] == 0x09 { i += 1 }
            if i == b.count { return (nil, emptyMessage) }
            if b.count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF {
                return (0, "file starts with a byte order mark; save it as UTF-8 without BOM")
            }
            if let bad = firstInvalidUTF8(b) { return (bad, "invalid UTF-8 byte \(String(format: base[bad]))") }
            if let nul = memchr(base, 0, b.count) {
                return (UnsafeRawPointer(base).distance(to: nul), "file contains a NUL byte")
            }
            return nil
        }
        guard let problem else { return }
        throw FixtureError(location: problem.offset.map { LineIndex(bytes: bytes).location(of: $0) }, message: problem.message)
    }

    static let emptyMessage = "file is empty; expected a fixture (version: 1, owner, people, events)"

    /// Offset of the first byte that is not part of well-formed UTF-8.
    static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        // The standard library validates a megabyte at a time far faster
        // than a byte loop; the byte loop only pins down the first bad byte
        // once a chunk fails. Chunks end before a lead byte, so a valid
        // chunk never splits a character.
        let chunk = 1 << 20
        var start = 0
        while start < b.count {
            var end = min(start + chunk, b.count)
            var back = 0
            while end < b.count, back < 3, b[end] & 0xC0 == 0x80 {
                end -= 1
                back += 1
            }
            if String(validating: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self) == nil {
                return firstInvalidUTF8(b, from: start)
            }
            start = end
        }
        return nil
    }

    /// The byte loop behind `firstInvalidUTF8`, from a character boundary.
    static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
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
