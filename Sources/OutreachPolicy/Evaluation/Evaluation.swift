import InboxModel

/// The policy measured against labelled inboxes, like SpamAssassin's
/// mass-check: every labelled thread and invitation judged, per-rule hit
/// counts on each class, and the headline figures at several thresholds.
public struct Evaluation: Sendable {
    public struct ThreadCase: Sendable {
        public var source: String
        public var person: String
        public var name: String
        public var label: ThreadLabel
        public var verdict: ThreadVerdict
    }

    public struct InvitationCase: Sendable {
        public var source: String
        public var person: String
        public var name: String
        public var label: InvitationLabel
        public var verdict: InvitationVerdict
    }

    /// How often a rule fired on each class; `ratio` is the share of its
    /// hits on the class it argues for (thirsty or ignore), SpamAssassin's S/O.
    public struct RuleStats: Sendable, Equatable {
        public var rule: String
        public var score: Double
        /// Hits on thirsty threads, or on invitations labelled ignore.
        public var positiveHits: Int
        /// Hits on sincere threads, or on invitations labelled accept.
        public var negativeHits: Int
        public var ratio: Double {
            let n = positiveHits + negativeHits
            return n == 0 ? 0 : Double(positiveHits) / Double(n)
        }
    }

    public struct ThreadMetrics: Sendable, Equatable {
        public var threshold: Double
        public var truePositives = 0, falseNegatives = 0, falsePositives = 0, trueNegatives = 0
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var falsePositiveRate: Double { ratio(falsePositives, falsePositives + trueNegatives) }
        public var accuracy: Double { ratio(truePositives + trueNegatives, truePositives + falseNegatives + falsePositives + trueNegatives) }
    }

    public struct InvitationMetrics: Sendable, Equatable {
        public var acceptedAccept = 0, ignoredAccept = 0, acceptedIgnore = 0, ignoredIgnore = 0
        public var total: Int { acceptedAccept + ignoredAccept + acceptedIgnore + ignoredIgnore }
        public var correct: Int { acceptedAccept + ignoredIgnore }
        public var accuracy: Double { ratio(correct, total) }
    }

    public let policy: Policy
    public let threads: [ThreadCase]
    public let invitations: [InvitationCase]

    /// Judges every labelled thread and invitation of `inboxes` (named by
    /// source, e.g. file name), each inbox at its own `now`.
    public init(policy: Policy = Policy(), inboxes: [(source: String, inbox: Inbox)]) {
        self.policy = policy
        let verdicts = policy.analyzeAll(inboxes.map(\.inbox))
        var threads: [ThreadCase] = []
        var invitations: [InvitationCase] = []
        for ((source, inbox), all) in zip(inboxes, verdicts) {
            let state = inbox.state()
            for (i, person) in inbox.people.enumerated() where i > 0 {
                guard let label = person.label else { continue }
                let ref = PersonRef(i)
                let verdict = all.thread(with: ref) ?? policy.judgeThread(with: ref, in: inbox, state: state)
                threads.append(ThreadCase(source: source, person: person.id, name: person.name, label: label, verdict: verdict))
            }
            var byEvent: [Int: InvitationVerdict] = [:]
            for v in all.invitations { byEvent[v.eventIndex] = v }
            for (i, e) in inbox.events.enumerated() where e.type == .invite {
                guard let label = e.label, e.subject.isOwner else { continue }
                guard let verdict = byEvent[i] ?? state.invitations.first(where: { $0.event == i }).map({
                    policy.judgeInvitation($0, in: inbox, state: state)
                }) else { continue }
                let p = inbox.person(e.actor)
                invitations.append(InvitationCase(source: source, person: p.id, name: p.name, label: label, verdict: verdict))
            }
        }
        self.threads = threads
        self.invitations = invitations
    }

    public var threshold: Double { policy.threshold }

    public func threadMetrics(threshold: Double) -> ThreadMetrics {
        var m = ThreadMetrics(threshold: threshold)
        for c in threads {
            let flagged = c.verdict.score >= threshold
            switch (c.label, flagged) {
            case (.thirsty, true): m.truePositives += 1
            case (.thirsty, false): m.falseNegatives += 1
            case (.sincere, true): m.falsePositives += 1
            case (.sincere, false): m.trueNegatives += 1
            }
        }
        return m
    }

    public var invitationMetrics: InvitationMetrics {
        var m = InvitationMetrics()
        for c in invitations {
            switch (c.label, c.verdict.decision) {
            case (.accept, .accept): m.acceptedAccept += 1
            case (.accept, .ignore): m.ignoredAccept += 1
            case (.ignore, .accept): m.acceptedIgnore += 1
            case (.ignore, .ignore): m.ignoredIgnore += 1
            }
        }
        return m
    }

    /// Per-rule hits on threads (thirsty vs sincere), in rulebook order.
    public var threadRuleStats: [RuleStats] {
        stats(scope: .thread, cases: threads.map { ($0.label == .thirsty, $0.verdict.findings) })
    }

    /// Per-rule hits on invitations (ignore vs accept), in rulebook order.
    public var invitationRuleStats: [RuleStats] {
        stats(scope: .invitation, cases: invitations.map { ($0.label == .ignore, $0.verdict.findings) })
    }

    private func stats(scope: RuleScope, cases: [(Bool, [Finding])]) -> [RuleStats] {
        var out: [RuleStats] = []
        var index: [String: Int] = [:]
        for rule in policy.rulebook.rules where rule.scope == scope && !rule.isHelper {
            index[rule.id] = out.count
            out.append(RuleStats(rule: rule.id, score: rule.score, positiveHits: 0, negativeHits: 0))
        }
        for (positive, findings) in cases {
            for f in findings {
                guard let i = index[f.rule] else { continue }
                if positive { out[i].positiveHits += 1 } else { out[i].negativeHits += 1 }
            }
        }
        return out
    }

    /// Threads whose verdict disagrees with the label at the default threshold.
    public var threadMistakes: [ThreadCase] {
        threads.filter { ($0.label == .thirsty) != ($0.verdict.score >= threshold) }
    }

    public var invitationMistakes: [InvitationCase] {
        invitations.filter { ($0.label == .ignore) != ($0.verdict.decision == .ignore) }
    }

    /// The thresholds the report tabulates: the rulebook's list plus the default.
    public var thresholds: [Double] {
        var t = policy.rulebook.settings.evaluationThresholds
        if !t.contains(threshold) { t.append(threshold) }
        return t.sorted()
    }
}

private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
