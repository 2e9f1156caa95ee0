#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps byte offsets to lines and columns, built only when an error needs one.
struct LineIndex {
    private let bytes: UnsafeBufferPointer<UInt8>
    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Column counts characters (UTF-8 lead bytes), not bytes, so it matches
    /// what an editor shows for non-ASCII text.
    func location(of offset: Int) -> SourceLocation {
        // Pointer loops and memchr: an error 60 MB into a file must not take
        // seconds to place, even in a debug build.
        guard let base = bytes.baseAddress else { return SourceLocation(line: 1, column: 1) }
        let end = min(max(offset, 0), bytes.count)
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

/// Whole-file checks that come before any parsing: both decoders rely on
/// the text being valid UTF-8 with no NUL bytes.
enum SourceText {
    /// `release` is given, every few megabytes, the bytes the check is done
    /// with: a mapped file can then give those pages back until the parser
    /// needs them.
    static func validate(_ b: UnsafeBufferPointer<UInt8>, release: (Range<Int>) -> Void = { _ in }) throws(FixtureError) {
        if b.count > FixtureLimits.maxFileBytes {
            throw FixtureError(message: "file is larger than \(FixtureLimits.maxFileBytes >> 20) MB")
        }
        guard let base = b.baseAddress else { throw FixtureError(message: emptyMessage) }
        var i = 0
        while i < b.count, base[i] == 0x20 || base[i] == 0x0A || base[i] == 0x0D || base[i] == 0x09 { i += 1 }
        if i == b.count { throw FixtureError(message: emptyMessage) }
        let problem: (offset: Int, message: String)?
        if b.count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF {
            problem = (0, "file starts with a byte order mark; save it as UTF-8 without BOM")
        } else {
            let scan = scanText(b, release: release)
            if let bad = scan.invalid {
                problem = (bad, "invalid UTF-8 byte \(String(format: base[bad]))")
            } else if let nul = scan.nul {
                problem = (nul, "file contains a NUL byte")
            } else {
                problem = nil
            }
        }
        guard let problem else { return }
        throw FixtureError(location: LineIndex(bytes: b).location(of: problem.offset), message: problem.message)
    }

    static let emptyMessage = "file is empty; expected a fixture (version: 1, owner, people, events)"

    /// The first byte that is not part of well-formed UTF-8, and the first
    /// NUL byte, in one pass. Eight ASCII bytes at a time: nearly all of a
    /// fixture is ASCII, and this runs over every byte before parsing.
    static func scanText(_ b: UnsafeBufferPointer<UInt8>, release: (Range<Int>) -> Void = { _ in }) -> (invalid: Int?, nul: Int?) {
        guard let base = b.baseAddress else { return (nil, nil) }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let step = 4 << 20
        var nextRelease = step, released = 0
        var nul: Int?
        var i = 0
        let n = b.count
        while i < n {
            if i >= nextRelease {
                release(released..<i)
                released = i
                nextRelease = i + step
            }
            if i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // All ASCII, and (once a NUL is known) no need to look for one.
                if w & highs == 0 && (nul != nil || (w &- ones) & ~w & highs == 0) {
                    i += 8
                    continue
                }
            }
            let c = base[i]
            if c < 0x80 {
                if c == 0 && nul == nil { nul = i }
                i += 1
                continue
            }
            guard let length = sequenceLength(base, at: i, count: n) else { return (i, nul) }
            i += length
        }
        return (nil, nul)
    }

    /// The length of the well-formed UTF-8 sequence starting with the
    /// non-ASCII byte at `i`, or nil.
    @inline(__always)
    private static func sequenceLength(_ base: UnsafePointer<UInt8>, at i: Int, count n: Int) -> Int? {
        let need: Int
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch base[i] {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; hi = 0x9F
        case 0xF0: need = 3; lo = 0x90
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; hi = 0x8F
        default: return nil
        }
        guard i + need < n else { return nil }
        let b1 = base[i + 1]
        guard b1 >= lo && b1 <= hi else { return nil }
        var k = 2
        while k <= need {
            guard base[i + k] & 0xC0 == 0x80 else { return nil }
            k += 1
        }
        return need + 1
    }
}
