import InboxModel
import Testing

/// Each event type as written in a fixture, and what it becomes in the log.
@Suite struct EventDecodingTests {
    static let header = """
    version: 1
    owner: {id: me, name: Robin Okafor}
    people:
      - {id: d1, name: Dana Whitfield}
      - {id: t1, name: Tomas Lind}
    events:
    """

    /// Decodes `header` plus `lines` and returns the event in file position `index`.
    func event(_ lines: String, index: Int = 0) throws -> (Inbox, Event) {
        let inbox = try FixtureDecoder.decode(Self.header + "\n" + lines, format: .yaml)
        let e = try #require(inbox.events.first { $0.sequence == index })
        return (inbox, e)
    }

    @Test func inviteWithNoteAndLabel() throws {
        let (inbox, e) = try event("""
          - {type: invite, at: 2026-03-02T10:00:00Z, from: d1, to: me, note: "Truly an honour", label: accept, caption: Dana asks}
        """)
        #expect(e.type == .invite)
        #expect(e.at == ts("2026-03-02T10:00:00Z"))
        #expect(e.actor == inbox.ref(forPersonID: "d1"))
        #expect(e.subject == .owner)
        #expect(e.text == "Truly an honour")
        #expect(e.label == .accept)
        #expect(e.caption == "Dana asks")
        #expect(e.post == nil)
        #expect(e.counterpart == inbox.ref(forPersonID: "d1"))
    }

    @Test func inviteWithoutNoteHasEmptyText() throws {
        let (inbox, e) = try event("  - {type: invite, at: 2026-03-02T10:00:00Z, from: me, to: t1, label: ignore}")
        #expect(e.actor == .owner)
        #expect(e.subject == inbox.ref(forPersonID: "t1"))
        #expect(e.text.isEmpty)
        #expect(e.label == .ignore)
        #expect(e.caption == nil)
    }

    @Test func acceptAndIgnore() throws {
        let lines = """
          - {type: invite, at: 2026-03-02T10:00:00Z, from: d1, to: me}
          - {type: accept, at: 2026-03-03T10:00:00Z, by: me, from: d1}
          - {type: invite, at: 2026-03-04T10:00:00Z, from: me, to: t1}
          - {type: ignore, at: 2026-03-05T10:00:00Z, by: t1, from: me}
        """
        let (inbox, accept) = try event(lines, index: 1)
        #expect(accept.type == .accept)
        #expect(accept.actor == .owner)
        #expect(accept.subject == inbox.ref(forPersonID: "d1"))
        let (_, ignore) = try event(lines, index: 3)
        #expect(ignore.type == .ignore)
        #expect(ignore.actor == inbox.ref(forPersonID: "t1"))
        #expect(ignore.subject == .owner)
    }

    @Test func messageBothWays() throws {
        let lines = """
          - {type: message, at: 2026-03-03T09:05:00Z, from: d1, to: me, body: "How is next week looking?"}
          - {type: message, at: 2026-03-03T09:06:00Z, from: me, to: d1, body: "What is it about?"}
        """
        let (inbox, incoming) = try event(lines, index: 0)
        #expect(incoming.type == .message)
        #expect(incoming.actor == inbox.ref(forPersonID: "d1"))
        #expect(incoming.subject == .owner)
        #expect(incoming.text == "How is next week looking?")
        let (_, outgoing) = try event(lines, index: 1)
        #expect(outgoing.actor == .owner)
        #expect(outgoing.counterpart == inbox.ref(forPersonID: "d1"))
    }

    @Test func postCommentAndLike() throws {
        let lines = """
          - {type: post, at: 2026-03-01T08:00:00Z, by: me, id: hiring, text: "Hiring in Lagos"}
          - {type: comment, at: 2026-03-01T09:00:00Z, by: t1, post: hiring, text: "Which roles?"}
          - {type: like, at: 2026-03-01T10:00:00Z, by: d1, post: hiring}
          - {type: post, at: 2026-03-01T11:00:00Z, by: t1, id: tomas-post, text: "Our study is out"}
          - {type: like, at: 2026-03-01T12:00:00Z, by: me, post: tomas-post}
        """
        let (inbox, post) = try event(lines, index: 0)
        let ref = try #require(inbox.ref(forPostID: "hiring"))
        #expect(inbox.posts.count == 2)
        let stored = inbox.post(ref)
        #expect(stored.id == "hiring" && stored.author == .owner && stored.text == "Hiring in Lagos")
        #expect(stored.at == ts("2026-03-01T08:00:00Z"))
        #expect(post.type == .post)
        #expect(post.post == ref)
        #expect(post.actor == .owner && post.subject == .owner)
        #expect(post.text == "Hiring in Lagos")

        let (_, comment) = try event(lines, index: 1)
        #expect(comment.type == .comment)
        #expect(comment.actor == inbox.ref(forPersonID: "t1"))
        #expect(comment.subject == .owner, "a comment's subject is the post's author")
        #expect(comment.post == ref)
        #expect(comment.text == "Which roles?")

        let (_, like) = try event(lines, index: 2)
        #expect(like.type == .like)
        #expect(like.actor == inbox.ref(forPersonID: "d1"))
        #expect(like.post == ref)
        #expect(like.text.isEmpty)

        let (_, ownerLike) = try event(lines, index: 4)
        #expect(ownerLike.actor == .owner)
        #expect(ownerLike.subject == inbox.ref(forPersonID: "t1"))
        #expect(ownerLike.post == inbox.ref(forPostID: "tomas-post"))
    }

    @Test func captionOnAnyEventTypeAndNullCaption() throws {
        let (_, e) = try event("""
          - {type: post, at: 2026-03-01T08:00:00Z, by: me, id: p, text: t, caption: "Day 1: the owner posts"}
          - {type: like, at: 2026-03-01T09:00:00Z, by: d1, post: p, caption: null}
        """)
        #expect(e.caption == "Day 1: the owner posts")
        let (_, like) = try event("""
          - {type: post, at: 2026-03-01T08:00:00Z, by: me, id: p, text: t}
          - {type: like, at: 2026-03-01T09:00:00Z, by: d1, post: p, caption: null}
        """, index: 1)
        #expect(like.caption == nil)
    }

    @Test func commentMayComeBeforeItsPostInFileOrder() throws {
        let (inbox, comment) = try event("""
          - {type: comment, at: 2026-03-01T09:00:00Z, by: t1, post: later, text: "Nice"}
          - {type: post, at: 2026-03-01T08:00:00Z, by: d1, id: later, text: "Written second, posted first"}
        """)
        #expect(comment.post == inbox.ref(forPostID: "later"))
        #expect(comment.subject == inbox.ref(forPersonID: "d1"))
    }

    @Test func eventsMayComeBeforePeopleInTheFile() throws {
        let inbox = try FixtureDecoder.decode("""
        version: 1
        events:
          - {type: message, at: 2026-03-01T08:00:00Z, from: d1, to: me, body: "Hello"}
        owner: {id: me, name: Robin Okafor}
        people:
          - {id: d1, name: Dana Whitfield}
        """, format: .yaml)
        #expect(inbox.events.first?.actor == inbox.ref(forPersonID: "d1"))
    }

    /// Top-level keys may come in any order; an owner written after the
    /// events must still resolve the events that mention it.
    @Test(arguments: [
        "version: 1\npeople: [{id: d1, name: Dana Whitfield}]\nevents: [{type: invite, at: 2026-03-01T08:00:00Z, from: d1, to: me}]\nowner: {id: me, name: Robin Okafor}\n",
        "events: [{type: invite, at: 2026-03-01T08:00:00Z, from: d1, to: me}]\nowner: {id: me, name: Robin Okafor}\npeople: [{id: d1, name: Dana Whitfield}]\nversion: 1\n",
        "owner: {id: me, name: Robin Okafor}\nevents: [{type: invite, at: 2026-03-01T08:00:00Z, from: d1, to: me}]\nversion: 1\npeople: [{id: d1, name: Dana Whitfield}]\n",
    ])
    func topLevelKeysInAnyOrder(yaml: String) throws {
        let inbox = try FixtureDecoder.decode(yaml, format: .yaml)
        #expect(inbox.events.first?.subject == .owner)
        #expect(inbox.events.first?.actor == inbox.ref(forPersonID: "d1"))
    }

    @Test func peopleFields() throws {
        let inbox = try SampleInbox.inbox()
        #expect(inbox.title == "The article's inbox")
        #expect(inbox.owner == Person(id: "me", name: "Robin Okafor", headline: "Founder", connections: 8000))
        #expect(inbox.people.count == 4)
        let d1 = inbox.person(try #require(inbox.ref(forPersonID: "d1")))
        #expect(d1 == Person(
            id: "d1", name: "Dana Whitfield", headline: "Visionary | Investor", photo: false, connections: 12,
            joined: ts("2026-02-01"), mutual: 0, label: .thirsty))
        #expect(d1.firstName == "Dana")
        let p1 = inbox.person(try #require(inbox.ref(forPersonID: "p1")))
        #expect(p1.connected == ts("2024-05-01"))
        #expect(p1.photo, "photo defaults to true")
        #expect(p1.label == nil)
        #expect(inbox.others.map(\.id) == ["d1", "p1", "t1"])
        #expect(inbox.ref(forPersonID: "nobody") == nil)
        #expect(inbox.now == ts("2026-03-20T09:00:00Z"))
        #expect(inbox.nowIsExplicit)
    }

    @Test func nowDefaultsToTheLastEvent() throws {
        let inbox = try FixtureDecoder.decode("""
        {"version": 1, "owner": {"id": "me", "name": "Robin Okafor"}, "people": [{"id": "d1", "name": "Dana Whitfield"}],
         "events": [{"type": "message", "at": "2026-03-05T08:00:00Z", "from": "d1", "to": "me", "body": "Later"},
                    {"type": "message", "at": "2026-03-01T08:00:00Z", "from": "d1", "to": "me", "body": "Earlier"}]}
        """, format: .json)
        #expect(inbox.now == ts("2026-03-05T08:00:00Z"))
        #expect(!inbox.nowIsExplicit)
        #expect(inbox.start == ts("2026-03-01T08:00:00Z"))
    }

    @Test func emptyLogStartsAndEndsAtNow() throws {
        let inbox = try FixtureDecoder.decode("version: 1\nowner: {id: me, name: R}\npeople: []\nevents: []\n", format: .yaml)
        #expect(inbox.events.isEmpty)
        #expect(inbox.now == Timestamp(milliseconds: 0))
        #expect(inbox.start == inbox.now)
        #expect(inbox.title == nil)
    }
}
