/// The `/` search: incremental, over names and text of the current view.
public struct SearchState: Equatable, Sendable {
    /// What is being typed, or the last query used (for `n`/`N`).
    public var query: String = ""
    /// Row the search started from, so each keystroke searches again from there.
    public var origin: Int = 0
    /// Whether the last search found nothing.
    public var failed = false

    public init() {}

    public var isActive: Bool { !query.isEmpty }
}
