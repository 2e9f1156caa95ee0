import InboxModel
import OutreachPolicy
import Testing
@testable import InboxUI

/// `!` / `=` teach the learned rule from the selected thread: the reducer
/// asks for the teaching to be stored, and judges again with the new model
/// only once the runtime says it is on disk.
@Suite struct MarkThreadTests {
    /// The small inbox judged with the shipped model, on Messages.
    static func messages(learned: Bool = true) throws -> AppState {
        let inbox = try FixtureDecoder.decode(BrowserFixtures.small, format: .yaml, file: "inline.yaml")
        var s = AppState(inbox: inbox, policy: Policy(rulebook: BrowserFixtures.policy.rulebook, learned: learned ? LearnedModel.shipped : nil), width: 120, height: 30)
        _ = s.update(.resize(width: 120, height: 30))
        try s.send("2")
        return s
    }

    /// Moves the cursor to `name`'s row.
    static func select(_ name: String, in s: inout AppState) throws {
        try s.send("g")
        while s.selectedName != name {
            let before = s.list.selected
            try s.send("j")
            try #require(s.list.selected != before, "\(name) is not listed")
        }
    }

    /// What the runtime answers once the request is stored as teaching #id
    /// (with only that teaching in force).
    static func outcome(_ request: TeachRequest, id: Int = 1) throws -> TeachOutcome {
        let teaching = Teaching(
            kind: .teach, id: id, label: request.label, source: "inline.yaml", person: request.person, name: request.name,
            texts: request.texts, at: "2026-03-20T09:00:00Z")
        let shipped = try #require(LearnedModel.shipped)
        return TeachOutcome(teaching: teaching, model: shipped.teaching(TeachingLog.counts([teaching])))
    }

    static func request(_ effects: [Effect]) throws -> TeachRequest {
        guard effects.count == 1, case .teach(let request) = effects[0] else {
            Issue.record("expected one teach effect, got \(effects)")
            throw CancellationError()
        }
        return request
    }

    @Test func bangAsksToStoreTheThreadAsThirstyAndChangesNothingYet() throws {
        var s = try Self.messages()
        try Self.select("Kwame Asante", in: &s)
        let kwame = try #require(s.selectedPerson)
        let before = s.session.threadVerdict(for: kwame)
        let request = try Self.request(try s.send("!"))
        #expect(request == TeachRequest(
            label: .thirsty, person: "kwame", name: "Kwame Asante",
            texts: ["Here is the survey on SME scheduling tools I mentioned, section 4 has the numbers."]))
        #expect(s.session.threadVerdict(for: kwame) == before)
        #expect(s.status == nil)
    }

    @Test func equalsAsksToStoreTheThreadAsFine() throws {
        var s = try Self.messages()
        try Self.select("Dario Mendes", in: &s)
        let request = try Self.request(try s.send("<Enter>="))
        #expect(request.label == .sincere)
        #expect(request.person == "dario")
        #expect(request.texts.count == 3)
    }

    @Test func onceStoredTheThreadIsJudgedWithTheTaughtModelAtOnce() throws {
        var s = try Self.messages()
        try Self.select("Kwame Asante", in: &s)
        let kwame = try #require(s.selectedPerson)
        let before = try #require(s.session.threadVerdict(for: kwame))
        #expect(!before.findings.contains { $0.rule.hasPrefix("LEARNED_THIRSTY") })
        let request = try Self.request(try s.send("!"))
        s.answering(.taught(try Self.outcome(request)))
        let after = try #require(s.session.threadVerdict(for: kwame))
        #expect(after.findings.contains { $0.rule == "LEARNED_THIRSTY_99" }, "\(after.explanation)")
        #expect(after.score > before.score)
        #expect(s.selectedPerson == kwame)
        #expect(s.status?.kind == .success)
        #expect(s.status?.text.hasPrefix("Marked Kwame Asante thirsty (learn #1)") == true, "\(String(describing: s.status))")
        #expect(s.policy.learned === s.session.policy.learned)
    }

    @Test func withTheLearnedRuleOffTheTeachingIsKeptButNotApplied() throws {
        var s = try Self.messages(learned: false)
        try Self.select("Kwame Asante", in: &s)
        let kwame = try #require(s.selectedPerson)
        let before = s.session.threadVerdict(for: kwame)
        let request = try Self.request(try s.send("!"))
        s.answering(.taught(try Self.outcome(request)))
        #expect(s.session.threadVerdict(for: kwame) == before)
        #expect(s.policy.learned == nil)
        #expect(s.status?.text.contains("the learned rule is off") == true)
    }

    @Test func aFailedWriteChangesNothingAndSaysSo() throws {
        var s = try Self.messages()
        try Self.select("Dario Mendes", in: &s)
        let dario = try #require(s.selectedPerson)
        let before = s.session.threadVerdict(for: dario)
        _ = try Self.request(try s.send("="))
        s.answering(.effectFailed("Not marked: cannot open teachings.journal: No space left on device"))
        #expect(s.session.threadVerdict(for: dario) == before)
        #expect(s.status?.kind == .error)
    }

    @Test func markingNeedsAReceivedThread() throws {
        var s = try Self.messages()
        try s.send("1")
        #expect(try s.send("!").isEmpty)
        #expect(s.status?.text == "Marking works on message threads (press 2)")
        try s.send("2")
        try Self.select("Hana Sato", in: &s)
        try s.send("s")
        try #require(s.sentOnly)
        #expect(try s.send("=").isEmpty)
        #expect(s.status?.text.hasPrefix("Marking teaches from threads you received") == true)
    }

    @Test func theKeysAreInHelpAndInTheDetailHints() throws {
        var s = try Self.messages()
        let help = HelpContent.lines(s.keys)
        #expect(help.contains { $0.0.contains("!") && $0.1.hasPrefix("Mark the thread thirsty") })
        #expect(help.contains { $0.0.contains("=") && $0.1.hasPrefix("Mark the thread fine") })
        try Self.select("Dario Mendes", in: &s)
        try s.send("<Enter>")
        #expect(s.keys.hints(for: s).contains { $0.0 == "!/=" && $0.1 == "thirsty/fine" }, "\(s.keys.hints(for: s))")
    }
}
