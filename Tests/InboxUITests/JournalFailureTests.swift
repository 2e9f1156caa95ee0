import InboxModel
import ScreenKit
import Testing
@testable import InboxUI

/// An action shows as done only once the journal has it: the reducer
/// asks for the write and applies the action on `persisted`; after
/// `persistFailed` the screen is as before, with one line saying why.
@Suite struct JournalFailureTests {
    @Test func anAcceptIsAppliedOnlyOnceWritten() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        let events = s.inbox.events.count
        let effects = s.update(.key(.char("a")))
        guard case .persist(let event)? = effects.first, effects.count == 1 else {
            Issue.record("expected one journal write, got \(effects)")
            return
        }
        #expect(s.inbox.events.count == events, "nothing applied before the write")
        #expect(s.rows.invitations.count == 3)
        _ = s.update(.persisted(event))
        #expect(s.inbox.events.count == events + 1)
        #expect(s.rows.invitations.count == 2)
    }

    @Test func aFailedWriteLeavesTheInvitationPending() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        let before = s.screenText
        let name = try #require(s.selectedName)
        guard case .persist(let event)? = s.update(.key(.char("a"))).first else {
            Issue.record("expected a journal write")
            return
        }
        _ = s.update(.persistFailed(event, "cannot write journal: No space left on device"))
        #expect(s.rows.invitations.count == 3)
        #expect(s.selectedName == name)
        #expect(s.status?.kind == .error)
        let line = try #require(s.status?.text)
        #expect(line.contains("No space left on device") && line.hasPrefix("\(name) not accepted"))
        #expect(!line.contains("\n"))
        // Only the status line differs from the screen before.
        let after = s.screenText.split(separator: "\n")
        #expect(Array(after.dropLast()) == Array(before.split(separator: "\n").dropLast()))
    }

    @Test func aFailedSendKeepsTheDraftOpenAndUnsent() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        try s.send("2")
        try s.selectPerson("hana", in: .messages)
        let hana = try #require(s.inbox.ref(forPersonID: "hana"))
        let messages = try #require(s.folded.thread(with: hana)).messages.count
        _ = s.update(.key(.char("r")))
        _ = s.typeDraft("How did the critique go?")
        let effects = s.update(.key(.ctrl("d")))
        guard case .persist(let event)? = effects.first, effects.count == 1 else {
            Issue.record("expected only the message's write, got \(effects)")
            return
        }
        let after = s.update(.persistFailed(event, "cannot write journal"))
        #expect(after.isEmpty, "no draft-clearing record follows a failed send")
        #expect(s.mode == .compose)
        #expect(s.compose?.editor.text == "How did the critique go?")
        #expect(s.folded.thread(with: hana)?.messages.count == messages)
        #expect(s.status?.text.hasPrefix("Not sent, the draft is kept: could not save") == true)
    }

    @Test func theLoopAppliesWhatThePerformerWroteAndNothingElse() throws {
        let s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        struct Full: Error, CustomStringConvertible { var description: String { "No space left on device" } }
        let failing = RecordingTerminal(size: Size(width: 80, height: 24), script: [])
        let unchanged = AppLoop(replay: try Key.parse("a")).run(s, on: failing) { effect, _ in
            if case .persist = effect { throw Full() }
            return nil
        }
        #expect(unchanged.rows.invitations.count == 3)
        #expect(failing.lastFrame?.text.contains("No space left on device") == true)
        let working = RecordingTerminal(size: Size(width: 80, height: 24), script: [])
        let applied = AppLoop(replay: try Key.parse("a")).run(s, on: working) { _, _ in nil }
        #expect(applied.rows.invitations.count == 2)
    }
}
