import InboxModel

/// Reviews the owner's drafts with the rulebook the engine applies to
/// everyone else: the draft is judged as the owner's next message in the
/// thread, with the owner as the sender and the timeline as it stands.
public enum Coach {
    /// Reviews `draft` as the owner's next message to `person` at `at`.
    /// Cheap enough to run on every keystroke: one pass over the thread's
    /// messages and the draft.
    public static func review(
        draft: String, to person: PersonRef, in inbox: Inbox, state: InboxState, at: Timestamp, policy: Policy = Policy()
    ) -> CoachReport {
        let book = policy.rulebook.compiled
        var scratch = AnalysisScratch(ruleCount: book.count)
        let analysis = ThreadAnalyzer.analyze(
            book: book, inbox: inbox, state: state, counterpart: person, senderIsOwner: true,
            draft: DraftMessage(text: draft, at: at), scratch: &scratch)
        let context = analysis.draftContext ?? MessageContext()
        let facts = Facts(inbox: inbox, person: person, at: at, context: context)

        var stages: [Stage] = []
        for f in analysis.draftFindings where f.score > 0 {
            if let s = f.category.stage, !stages.contains(s) { stages.append(s) }
        }
        stages.sort()

        var rules: [RuleAdvice] = []
        for rule in ArticleRule.allCases {
            let behind = analysis.draftFindings.filter { f in
                guard f.score > 0, let i = book.index[f.rule] else { return false }
                return book.breaks[i].contains(rule)
            }.sorted { $0.score > $1.score }
            let total = behind.reduce(0) { $0 + $1.score }
            let status: RuleAdvice.Status = total >= book.settings.coachFailAt ? .fail : (total > 0 ? .warn : .pass)
            var sentences: [String] = []
            for f in behind {
                let template = policy.rulebook.rule(f.rule)?.advice ?? defaultAdvice(f.category)
                let s = facts.render(template, evidence: f.evidence)
                if !sentences.contains(s) { sentences.append(s) }
            }
            if sentences.isEmpty { sentences = [facts.passSentence(rule)] }
            rules.append(RuleAdvice(rule: rule, status: status, sentence: sentences[0], sentences: status == .pass ? [] : sentences, findings: behind))
        }
        let verdict = analysis.verdict
        return CoachReport(
            to: person, at: at, rules: rules, stages: stages, score: verdict.score, threshold: verdict.threshold,
            flagged: verdict.flagged, findings: analysis.draftFindings)
    }

    static func defaultAdvice(_ category: RuleCategory) -> String {
        switch category {
        case .flattery: return "'{evidence}' reads as flattery; say something specific about {name}'s work instead"
        case .meeting: return "Say what the call is for: '{evidence}' gives {name} no reason to say yes"
        case .nudge: return "This is your {unanswered} message without a reply; wait for {name} or add something new"
        case .pitch: return "'{evidence}' is a pitch {name} didn't ask for; lead with a question or something useful"
        case .relax: return "You connected {since_connected} ago and haven't engaged with any of {name}'s posts; {engage_hint}"
        case .value: return "No genuine question and no concrete offer: give {name} a reason to reply"
        case .sincere: return "'{evidence}' reads like a template; write it the way you'd say it in person"
        case .credit, .inappropriate, .fake, .signal: return "{evidence}"
        }
    }
}

/// The timeline facts advice sentences are made of.
struct Facts {
    let name: String
    let context: MessageContext
    /// The counterpart's latest post before the draft, shortened.
    let latestPost: String?

    init(inbox: Inbox, person: PersonRef, at: Timestamp, context: MessageContext) {
        self.name = inbox.person(person).firstName
        self.context = context
        let post = inbox.posts.filter { $0.author == person && $0.at <= at }.max { $0.at < $1.at }
        self.latestPost = post.map { Self.shorten($0.text) }
    }

    var sinceConnected: String? { context.secondsSinceConnected.map(describeDuration) }

    var engageHint: String {
        if let latestPost { return "comment on '\(latestPost)' first" }
        return "read what they share and respond to something first"
    }

    func render(_ template: String, evidence: String) -> String {
        var t = template
        if t.contains("{since_connected}") && sinceConnected == nil {
            t = "You aren't connected with {name} and haven't engaged with any of their posts; {engage_hint}"
        }
        let values: [(String, String)] = [
            ("{name}", name),
            ("{evidence}", evidence),
            ("{since_connected}", sinceConnected ?? ""),
            ("{unanswered}", ordinal(max(1, context.unanswered))),
            ("{engage_hint}", engageHint),
        ]
        for (key, value) in values { t = t.replacingAll(key, with: value) }
        return t
    }

    func passSentence(_ rule: ArticleRule) -> String {
        switch rule {
        case .relax:
            if context.recipientReplies > 0 || context.recipientInitiated { return "You're replying to \(name); no rush to worry about" }
            if context.engagementBefore > 0 { return "You've engaged with \(name)'s posts before writing" }
            if !context.isSendersFirst { return "You're continuing a conversation you started" }
            return "Timing is fine"
        case .value:
            if context.features.genuineQuestion { return "Asks \(name) a genuine question" }
            if context.recipientReplies > 0 || context.recipientInitiated { return "Responds to what \(name) wrote" }
            return "Nothing here asks \(name) for something without a reason"
        case .sincere:
            return "No flattery or template phrasing"
        }
    }

    /// "Three pricing experiments that…": the first words of a post.
    static func shorten(_ text: String) -> String {
        let line = text.split(whereSeparator: { $0 == "\n" }).first.map(String.init) ?? text
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        if words.count <= 6 { return words.joined(separator: " ") }
        return words.prefix(6).joined(separator: " ") + "…"
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = self[...]
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
