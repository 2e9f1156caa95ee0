/// Message content as LinkedIn exports it, made plain text: tags dropped
/// (a `<br>` or the end of a `<p>` becomes a line break), entities decoded.
/// Text without `<` or `&` is returned as it is, which is most of it.
enum HTMLText {
    static let sponsoredMarker = "<p class=\"spinmail-quill-editor__spin-break\">"

    static func plain(_ html: String) -> String {
        guard html.utf8.contains(where: { $0 == 0x3C || $0 == 0x26 }) else { return html }
        var html = html
        return html.withUTF8(plain(bytes:))
    }

    private static func plain(bytes b: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        let n = b.count
        while i < n {
            // The text up to the next `<` or `&`, copied in one go.
            var j = i
            while j < n && b[j] != 0x3C && b[j] != 0x26 { j += 1 }
            if j > i {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j]))
                i = j
                continue
            }
            let c = b[i]
            // A tag: up to its `>` within 512 bytes; a lone `<` is text.
            if c == 0x3C, let close = b[(i + 1)..<min(n, i + 513)].firstIndex(of: 0x3E) {
                if breaksLine(b[(i + 1)..<close]), let last = out.last, last != 0x0A { out.append(0x0A) }
                i = close + 1
                continue
            }
            if c == 0x26, let semi = b[(i + 1)..<min(n, i + 12)].firstIndex(of: 0x3B),
               let decoded = entity(String(decoding: b[(i + 1)..<semi], as: UTF8.self)) {
                out.append(contentsOf: String(Character(decoded)).utf8)
                i = semi + 1
                continue
            }
            out.append(c)
            i += 1
        }
        while out.last == 0x0A { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    /// `<br>`, `<br/>`, `<li>`, `</p>`, `</div>`, `</li>`: where a line ends.
    /// The tag's first word among its first 8 bytes, read as bytes: a
    /// message's content has a tag every few words.
    private static func breaksLine(_ tag: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let head = tag.prefix(8)
        var word = 0, length = 0
        for b in head {
            if b == 0x20 || b == 0x2F || b == 0x09 || b == 0x3E {
                if length > 0 { break } else { continue }
            }
            length += 1
            // No name that ends a line is longer than three letters.
            if length > 3 { return false }
            word = word << 8 | Int(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
        }
        let p = 0x70, div = 0x64_69_76, li = 0x6C_69, br = 0x62_72
        if head.first == 0x2F { return length > 0 && (word == p || word == div || word == li) }
        return length > 0 && (word == br || word == li)
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
