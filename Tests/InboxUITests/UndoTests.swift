import InboxModel
import Testing
@testable import InboxUI

/// `u` takes back the session's last accept, ignore or sent reply, once
/// the journal has the undo.
@Suite struct UndoTests {
    @Test func undoingAnAcceptPutsTheInvitationBack() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        try s.send("1")
        let before = s.listedNames
        try s.send("a")
        #expect(s.listedNames.count == before.count - 1)
        let effects = try s.send("u")
        // Written to the journal first: the runtime answers `undone`.
        guard case .persistUndo(let event)? = effects.first else {
            Issue.record("no undo was asked for: \(effects)")
            return
        }
        #expect(event.type == .accept)
        #expect(s.listedNames.count == before.count - 1, "nothing changes before the journal has it")
        _ = s.update(.undone(event))
        #expect(s.listedNames == before)
        #expect(s.selectedName == "Ana Souza")
        #expect(s.status?.text == "Undid accepting Ana Souza")
        #expect(s.inbox.events.count == BrowserFixtures.smallEventCount)
        try s.send("u")
        #expect(s.status?.text == "Nothing to undo in this session")
    }

    @Test func undoGoesBackOneActionAtATime() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        try s.send("1ai")
        #expect(s.rows.invitations.count == 1)
        for effect in try s.send("u") { if case .persistUndo(let e) = effect { _ = s.update(.undone(e)) } }
        #expect(s.status?.text == "Undid ignoring Investment Advisor")
        for effect in try s.send("u") { if case .persistUndo(let e) = effect { _ = s.update(.undone(e)) } }
        #expect(s.status?.text == "Undid accepting Ana Souza")
        #expect(s.rows.invitations.count == 3)
    }

    @Test func undoingASentReplyMakesItADraftAgain() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        try s.send("3")
        try s.send("r")
        try s.send("Thanks for the survey<C-d>")
        #expect(s.mode == .list)
        let sent = s.inbox.events.count
        for effect in try s.send("u") { if case .persistUndo(let e) = effect { _ = s.update(.undone(e)) } }
        #expect(s.inbox.events.count == sent - 1)
        #expect(s.drafts.values.contains("Thanks for the survey"))
        #expect(s.status?.text.hasPrefix("Undid the message to") == true)
    }

    @Test func aFailedUndoWriteChangesNothing() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        try s.send("1a")
        let count = s.listedNames.count
        _ = try s.send("u")
        _ = s.update(.effectFailed("Not undone: could not save (disk full)"))
        #expect(s.listedNames.count == count)
        #expect(s.status?.kind == .error)
    }
}
