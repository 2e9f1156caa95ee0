import Testing
@testable import ScreenKit
import Shared

/// Sanitising checked over the whole of Unicode and over byte soup, not
/// just the code points someone thought to list.
@Suite("Hostile text: every code point, any bytes")
struct HostileTextTests {
    /// What must never reach a terminal raw. Written out independently of
    /// `TerminalText.isEscapedAsText`, so a code point dropped there fails here.
    static func isDangerous(_ v: UInt32, newlineAllowed: Bool) -> Bool {
        switch v {
        case 0x0A: return !newlineAllowed
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Every Unicode scalar value, in blocks of 4096.
    static let blocks: [ClosedRange<UInt32>] = stride(from: UInt32(0), through: 0x10FFFF, by: 4096).map {
        $0...min($0 + 4095, 0x10FFFF)
    }

    static func text(_ block: ClosedRange<UInt32>) -> String {
        var s = String.UnicodeScalarView()
        for v in block {
            if let scalar = Unicode.Scalar(v) { s.append(scalar) }
        }
        return String(s)
    }

    @Test("no scalar anywhere in Unicode survives sanitising if it is dangerous, and every other one does")
    func everyScalar() {
        var leaked: [UInt32] = []
        var lost: [UInt32] = []
        for block in Self.blocks {
            for mode in [TerminalText.Mode.singleLine, .multiLine] {
                let safe = TerminalText.sanitize(Self.text(block), mode)
                var present = Set<UInt32>()
                for scalar in safe.unicodeScalars {
                    present.insert(scalar.value)
                    if Self.isDangerous(scalar.value, newlineAllowed: mode == .multiLine) { leaked.append(scalar.value) }
                }
                // Harmless scalars pass through untouched (tab aside, which becomes spaces).
                for v in block where v != 0x09 && Unicode.Scalar(v) != nil && !Self.isDangerous(v, newlineAllowed: mode == .multiLine) {
                    if !present.contains(v) { lost.append(v) }
                }
            }
        }
        #expect(leaked.isEmpty, "dangerous scalars passed through: \(leaked.prefix(20).map { String($0, radix: 16) })")
        #expect(lost.isEmpty, "harmless scalars were changed: \(lost.prefix(20).map { String($0, radix: 16) })")
    }

    @Test("needsSanitizing agrees with sanitize for every scalar")
    func fastPathAgrees() {
        var wrong: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let s = "a" + String(Character(scalar))
            for mode in [TerminalText.Mode.singleLine, .multiLine] where TerminalText.needsSanitizing(s, mode) != (TerminalText.sanitize(s, mode) != s) {
                wrong.append(v)
            }
        }
        #expect(wrong.isEmpty, "fast path disagrees at \(wrong.prefix(20).map { String($0, radix: 16) })")
    }

    @Test("what a Screen holds after drawing every scalar is harmless")
    func screenCells() {
        var bad: [String] = []
        var wrongWidth = 0
        for block in Self.blocks {
            var screen = Screen(width: 64, height: 1)
            let text = Self.text(block)
            // Draw it in row-sized pieces so every scalar lands in a cell at some point.
            var start = text.startIndex
            while start < text.endIndex {
                let end = text.index(start, offsetBy: 32, limitedBy: text.endIndex) ?? text.endIndex
                screen.clear()
                screen.put(String(text[start..<end]), x: 0, y: 0)
                for cell in screen.cells where cell.width > 2 || cell.grapheme.unicodeScalars.contains(where: { Self.isDangerous($0.value, newlineAllowed: false) }) {
                    bad.append(cell.grapheme.debugDescription)
                }
                if screen.lines[0].displayWidth != 64 { wrongWidth += 1 }
                start = end
            }
        }
        #expect(bad.isEmpty, "cells holding something dangerous: \(bad.prefix(20))")
        #expect(wrongWidth == 0)
    }

    /// A small deterministic generator, so failures reproduce.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("random bytes, valid UTF-8 or not, always come out printable", arguments: 0..<8)
    func byteSoup(seed: Int) {
        var random = SplitMix(state: UInt64(seed))
        // Bytes weighted towards the troublemakers: ESC, C1 lead bytes, the
        // lead bytes of bidi controls, continuation bytes and invalid bytes.
        let interesting: [UInt8] = [0x1B, 0x07, 0x08, 0x0D, 0x0A, 0x9B, 0x9D, 0xC2, 0xE2, 0x80, 0xAE, 0xA6, 0xD8, 0x9C, 0xFF, 0xC0, 0xF5, 0x5B, 0x5D]
        for _ in 0..<500 {
            let count = Int(random.next() % 64)
            var bytes: [UInt8] = []
            for _ in 0..<count {
                let r = random.next()
                bytes.append(r % 2 == 0 ? interesting[Int((r >> 8) % UInt64(interesting.count))] : UInt8(truncatingIfNeeded: r >> 16))
            }
            for mode in [TerminalText.Mode.singleLine, .multiLine] {
                let safe = TerminalText.sanitize(bytes: bytes, mode)
                let bad = safe.unicodeScalars.filter { Self.isDangerous($0.value, newlineAllowed: mode == .multiLine) }
                #expect(bad.isEmpty, "\(bytes) -> \(safe.debugDescription)")
                // Sanitised once, nothing more to do.
                #expect(!TerminalText.needsSanitizing(safe, mode))
            }
        }
    }

    @Test("truncated and overlong UTF-8 sequences become replacement characters, never controls")
    func malformedSequences() {
        let cases: [([UInt8], String)] = [
            ([0xC2], "\u{FFFD}"),  // C1 lead byte alone
            ([0xC2, 0x1B, 0x5B, 0x32, 0x4A], "\u{FFFD}␛[2J"),  // lead byte swallowing nothing
            ([0xE2, 0x80], "\u{FFFD}"),  // half a U+202E
            ([0xC0, 0x9B], "\u{FFFD}\u{FFFD}"),  // overlong encoding of ESC-like byte
            ([0xC1, 0x9B], "\u{FFFD}\u{FFFD}"),  // overlong C1 CSI
            ([0xE0, 0x80, 0x9B], "\u{FFFD}\u{FFFD}\u{FFFD}"),  // overlong, three bytes
            ([0xED, 0xA0, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}"),  // a surrogate
            ([0xF4, 0x90, 0x80, 0x80], "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}"),  // beyond U+10FFFF
            ([0x9B, 0x32, 0x4A], "\u{FFFD}2J"),  // a raw C1 byte is not UTF-8
        ]
        for (bytes, expected) in cases {
            #expect(TerminalText.sanitize(bytes: bytes) == expected, "\(bytes)")
        }
    }
}
