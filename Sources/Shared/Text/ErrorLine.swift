/// Error text for stderr: one inert line of bounded size, however hostile
/// the fixture it quotes.
extension TerminalText {
    /// The most bytes an error line may take, "…" included: room for a
    /// path, a field path and a quoted excerpt, never a megabyte.
    public static let errorLineBytes = 1024

    /// `text` as one line: each unsafe scalar (see `isUnsafe`) written as
    /// an escape (`\n`, `\r`, `\t`, else `\u{202E}`), cut at a scalar
    /// boundary to at most `maxBytes` UTF-8 bytes with "…" marking the cut.
    /// Escapes are plain ASCII, so applying it twice changes nothing more;
    /// the work is bounded by `maxBytes`, not by the length of `text`.
    public static func errorLine(_ text: String, maxBytes: Int = errorLineBytes) -> String {
        let limit = max(maxBytes, 4)
        var out = ""
        out.reserveCapacity(min(text.utf8.count, limit) + 8)
        var bytes = 0
        for scalar in text.unicodeScalars {
            let piece: String
            switch scalar.value {
            case 0x0A: piece = "\\n"
            case 0x0D: piece = "\\r"
            case 0x09: piece = "\\t"
            case let v where isUnsafe(v): piece = escapedText(v)
            default:
                let n = scalar.utf8.count
                guard bytes + n <= limit - 3 else { return out + "…" }
                out.unicodeScalars.append(scalar)
                bytes += n
                continue
            }
            guard bytes + piece.utf8.count <= limit - 3 else { return out + "…" }
            out += piece
            bytes += piece.utf8.count
        }
        return out
    }

    /// The start of untrusted text to quote inside a message: at most
    /// `maxBytes` UTF-8 bytes, cut at a scalar boundary (one grapheme can
    /// be megabytes long), with "…" when something was cut. Not escaped:
    /// the message it goes into is, where it is printed.
    public static func excerpt(_ text: some StringProtocol, maxBytes: Int = 40) -> String {
        guard text.utf8.count > maxBytes else { return String(text) }
        var out = String.UnicodeScalarView()
        var bytes = 0
        for scalar in text.unicodeScalars {
            let n = scalar.utf8.count
            guard bytes + n <= maxBytes else { break }
            out.append(scalar)
            bytes += n
        }
        return String(out) + "…"
    }
}
