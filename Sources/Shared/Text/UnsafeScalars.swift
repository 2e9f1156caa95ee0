/// The one rule for text that must not reach a terminal raw. Every place
/// that prints or draws untrusted text (cells on screen, error lines on
/// stderr, JSON reports, fixture files written out) escapes exactly these
/// scalars, each in its own notation:
///
/// - C0 controls (U+0000–U+001F), ESC among them, and DEL (U+007F): they
///   start escape sequences, move the cursor, ring the bell;
/// - C1 controls (U+0080–U+009F), including CSI (U+009B) and OSC (U+009D),
///   which some terminals obey as 8-bit escape sequences;
/// - the bidi controls: embeddings and overrides (U+202A–U+202E), isolates
///   (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C), which make a
///   line read differently from its bytes;
/// - the line and paragraph separators (U+2028, U+2029), which some
///   terminals and every JavaScript parser treat as line breaks.
///
/// Invalid UTF-8 never gets this far: bytes are decoded with U+FFFD for
/// every invalid sequence (`sanitize(bytes:)`, the fixture reader), and a
/// Swift `String` is valid UTF-8.
extension TerminalText {
    public static func isUnsafe(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F,
             0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069,
             0x2028, 0x2029:
            return true
        default:
            return false
        }
    }

    /// `isUnsafe` read straight from UTF-8, for writers that work on bytes:
    /// the unsafe scalar that starts at `utf8[i]` and how many bytes it
    /// takes, or nil. `utf8` must be valid UTF-8 (a `String`'s bytes).
    @inline(__always)
    public static func unsafeScalar(in utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int)? {
        let b = utf8[i]
        if b < 0x80 { return b < 0x20 || b == 0x7F ? (UInt32(b), 1) : nil }
        // Every unsafe scalar above DEL has a lead byte of C2 (C1), D8
        // (U+061C) or E2 (U+2000–U+2FFF); others are skipped at one compare.
        switch b {
        case 0xC2, 0xD8:
            guard i + 1 < utf8.count else { return nil }
            let v = UInt32(b & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
            return isUnsafe(v) ? (v, 2) : nil
        case 0xE2:
            guard i + 2 < utf8.count else { return nil }
            let v = UInt32(b & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
            return isUnsafe(v) ? (v, 3) : nil
        default:
            return nil
        }
    }
}
