/// "Did you mean …?" for every unknown name the program reports: fixture
/// keys, person ids and event types, rulebook keys, rule ids and
/// predicates, subcommands.
///
/// The names compared come from files anyone can write, so the work is
/// bounded whatever they hold: a word or candidate longer than
/// `maxLength` characters is not compared at all (nobody mistypes a
/// 65-character name into another one), and one search compares at most
/// `maxCells` character pairs, keeping the best found so far when that
/// runs out.
public enum DidYouMean {
    /// Longest word or candidate compared, in characters.
    public static let maxLength = 64
    /// Character pairs one search may compare: a few milliseconds.
    public static let maxCells = 1 << 18

    /// The candidate closest to `word` within `threshold(for:)` edits
    /// (letter case ignored), the first of equals in `candidates` order.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        search(word, candidates).best
    }

    /// Edits allowed between a word and `candidate` for it to be offered:
    /// two, or a third of the candidate's length for longer names.
    public static func threshold(for candidate: Int) -> Int { max(2, candidate / 3) }

    /// The search with the work it did (character pairs compared), which
    /// the tests hold to the bounds.
    static func search(_ word: String, _ candidates: some Sequence<String>) -> (best: String?, cells: Int) {
        guard let w = comparable(word) else { return (nil, 0) }
        var best: (name: String, distance: Int)?
        var cells = 0
        for candidate in candidates {
            guard let c = comparable(candidate) else { continue }
            let limit = min(threshold(for: c.count), (best?.distance ?? .max) - 1)
            // The length difference alone costs that many edits.
            guard abs(w.count - c.count) <= limit else { continue }
            let cost = max(w.count, 1) * max(c.count, 1)
            guard cells + cost <= maxCells else { break }
            cells += cost
            let d = editDistance(w, c)
            if d <= limit { best = (candidate, d) }
        }
        return (best?.name, cells)
    }

    /// Lowercased characters, or nil when too long to compare; checks the
    /// byte count first so a megabyte string is never walked.
    private static func comparable(_ s: String) -> [Character]? {
        // No character is shorter than one byte; none of a compared name
        // longer than 4 (combining marks make longer ones rare in names).
        guard s.utf8.count <= maxLength * 4 else { return nil }
        let chars = Array(s.lowercased())
        return chars.count <= maxLength ? chars : nil
    }

    /// Edit distance counting a swap of neighbours as one edit, so "scroe"
    /// is closer to "score" than to "scope" (optimal string alignment).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = prev
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                var d = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, before[j - 2] + 1) }
                cur[j] = d
            }
            (before, prev, cur) = (prev, cur, before)
        }
        return prev[b.count]
    }
}
