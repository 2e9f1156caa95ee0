/// Where padding goes when text is narrower than its column.
public enum TextAlignment: Sendable {
    case left, right, center
}

extension StringProtocol {
    /// The longest prefix that fits in `width` columns, ending in `ellipsis`
    /// when anything was cut. A wide grapheme that would straddle the limit
    /// is dropped whole, and spaces before the ellipsis are trimmed, so the
    /// result can be narrower than `width`.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return String(self) }
        let ellipsisWidth = ellipsis.displayWidth
        // An ellipsis that doesn't fit itself is left off rather than cut.
        let budget = ellipsisWidth <= width ? width - ellipsisWidth : width
        var result = ""
        var used = 0
        for character in self {
            let w = character.displayWidth
            if used + w > budget { break }
            result.append(character)
            used += w
        }
        guard ellipsisWidth <= width else { return result }
        // "Hana…" reads better than "Hana …".
        while result.last == " " { result.removeLast() }
        return result + ellipsis
    }

    /// This text followed (or preceded, or surrounded) by spaces to reach
    /// `width` columns. Text already that wide or wider is returned unchanged.
    public func padded(toWidth width: Int, alignment: TextAlignment = .left) -> String {
        let missing = width - displayWidth
        guard missing > 0 else { return String(self) }
        switch alignment {
        case .left:
            return String(self) + String(repeating: " ", count: missing)
        case .right:
            return String(repeating: " ", count: missing) + String(self)
        case .center:
            let before = missing / 2
            return String(repeating: " ", count: before) + String(self)
                + String(repeating: " ", count: missing - before)
        }
    }

    /// Exactly `width` columns: truncated with an ellipsis, then padded.
    /// Table cells use this so columns stay aligned whatever the script.
    public func fitted(toWidth width: Int, alignment: TextAlignment = .left, ellipsis: String = "…") -> String {
        truncated(toWidth: width, ellipsis: ellipsis).padded(toWidth: width, alignment: alignment)
    }
}

extension StringProtocol {
    /// Like `truncated(toWidth:)`, but when the cut falls inside a word and
    /// a space lies in the last third of what fits, the cut moves back to
    /// that space: "Perhaps you…", not "Perhaps you di…".
    public func truncatedAtWord(toWidth width: Int, ellipsis: String = "…") -> String {
        let cut = truncated(toWidth: width, ellipsis: ellipsis)
        guard cut != String(self), cut.hasSuffix(ellipsis) else { return cut }
        let kept = cut.dropLast(ellipsis.count)
        // Already at a word's end: the next character of the whole text is a space.
        if let next = self.dropFirst(kept.count).first, next == " " { return cut }
        guard let space = kept.lastIndex(of: " ") else { return cut }
        let head = kept[..<space]
        guard head.displayWidth * 3 >= (width - ellipsis.displayWidth) * 2 else { return cut }
        var out = String(head)
        while out.last == " " { out.removeLast() }
        return out + ellipsis
    }
}
