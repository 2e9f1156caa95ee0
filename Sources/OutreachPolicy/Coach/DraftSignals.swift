/// What the rulebook's text features make of a draft on its own: every rule
/// that fires on it (helpers included) and its length in words, as the
/// engine counts them. Exercises test their own checks against these, so
/// "declines", "asks a genuine question" or "sarcasm" mean exactly what they
/// mean to the engine.
public struct DraftSignals: Sendable, Equatable {
    /// Ids of the rules that fired, helpers (`__DECLINE`) included.
    public var rules: Set<String>
    public var words: Int

    public init(rules: Set<String>, words: Int) {
        self.rules = rules
        self.words = words
    }

    public func fired(_ id: String) -> Bool { rules.contains(id) }
}

extension Rulebook {
    /// The draft judged as a stranger's first message a month after
    /// connecting (the context rule examples are tested in): only what the
    /// text itself says, not where it stands in a thread.
    public func signals(onMessage text: String) -> DraftSignals {
        let book = compiled
        var scratch = AnalysisScratch(ruleCount: book.count)
        scratch.reset()
        var context = MessageContext.neutral
        context.features = scratch.scan(text, field: .body, matcher: book.body, book: book)
        scratch.evaluate(book.thread, context: context)
        return DraftSignals(rules: Set(scratch.firedList.map { book.ids[Int($0)] }), words: context.features.words)
    }
}
