/// The active limit (`l`): its text as typed, the parsed query, and the
/// rows it keeps, worked out once per change to what it reads (the view,
/// its filters, the log, the threads read) rather than per frame.
public struct LimitState: Equatable, Sendable {
    public var text: String
    public var query: LimitQuery
    /// The rows kept, and what they were worked out from.
    var rows: [Int] = []
    var key: Key?

    struct Key: Equatable {
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
