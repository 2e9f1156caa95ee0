import BundledFixtures
import Foundation
import InboxModel
import OutreachPolicy
import Testing
@testable import InboxUI

/// The session is the one value derived from the log; views and the demo
/// read it and never judge for themselves.
@Suite struct SessionTests {
    /// Every source file that draws: the views, and the demo's screens.
    static func drawingSources() throws -> [(String, String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/InboxUI")
        var files: [URL] = []
        for folder in ["Views", "Demo"] {
            let dir = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasSuffix(".swift") {
                // The transcript prints a whole demo without a session.
                if folder == "Demo" && !(name.contains("View") || name.contains("Timeline") || name.contains("Narration")) { continue }
                files.append(dir.appendingPathComponent(name))
            }
        }
        return try files.map { ($0.lastPathComponent, try String(contentsOf: $0, encoding: .utf8)) }
    }

    @Test func noViewRunsThePolicy() throws {
        let sources = try Self.drawingSources()
        #expect(sources.count > 10, "found the views")
        for (name, text) in sources {
            for call in ["judgeThread(", "judgeInvitation(", ".analyze(", "Coach.review(", "DraftCoach", "InboxAnalysis("] {
                #expect(!text.contains(call), "\(name) calls \(call)")
            }
        }
    }

    /// With the Sent filter on, an action re-judges only its own thread;
    /// the verdicts must be those a full judging of the log would give.
    @Test func sentVerdictsKeptInStepMatchAFreshJudging() throws {
        let inbox = try FixtureDecoder.decode(Bundled.seedInbox, format: .yaml, file: Bundled.seedInboxName)
        var session = InboxSession(inbox: inbox, policy: Policy())
        session.judgeSent(true)
        let before = try #require(session.sent).entries.count
        // A first message to a connection with no thread starts one; a
        // message to someone who wrote first starts none.
        let yusuf = try #require(inbox.ref(forPersonID: "yusuf"))
        let dario = try #require(inbox.ref(forPersonID: "dario"))
        try session.append(Event(type: .message, at: session.time, actor: .owner, subject: yusuf, text: "Yusuf, could we move the design review to Thursday? The staging build is late."))
        try session.append(Event(type: .message, at: session.time, actor: .owner, subject: dario, text: "No thanks."))
        let kept = try #require(session.sent)
        let fresh = SentAnalysis(inbox: session.inbox, state: session.folded, policy: session.policy)
        #expect(kept.entries.count == before + 1)
        #expect(kept.entries.map(\.person) == fresh.entries.map(\.person))
        #expect(kept.entries.map(\.verdict.explanation) == fresh.entries.map(\.verdict.explanation))
        // Undone, the new thread leaves the Sent verdicts again.
        let last = session.inbox.events[session.inbox.events.count - 1]
        let removedReply = session.removeLast(last)
        #expect(removedReply)
        let first = session.inbox.events[session.inbox.events.count - 1]
        let removedStart = session.removeLast(first)
        #expect(removedStart)
        #expect(try #require(session.sent).entries.count == before)
    }

    @Test func appendKeepsEveryDerivedPartInStep() throws {
        let inbox = try FixtureDecoder.decode(BrowserFixtures.small, format: .yaml, file: "small.yaml")
        var session = InboxSession(inbox: inbox, policy: BrowserFixtures.policy)
        let ben = try #require(inbox.ref(forPersonID: "ben"))
        try session.append(Event(type: .accept, at: session.time, actor: .owner, subject: ben))
        let fresh = InboxSession(inbox: session.inbox, policy: BrowserFixtures.policy)
        #expect(session.folded.eventCount == fresh.folded.eventCount)
        #expect(session.rows == fresh.rows)
        #expect(session.analysis.flaggedCount == fresh.analysis.flaggedCount)
        #expect(session.folded.isConnected(ben))
    }

    @Test func aRefusedAppendChangesNothing() throws {
        let inbox = try FixtureDecoder.decode(BrowserFixtures.small, format: .yaml, file: "small.yaml")
        var session = InboxSession(inbox: inbox, policy: BrowserFixtures.policy)
        let hana = try #require(inbox.ref(forPersonID: "hana"))
        // Hana sent no invitation: there is nothing to accept.
        #expect(throws: InboxError.self) { try session.append(Event(type: .accept, at: session.time, actor: .owner, subject: hana)) }
        #expect(session.inbox.events.count == inbox.events.count)
        #expect(session.rows == InboxSession(inbox: inbox, policy: BrowserFixtures.policy).rows)
    }

    @Test func movingTimeRefoldsAndRejudges() throws {
        let inbox = try FixtureDecoder.decode(BrowserFixtures.small, format: .yaml, file: "small.yaml")
        let dario = try #require(inbox.ref(forPersonID: "dario"))
        var session = InboxSession(inbox: inbox, policy: BrowserFixtures.policy, pinned: [dario])
        let firstMessage = inbox.events.first { $0.type == .message }
        let early = try #require(firstMessage).at
        session.move(to: early)
        let expected = inbox.state(at: early)
        #expect(session.folded.eventCount == expected.eventCount)
        #expect(session.threadVerdict(for: dario) == BrowserFixtures.policy.judgeThread(with: dario, in: inbox, state: expected))
        #expect(session.time == early)
        session.move(to: inbox.now)
        #expect(session.threadVerdict(for: dario)?.flagged == true)
    }
}
