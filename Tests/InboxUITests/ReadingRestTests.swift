import InboxModel
import ScreenKit
import Testing
@testable import InboxUI

/// A large export opens on all but its messages; they are read on another
/// core and replace the partial inbox when they arrive. Until then the
/// browser says so, and actions (made on a log about to be replaced) wait.
@Suite struct ReadingRestTests {
    /// The seed inbox without its messages, and the whole seed as the rest.
    static func opened() throws -> (AppState, Inbox) {
        let whole = try BrowserFixtures.seedInbox()
        let partial = Inbox(
            title: whole.title, owner: whole.people[0], people: Array(whole.people.dropFirst()), posts: whole.posts,
            events: whole.events.filter { $0.type != .message }, now: whole.now)
        var s = AppState(inbox: partial, width: 120, height: 40)
        s.readLater(PendingInbox(what: "messages.csv, 50.2 MB") { .success(whole) })
        return (s, whole)
    }

    @Test func theRestIsAskedForOnceAtTheFirstIdleMoment() throws {
        var (s, _) = try Self.opened()
        let first = s.update(.idle)
        #expect(first.count == 1)
        guard case .readRest = first.first else {
            Issue.record("expected the rest to be read: \(first)")
            return
        }
        // No index for a log about to be replaced, and no second read.
        #expect(s.update(.idle).isEmpty)
    }

    @Test func whileReadingTheTabsSaySoAndActionsWait() throws {
        var (s, _) = try Self.opened()
        _ = s.update(.idle)
        #expect(s.screenText.contains("2 Messages (reading…)"))
        try s.send("2")
        #expect(s.screenText.contains("Reading messages.csv, 50.2 MB…"))
        try s.send("1")
        let pendingBefore = s.folded.invitations.filter(\.isPending).count
        #expect(try s.send("a").isEmpty)
        #expect(s.status?.text == "Still reading messages.csv, 50.2 MB; try again in a moment")
        #expect(s.folded.invitations.filter(\.isPending).count == pendingBefore)
        try s.send("3r")
        #expect(s.mode == .list)
    }

    @Test func theWholeInboxReplacesThePartOneOnTheSamePerson() throws {
        var (s, whole) = try Self.opened()
        let effects = s.update(.idle)
        try s.send("3jj")
        let person = try #require(s.selectedName)
        guard case .readRest(let request)? = effects.first else {
            Issue.record("expected the rest to be read")
            return
        }
        let more = s.update(.restRead(request.run()))
        #expect(s.pending == nil)
        #expect(s.inbox.events.count == whole.events.count)
        #expect(s.selectedName == person)
        #expect(s.status?.text == "Read messages.csv, 50.2 MB: \(s.rows.threads.count) threads")
        #expect(!s.screenText.contains("reading…"))
        // Now the whole log is indexed for search, and actions work again.
        #expect(more.contains { if case .buildSearchIndex = $0 { true } else { false } })
        try s.send("1a")
        #expect(s.status?.text.hasPrefix("Still reading") != true)
    }

    @Test func aRestThatCannotBeReadEndsTheBrowserWithTheReason() throws {
        let whole = try BrowserFixtures.seedInbox()
        var s = AppState(inbox: whole, width: 80, height: 24)
        s.readLater(PendingInbox(what: "messages.csv, 9.0 MB") { .failure(LoadFailure("export.zip: messages.csv:812: DATE is not a date")) })
        guard case .readRest(let request)? = s.update(.idle).first else {
            Issue.record("expected the rest to be read")
            return
        }
        #expect(s.update(.restRead(request.run())) == [.quit])
        #expect(s.loadFailure == "export.zip: messages.csv:812: DATE is not a date")
    }
}
