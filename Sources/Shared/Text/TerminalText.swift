/// Makes untrusted text safe to send to a terminal, for text drawn in
/// cells. Which scalars are unsafe is decided in one place,
/// `TerminalText.isUnsafe` (see UnsafeScalars.swift); this is one of its
/// renderings, next to `errorLine` (stderr) and `JSONWriter.quoted` (JSON
/// and fixture files).
///
/// Names, notes, message bodies and captions come from fixtures anyone can
/// write. Passed through raw, an ESC could retitle the window, plant an OSC 8
/// link, write the clipboard with OSC 52 or scramble the screen; a bidi
/// override could make a line read differently from its bytes. Everything
/// that could act instead of print is replaced by a visible stand-in, so the
/// reader sees that it was there:
///
/// - ESC → `␛`, other C0 controls → their Control Picture (U+2400 + code),
///   DEL → `␡`
/// - C1 controls (U+0080–U+009F), bidi embeddings, overrides, isolates and
///   marks, and the line/paragraph separators → escaped text such as `\u{202E}`
/// - newline: kept in `.multiLine`, shown as `⏎` in `.singleLine`
/// - tab: spaces; CR of a CRLF pair: dropped; a lone CR: `␍`
///
/// The result contains no scalar this would replace again, so sanitising
/// twice is harmless.
public enum TerminalText {
    public enum Mode: Sendable {
        /// For one row: newlines become `⏎`, a tab one space.
        case singleLine
        /// For text wrapped over rows: newlines stay, a tab becomes
        /// `tabWidth` spaces.
        case multiLine
    }

    /// Spaces a tab becomes in multi-line text.
    public static let tabWidth = 4

    public static func sanitize(_ text: String, _ mode: Mode = .singleLine) -> String {
        guard needsSanitizing(text, mode) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar.value {
            case 0x0A:
                result.unicodeScalars.append(mode == .multiLine ? "\n" : "\u{23CE}")
            case 0x0D:
                if pending?.value == 0x0A {
                    // CRLF is one line break; the LF (next) is handled on its own.
                    continue
                }
                result.unicodeScalars.append("\u{240D}")
            case 0x09:
                result += mode == .multiLine ? String(repeating: " ", count: tabWidth) : " "
            case 0x00...0x1F:  // ESC becomes ␛ (U+241B) like the rest
                result.unicodeScalars.append(controlPicture(scalar.value))
            case 0x7F:
                result.unicodeScalars.append("\u{2421}")
            default:
                if isUnsafe(scalar.value) {
                    result += escapedText(scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Decodes raw bytes as UTF-8 (invalid sequences become U+FFFD) and
    /// sanitises the text.
    public static func sanitize(bytes: [UInt8], _ mode: Mode = .singleLine) -> String {
        sanitize(String(decoding: bytes, as: UTF8.self), mode)
    }

    /// True when `sanitize` would change `text`.
    public static func needsSanitizing(_ text: String, _ mode: Mode = .singleLine) -> Bool {
        // Every scalar we replace is either a byte below 0x20, DEL, or encoded
        // with a lead byte of 0xC2 (C1), 0xD8 (U+061C) or 0xE2 (U+2000 block);
        // most rows have none of those bytes, so check the cheap thing first.
        var suspicious = false
        for byte in text.utf8 where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2 {
            suspicious = true
            break
        }
        guard suspicious else { return false }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x0A && mode == .multiLine { continue }
            if isUnsafe(value) { return true }
        }
        return false
    }

    private static func controlPicture(_ value: UInt32) -> Unicode.Scalar {
        Unicode.Scalar(0x2400 + value) ?? "\u{FFFD}"
    }

    static func escapedText(_ value: UInt32) -> String {
        "\\u{" + String(value, radix: 16, uppercase: true) + "}"
    }
}

extension String {
    /// This text made safe for one terminal row; see `TerminalText`.
    public var terminalSafe: String { TerminalText.sanitize(self, .singleLine) }
}
