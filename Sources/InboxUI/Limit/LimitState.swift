/// The active limit (`l`): its text as typed, the parsed query, and the
/// rows it keeps, worked out once per change to what it reads (the view,
/// its filters, the log, the threads read) rather than per frame.
public struct LimitState: Equatable, Sendable {
    public var text: String
    public var query: LimitQuery
    /// The rows kept, and what they were worked out from.
    var rows: [Int] = []
    var key: Key?
    /// Rows worked out before for other views and filters, so going back
    /// to one (`1`, `2`, `f` and back) reads none of its rows again.
    var earlier: [Key: [Int]] = [:]

    /// Views and filters remembered; past this the oldest answers are
    /// dropped together (the log or the clock moved on).
    static let remembered = 8

    /// The kept rows for `key`: remembered, or worked out by `work`.
    mutating func rows(for key: Key, _ work: () -> [Int]) {
        if let kept = earlier[key] {
            rows = kept
        } else {
            rows = work()
            if earlier.count >= Self.remembered { earlier.removeAll() }
            earlier[key] = rows
        }
        self.key = key
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.text == b.text && a.query == b.query && a.rows == b.rows && a.key == b.key
    }

    struct Key: Hashable {
        var view: InboxView
        var flaggedOnly: Bool
        var sentOnly: Bool
        var events: Int
        var read: Int
        var time: Int64
    }

    public init(text: String, query: LimitQuery) {
        self.text = text
        self.query = query
    }
}

/// What is being typed after `l`.
public struct LimitPrompt: Equatable, Sendable {
    public var text: String = ""
    /// Why the text does not parse, shown after Enter.
    public var error: LimitQuery.ParseError?
    public init() {}
}
