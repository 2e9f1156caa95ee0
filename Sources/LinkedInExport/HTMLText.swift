/// Message content as LinkedIn exports it, made plain text: tags dropped
/// (a `<br>` or the end of a `<p>` becomes a line break), entities decoded.
/// Text without `<` or `&` is returned as it is, which is most of it.
enum HTMLText {
    static let sponsoredMarker = "<p class=\"spinmail-quill-editor__spin-break\">"

    static func plain(_ html: String) -> String {
        guard html.utf8.contains(where: { $0 == 0x3C || $0 == 0x26 }) else { return html }
        var out = String.UnicodeScalarView()
        var scalars = html.unicodeScalars[...]
        while let c = scalars.first {
            if c == "<", let close = scalars.prefix(512).firstIndex(of: ">") {
                let tag = String(String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<close])).lowercased()
                let name = tag.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "\t" }).first ?? ""
                if name == "br" || (tag.hasPrefix("/") && ["p", "div", "li"].contains(tag.dropFirst().trimmingCharacters(in: " ")))
                    || name == "li" {
                    if let last = out.last, last != "\n" { out.append("\n") }
                }
                scalars = scalars[scalars.index(after: close)...]
                continue
            }
            if c == "&", let semi = scalars.prefix(12).firstIndex(of: ";"),
               let decoded = entity(String(String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<semi]))) {
                out.append(decoded)
                scalars = scalars[scalars.index(after: semi)...]
                continue
            }
            out.append(c)
            scalars = scalars.dropFirst()
        }
        var s = String(out)
        while s.last == "\n" { s.removeLast() }
        return s
    }

    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "rsquo": "\u{2019}", "lsquo": "\u{2018}",
        "rdquo": "\u{201D}", "ldquo": "\u{201C}", "euro": "\u{20AC}", "copy": "\u{A9}",
    ]

    private static func entity(_ name: String) -> Unicode.Scalar? {
        if let s = named[name] { return s }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value: UInt32?
        if digits.first == "x" || digits.first == "X" {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits)
        }
        // A NUL or a control character is no more welcome decoded than raw;
        // the sanitiser would replace it, so it is kept as written.
        guard let v = value, v >= 0x20 || v == 0x0A || v == 0x09 else { return nil }
        return Unicode.Scalar(v)
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
