/// A rule example that did not come out as written (SpamAssassin's
/// `test RULE ok/fail`).
public struct ExampleFailure: Sendable, Equatable, CustomStringConvertible {
    public var rule: String
    public var text: String
    /// The example was listed under `hit` (so the rule should have fired).
    public var expectedHit: Bool

    public var description: String {
        "\(rule) should \(expectedHit ? "fire on" : "not fire on") \"\(text)\""
    }
}

extension Rulebook {
    /// Runs every rule's `examples`: a thread rule's example is a stranger's
    /// first message a month after connecting; an invitation rule's is the
    /// note, headline or name (whichever field the rule reads) of an
    /// otherwise real-looking profile.
    public func exampleFailures() -> [ExampleFailure] {
        var failures: [ExampleFailure] = []
        for rule in rules where !rule.examples.isEmpty {
            for (texts, expected) in [(rule.examples.hit, true), (rule.examples.miss, false)] {
                for text in texts {
                    let fired: [String]
                    switch rule.scope {
                    case .thread: fired = rulesFiring(onMessage: text)
                    case .invitation: fired = rulesFiring(onInvitationField: exampleField(rule.id), text: text)
                    }
                    if fired.contains(rule.id) != expected {
                        failures.append(ExampleFailure(rule: rule.id, text: text, expectedHit: expected))
                    }
                }
            }
        }
        return failures
    }

    /// Rules (helpers included) that fire on `text` as a stranger's first
    /// message a month after connecting.
    public func rulesFiring(onMessage text: String) -> [String] {
        let book = compiled
        var scratch = AnalysisScratch(ruleCount: book.count)
        scratch.reset()
        var context = MessageContext.neutral
        context.features = scratch.scan(text, field: .body, matcher: book.body, book: book)
        scratch.evaluate(book.thread, context: context)
        return scratch.firedList.map { book.ids[Int($0)] }
    }

    /// Rules (helpers included) that fire on an invitation from a
    /// real-looking profile whose `field` is `text`.
    public func rulesFiring(onInvitationField field: TextField, text: String) -> [String] {
        let book = compiled
        var scratch = AnalysisScratch(ruleCount: book.count)
        var profile = ProfileContext.neutral
        var note = "", name = "Alex Example"
        switch field {
        case .headline: profile.headline = text
        case .name: name = text
        case .note, .body: note = text
        }
        profile.noteEmpty = note.allSatisfy { $0.isWhitespace }
        let fired = InvitationAnalyzer.fire(book: book, note: note, headline: profile.headline, name: name, profile: profile, scratch: &scratch)
        return fired.map { book.ids[Int($0)] }
    }

    /// The field a rule's examples stand for: its own, or for a meta rule
    /// the field of the first pattern rule it depends on.
    private func exampleField(_ id: String) -> TextField {
        var seen = Set<String>()
        func find(_ id: String) -> TextField? {
            guard seen.insert(id).inserted, let rule = rule(id) else { return nil }
            if !rule.patterns.isEmpty { return rule.field }
            guard let meta = rule.meta, let expr = try? MetaExpression.parse(meta) else { return nil }
            for ref in expr.references { if let f = find(ref) { return f } }
            return nil
        }
        return find(id) ?? .note
    }
}
