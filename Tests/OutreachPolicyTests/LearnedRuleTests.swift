import InboxModel
import Shared
import Testing
@testable import OutreachPolicy

/// The learned classifier as one scored rule in the analysis.
@Suite("Learned rule")
struct LearnedRuleTests {
    static let model = LearnedModel(counts: LearnedTrainer.counts(LearnedModelTests.crafted))

    static func inbox() -> Inbox {
        var b = InboxBuilder()
        let pitcher = b.person("pia", "Pia Laurent", connectedDaysBefore: 30, label: .thirsty)
        let asker = b.person("omar", "Omar Haddad", connectedDaysBefore: 300, label: .sincere)
        let quiet = b.person("zed", "Zed Quill", connectedDaysBefore: 300, label: .sincere)
        b.message(from: pitcher, at: InboxBuilder.t(days: 1), "An exclusive growth package for you. Book a slot today?")
        b.message(from: pitcher, at: InboxBuilder.t(days: 3), "The exclusive offer ends Friday, book a slot now.")
        b.message(from: asker, at: InboxBuilder.t(days: 2), "Loved your post on rota planning. How do you run handovers on nights?")
        b.message(from: quiet, at: InboxBuilder.t(days: 2), "Zebra quartz")
        return b.build(now: InboxBuilder.t(days: 5))
    }

    @Test func aBandIsOneScoredFindingOnTopOfTheRules() throws {
        let inbox = Self.inbox()
        let state = inbox.state()
        let plain = Policy().analyze(inbox, state: state)
        let learned = Policy(learned: Self.model).analyze(inbox, state: state)
        try #require(plain.threads.count == 3 && learned.threads.count == 3)
        var bands: [String: String] = [:]
        for (a, b) in zip(plain.threads, learned.threads) {
            let extra = b.findings.filter { $0.rule.hasPrefix("LEARNED_") }
            #expect(extra.count <= 1)
            #expect(b.findings.filter { !$0.rule.hasPrefix("LEARNED_") } == a.findings)
            let added = extra.first?.score ?? 0
            #expect(abs(b.score - (a.score + added)) < 0.001)
            #expect(b.explanation.contains(extra.first.map { "\($0.rule)(" } ?? "score="))
            bands[inbox.person(b.counterpart).id] = extra.first?.rule ?? "none"
        }
        #expect(bands == ["pia": "LEARNED_THIRSTY_99", "omar": "LEARNED_SINCERE_99", "zed": "none"])
    }

    @Test func evidenceIsTheWordsThatWeighedMost() throws {
        let inbox = Self.inbox()
        let verdicts = Policy(learned: Self.model).analyze(inbox, state: inbox.state())
        let pia = try #require(verdicts.threads.first { inbox.person($0.counterpart).id == "pia" })
        let finding = try #require(pia.findings.first { $0.rule == "LEARNED_THIRSTY_99" })
        let words = finding.evidence.components(separatedBy: ", ")
        #expect((1...LearnedRule.evidenceCount).contains(words.count), "\(finding.evidence)")
        #expect(words.contains("exclusive"), "\(finding.evidence)")
        for w in words {
            let parts = w.split(separator: " ").map(String.init)
            #expect(!parts.isEmpty && parts.count <= 2, "\(w)")
            #expect(!LearnedModel.functionWords.contains(parts[0]) && !LearnedModel.functionWords.contains(parts[parts.count - 1]), "\(w)")
            #expect(!w.contains { $0.isNumber }, "\(w)")
            // Each is a word of the sender's messages, as written.
            #expect(inbox.events.contains { $0.text.lowercased().contains(w) }, "\(w)")
        }
        #expect(finding.eventIndex == inbox.events.lastIndex { $0.actor == pia.counterpart })
        let omar = try #require(verdicts.threads.first { inbox.person($0.counterpart).id == "omar" })
        let credit = try #require(omar.findings.first { $0.rule == "LEARNED_SINCERE_99" })
        #expect(credit.category == .credit && credit.score < 0)
        #expect(!credit.evidence.isEmpty)
    }

    /// The scans the whole-inbox analysis shares and the one-thread path
    /// give the same learned verdict, and so does every repeat of a text.
    @Test func everyPathAgrees() {
        let inbox = Self.inbox()
        let state = inbox.state()
        let policy = Policy(learned: Self.model)
        let fast = policy.analyze(inbox, state: state)
        let serial = policy.analyze(inbox, state: state, parallel: false, reuseRepeats: false)
        #expect(fast.threads == serial.threads)
        for v in fast.threads {
            #expect(policy.judgeThread(with: v.counterpart, in: inbox, state: state) == v)
        }
    }

    @Test func evalReportsTheFiguresWithAndWithout() {
        let inboxes = [(source: "crafted.yaml", inbox: Self.inbox())]
        let with = Evaluation(policy: Policy(learned: Self.model), inboxes: inboxes)
        let without = Evaluation(policy: Policy(), inboxes: inboxes)
        let comparison = LearnedComparison(with: with, without: without)
        let hits = Dictionary(uniqueKeysWithValues: comparison.bandHits.map { ($0.band.id, ($0.thirsty, $0.sincere)) })
        #expect(hits["LEARNED_THIRSTY_99"]! == (1, 0))
        #expect(hits["LEARNED_SINCERE_99"]! == (0, 1))
        let text = comparison.render()
        let w = without.threadMetrics(threshold: without.threshold), l = with.threadMetrics(threshold: with.threshold)
        #expect(text.contains("without the learned rule: recall \(fixed(w.recall))"))
        #expect(text.contains("with the learned rule:    recall \(fixed(l.recall))"))
        #expect(text.contains("(TP \(l.truePositives), FN \(l.falseNegatives), FP \(l.falsePositives), TN \(l.trueNegatives))"))
    }

    /// Held out, a file is judged by a model that never saw it: a file
    /// alone teaches its own judge nothing.
    @Test func heldOutFiguresTrainOnTheOtherFilesOnly() {
        let m = LearnedComparison.heldOut(policy: Policy(), inboxes: [(source: "crafted.yaml", inbox: Self.inbox())])
        let plain = Evaluation(policy: Policy(), inboxes: [(source: "crafted.yaml", inbox: Self.inbox())])
        #expect(m == plain.threadMetrics(threshold: plain.threshold))
    }
}
