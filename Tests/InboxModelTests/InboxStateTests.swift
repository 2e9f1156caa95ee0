import InboxModel
import Testing

/// The fold of the sample log at each phase of the article's story.
@Suite struct InboxStateTests {
    let inbox: Inbox
    let dana: PersonRef, priya: PersonRef, tomas: PersonRef

    init() throws {
        inbox = try SampleInbox.inbox()
        dana = try #require(inbox.ref(forPersonID: "d1"))
        priya = try #require(inbox.ref(forPersonID: "p1"))
        tomas = try #require(inbox.ref(forPersonID: "t1"))
    }

    @Test func beforeAnything() {
        let s = inbox.state(at: SampleInbox.At.beforeAnything)
        #expect(s.time == SampleInbox.At.beforeAnything)
        #expect(s.eventCount == 0)
        #expect(s.invitations.isEmpty)
        #expect(s.pendingIncoming.isEmpty)
        #expect(s.threads.isEmpty)
        #expect(s.ownerPosts.isEmpty)
        // Connections from before the log count from the start.
        #expect(s.connectionCount == 1)
        #expect(s.isConnected(priya))
        #expect(s.connectedSince[Int(priya.index)] == ts("2024-05-01"))
        #expect(!s.isConnected(dana))
        #expect(!s.isConnected(.owner), "the owner is not connected to themself")
    }

    @Test func afterTheOwnersPost() throws {
        let s = inbox.state(at: SampleInbox.At.afterPost)
        #expect(s.eventCount == 1)
        #expect(s.ownerPosts == [try #require(inbox.ref(forPostID: "post1"))])
    }

    @Test func afterTheInvite() throws {
        let s = inbox.state(at: SampleInbox.At.afterInvite)
        #expect(s.eventCount == 2)
        let pending = s.pendingIncoming
        #expect(pending.count == 1)
        let inv = try #require(pending.first)
        #expect(inv.from == dana && inv.to == .owner)
        #expect(inv.isIncoming && inv.isPending)
        #expect(inv.counterpart == dana)
        #expect(inv.at == SampleInbox.At.afterInvite)
        #expect(inbox.events[inv.event].text == "Truly an honour")
        #expect(s.invitation(with: dana) == inv)
        #expect(s.invitation(with: tomas) == nil)
        #expect(s.connectionCount == 1)
        #expect(s.incoming.count == 1)
    }

    @Test func afterTheAccept() throws {
        let s = inbox.state(at: SampleInbox.At.afterAccept)
        #expect(s.pendingIncoming.isEmpty)
        #expect(s.isConnected(dana))
        #expect(s.connectedSince[Int(dana.index)] == SampleInbox.At.afterAccept)
        #expect(s.connectionCount == 2)
        #expect(try #require(s.invitation(with: dana)).status == .accepted(at: SampleInbox.At.afterAccept))
        #expect(s.incoming.count == 1)
        #expect(s.thread(with: dana) == nil)
    }

    @Test func midThread() throws {
        let s = inbox.state(at: SampleInbox.At.midThread)
        let thread = try #require(s.thread(with: dana))
        #expect(thread.counterpart == dana)
        #expect(thread.messages.count == 2)
        #expect(thread.messages.map { inbox.events[Int($0)].text } == [
            "It is truly an honour to be connected.", "How is next week looking for a Zoom?",
        ])
        #expect(thread.lastAt == SampleInbox.At.midThread)
        #expect(!thread.lastFromOwner)
        #expect(s.threads.count == 1)
        #expect(s.thread(with: tomas) == nil)
    }

    @Test func afterTheOwnerReplies() throws {
        let thread = try #require(inbox.state(at: SampleInbox.At.afterOwnerReply).thread(with: dana))
        #expect(thread.messages.count == 3)
        #expect(thread.lastFromOwner)
    }

    @Test func atNow() throws {
        let s = inbox.state()
        #expect(s.time == SampleInbox.At.now)
        #expect(s.eventCount == inbox.events.count)
        let thread = try #require(s.thread(with: dana))
        #expect(thread.messages.count == 4)
        #expect(!thread.lastFromOwner)
        #expect(thread.lastAt == ts("2026-03-13T09:00:00Z"))
        #expect(s.pendingIncoming.map(\.from) == [tomas])
        #expect(s.incoming.count == 2)
        #expect(s.connectionCount == 2)
        #expect(s.isConnected(dana) && s.isConnected(priya) && !s.isConnected(tomas))
    }

    @Test func engagementCountsLikesAndCommentsOnTheOwnersPosts() {
        let s = inbox.state()
        let tomasEngagement = s.engagement(by: tomas, in: inbox).map { inbox.events[Int($0)].type }
        #expect(tomasEngagement == [.like, .comment])
        #expect(s.engagement(by: dana, in: inbox).isEmpty)
        #expect(inbox.state(at: SampleInbox.At.afterInvite).engagement(by: tomas, in: inbox).isEmpty)
        #expect(inbox.state(at: SampleInbox.At.afterAccept).engagement(by: tomas, in: inbox).count == 1)
    }

    @Test func engagementIgnoresActivityOnOtherPeoplesPosts() throws {
        let inbox = try FixtureDecoder.decode("""
        version: 1
        owner: {id: me, name: Robin Okafor}
        people: [{id: d1, name: Dana Whitfield}, {id: t1, name: Tomas Lind}]
        events:
          - {type: post, at: 2026-03-01T08:00:00Z, by: d1, id: dana-post, text: "Buy now"}
          - {type: like, at: 2026-03-01T09:00:00Z, by: t1, post: dana-post}
          - {type: like, at: 2026-03-01T10:00:00Z, by: me, post: dana-post}
        """, format: .yaml)
        let s = inbox.state()
        let tomas = try #require(inbox.ref(forPersonID: "t1"))
        let dana = try #require(inbox.ref(forPersonID: "d1"))
        #expect(s.engagement(by: tomas, in: inbox).isEmpty)
        #expect(s.engagement(by: dana, in: inbox).isEmpty)
        #expect(s.activity[Int(dana.index)].count == 3, "her post and both likes of it")
        #expect(s.ownerPosts.isEmpty)
    }

    @Test func activityListsEachPersonsEvents() {
        let s = inbox.state()
        #expect(s.activity[Int(dana.index)].count == 6)
        #expect(s.activity[Int(tomas.index)].count == 3)
        #expect(s.activity[Int(priya.index)].isEmpty)
        #expect(s.activity[0].isEmpty, "the owner's own activity is not listed")
    }

    @Test func ignoredAndOutgoingInvitations() throws {
        let inbox = try FixtureDecoder.decode("""
        version: 1
        owner: {id: me, name: Robin Okafor}
        people: [{id: d1, name: Dana Whitfield}, {id: t1, name: Tomas Lind}]
        events:
          - {type: invite, at: 2026-03-01T08:00:00Z, from: d1, to: me}
          - {type: ignore, at: 2026-03-02T08:00:00Z, by: me, from: d1}
          - {type: invite, at: 2026-03-03T08:00:00Z, from: me, to: t1}
          - {type: accept, at: 2026-03-04T08:00:00Z, by: t1, from: me}
          - {type: invite, at: 2026-03-05T08:00:00Z, from: d1, to: me}
        """, format: .yaml)
        let dana = try #require(inbox.ref(forPersonID: "d1"))
        let tomas = try #require(inbox.ref(forPersonID: "t1"))
        let afterIgnore = inbox.state(at: ts("2026-03-02T08:00:00Z"))
        #expect(afterIgnore.invitation(with: dana)?.status == .ignored(at: ts("2026-03-02T08:00:00Z")))
        #expect(!afterIgnore.isConnected(dana))
        #expect(afterIgnore.pendingIncoming.isEmpty)
        let outgoing = inbox.state(at: ts("2026-03-03T08:00:00Z"))
        #expect(outgoing.pendingIncoming.isEmpty, "an invitation the owner sent is not incoming")
        #expect(outgoing.invitation(with: tomas)?.isIncoming == false)
        #expect(outgoing.invitation(with: tomas)?.counterpart == tomas)
        let s = inbox.state()
        #expect(s.isConnected(tomas))
        #expect(s.connectionCount == 1)
        #expect(s.invitations.count == 3)
        #expect(s.incoming.count == 2)
        // An ignored person may ask again; the latest invitation is theirs.
        #expect(s.pendingIncoming.map(\.from) == [dana])
        #expect(s.invitation(with: dana)?.isPending == true)
    }

    @Test func foldingIncrementallyMatchesFoldingAtOnce() {
        var s = InboxState(inbox: inbox, upTo: 0, time: SampleInbox.At.beforeAnything)
        for (i, e) in inbox.events.enumerated() { s.apply(e, index: i) }
        let direct = inbox.state(at: inbox.events.last?.at)
        #expect(s.eventCount == direct.eventCount)
        #expect(s.time == direct.time)
        #expect(s.connectedSince == direct.connectedSince)
        #expect(s.invitations == direct.invitations)
        #expect(s.threads == direct.threads)
        #expect(s.activity == direct.activity)
    }
}
