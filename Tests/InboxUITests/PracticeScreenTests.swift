import BundledFixtures
import InboxModel
import OutreachPolicy
import Practice
import ScreenKit
import Testing
@testable import InboxUI

/// The practice screen: write with the coach live, C-d submits, the
/// verdict beside the strong answer, r retries, n moves on, q sums up.
@Suite struct PracticeScreenTests {
    static func state(_ names: [String], width: Int = 80, height: Int = 24) throws -> AppState {
        let byName = Dictionary(uniqueKeysWithValues: try bundledExercises().map { ($0.name, $0) })
        let scenes = try names.map { name in try practiceScene(for: try #require(byName[name], "no exercise \(name)")) }
        return try #require(AppState(practice: scenes, savesProgress: true, width: width, height: height))
    }

    static let good = "Hi Bastian, thanks, but we're not looking for outbound help; our sign-ups are product-led. I'll pass."

    @Test func submitCompareRetryNext() throws {
        var s = try Self.state(["decline-sales-pitch", "decline-speaking-invitation"])
        #expect(s.keyContext == .practice)
        // q, r and n type while writing.
        try s.send("later")
        #expect(s.compose?.editor.text == "later")
        #expect(s.compose?.feedback != nil)
        let effects = try s.send("<C-d>")
        #expect(s.keyContext == .practiceVerdict)
        let p = try #require(s.practice)
        #expect(p.attempt?.passed == false)
        #expect(p.strong?.passed == true)
        guard case .savePractice(let result)? = effects.first else {
            Issue.record("no save asked for: \(effects)")
            return
        }
        #expect(result.exercise == "decline-sales-pitch")
        #expect(result.passed == false)
        #expect(result.checks["declines"] == false)
        #expect(s.practice?.attemptSaved == false)
        s.answering(.practiceSaved)
        #expect(s.practice?.attemptSaved == true)
        #expect(s.status?.text == "Saved to your progress")

        // r: the answer comes back to be edited.
        try s.send("r")
        #expect(s.keyContext == .practice)
        #expect(s.compose?.editor.text == "later")
        try s.send("<C-u>")
        #expect(s.compose?.editor.isEmpty == true)
        for c in Self.good { _ = s.update(.key(.char(c))) }
        try s.send("<C-d>")
        #expect(s.practice?.attempt?.passed == true)
        #expect(s.practice?.tries == 2)

        // n: the next exercise, its own scene and an empty answer.
        try s.send("n")
        #expect(s.keyContext == .practice)
        #expect(s.practice?.index == 1)
        #expect(s.compose?.editor.isEmpty == true)
        #expect(s.inbox.person(try #require(s.compose?.person)).id == "liam")

        // Esc while writing, then q: the summary, then quit.
        try s.send("<Esc>")
        #expect(s.keyContext == .practiceSummary)
        #expect(s.practice?.summary.attempts.count == 2)
        #expect(s.practice?.summary.passedExercises == 1)
        #expect(try s.send("q") == [.quit])
    }

    @Test func anEmptyAnswerIsNotSubmitted() throws {
        var s = try Self.state(["decline-sales-pitch"])
        #expect(try s.send("<C-d>").isEmpty)
        #expect(s.keyContext == .practice)
        #expect(s.status?.kind == .warning)
    }

    @Test func nextAfterTheLastShowsTheSummary() throws {
        var s = try Self.state(["decline-sales-pitch"])
        try s.send("No thanks.<C-d>n")
        #expect(s.keyContext == .practiceSummary)
    }

    @Test func helpAndHintsComeFromTheKeyTable() throws {
        var s = try Self.state(["decline-sales-pitch"])
        let writing = s.keys.hints(for: s).map(\.1)
        #expect(writing.contains("submit"))
        try s.send("x<C-d>")
        let verdict = s.keys.hints(for: s).map(\.1)
        #expect(verdict.contains("retry") && verdict.contains("next") && verdict.contains("summary"))
        try s.send("?")
        #expect(s.mode == .help)
        let lines = PracticeView.helpLines(s.keys).map { $0.0 + " " + $0.1 }
        #expect(lines.contains("C-d Submit the answer"))
        #expect(lines.contains("r Retry: edit the answer and submit again"))
        #expect(lines.contains { $0.hasPrefix("C-w ") })
        try s.send("q")
        #expect(s.keyContext == .practiceVerdict)
    }

    @Test func theVerdictHighlightsWhatTheStrongAnswerDoes() throws {
        var s = try Self.state(["decline-sales-pitch"])
        try s.send("later<C-d>")
        let p = try #require(s.practice)
        let diff = PracticeView.differences(strong: try #require(p.strong), yours: try #require(p.attempt?.verdict))
        #expect(diff.contains("Declines clearly"))
        let text = InboxScreen.render(s).text
        #expect(text.contains("Your answer"))
        #expect(text.contains("A strong answer"))
        #expect(text.contains("What it does that yours doesn't"))
    }

    @Test func goldens() throws {
        var s = try Self.state(["decline-sales-pitch", "decline-speaking-invitation"])
        GoldenFile.check(InboxScreen.render(s), named: "practice-writing-80x24")
        try s.send("later<C-d>")
        s.answering(.practiceSaved)
        GoldenFile.check(InboxScreen.render(s), named: "practice-verdict-80x24")
        try s.send("n<Esc>")
        GoldenFile.check(InboxScreen.render(s), named: "practice-summary-80x24")
    }
}
