extension String {
    /// This string without the given characters at either end (Foundation's
    /// version wants a CharacterSet, and this target keeps off Foundation).
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
