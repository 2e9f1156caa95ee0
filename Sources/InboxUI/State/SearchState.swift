import InboxSearch

/// The `/` search: the query being typed and where it started.
public struct SearchState: Equatable, Sendable {
    /// A search the index must answer, run again when it is ready.
    public enum Waiting: Equatable, Sendable {
        case typed
        case next(forward: Bool)
    }

    /// What is being typed, or the last query used (for `n`/`N`).
    public var query: String = ""
    /// Row the search started from, so each keystroke searches again from there.
    public var origin: Int = 0
    /// Whether the last search found nothing.
    public var failed = false
    /// Set while the search waits for the index.
    public var waiting: Waiting?
    /// Positions in the visible rows of every match, and what they were
    /// found for (query, view, filters, log), so `n` counts without reading
    /// every row again.
    var matches: [Int] = []
    var matchesFor: String?
    /// What a count under way (`Effect.countMatches`) is for.
    var counting: String?
    /// The status line shown while the count runs, to finish when it answers.
    struct PendingPosition: Equatable, Sendable {
        let status: String
        let wrapped: String?
    }
    var positionPending: PendingPosition?
    /// The index's candidates for the query, and what they were worked out
    /// for: each key typed, `n` and the count read them again.
    struct Candidates: Equatable, Sendable {
        let key: String
        let set: Bitset?
        static func == (a: Self, b: Self) -> Bool { a.key == b.key }
    }
    var candidates: Candidates?

    public init() {}

    public var isActive: Bool { !query.isEmpty }
}
