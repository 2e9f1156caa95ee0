import InboxModel
import Testing

/// The log is sorted by time whatever the file order; events at the same
/// time keep the order they were written in.
@Suite struct EventOrderTests {
    static let fixture = """
    version: 1
    owner: {id: me, name: Robin Okafor}
    people:
      - {id: d1, name: Dana Whitfield}
    events:
      - {type: message, at: 2026-03-05T09:00:00Z, from: d1, to: me, body: "third"}
      - {type: message, at: 2026-03-01T09:00:00Z, from: d1, to: me, body: "first"}
      - {type: message, at: 2026-03-03T09:00:00Z, from: d1, to: me, body: "tie A"}
      - {type: message, at: 2026-03-03T09:00:00Z, from: me, to: d1, body: "tie B"}
      - {type: message, at: 2026-03-03T11:00:00+02:00, from: d1, to: me, body: "tie C"}
    """

    @Test func sortedByTimeTiesInFileOrder() throws {
        let inbox = try FixtureDecoder.decode(Self.fixture, format: .yaml)
        #expect(inbox.events.map(\.text) == ["first", "tie A", "tie B", "tie C", "third"])
        #expect(inbox.events.map(\.sequence) == [1, 2, 3, 4, 0])
    }

    @Test func sameOrderFromJSON() throws {
        let json = """
        {"version": 1, "owner": {"id": "me", "name": "Robin Okafor"}, "people": [{"id": "d1", "name": "Dana Whitfield"}],
         "events": [
          {"type": "message", "at": "2026-03-03T09:00:00Z", "from": "d1", "to": "me", "body": "tie A"},
          {"type": "message", "at": "2026-03-01T09:00:00Z", "from": "d1", "to": "me", "body": "first"},
          {"type": "message", "at": "2026-03-03T09:00:00Z", "from": "d1", "to": "me", "body": "tie B"}]}
        """
        let inbox = try FixtureDecoder.decode(json, format: .json)
        #expect(inbox.events.map(\.text) == ["first", "tie A", "tie B"])
    }

    @Test func eventCountAtOrBeforeIncludesEventsAtExactlyT() throws {
        let inbox = try FixtureDecoder.decode(Self.fixture, format: .yaml)
        #expect(inbox.eventCount(atOrBefore: .distantPast) == 0)
        #expect(inbox.eventCount(atOrBefore: ts("2026-03-01T08:59:59.999Z")) == 0)
        #expect(inbox.eventCount(atOrBefore: ts("2026-03-01T09:00:00Z")) == 1)
        #expect(inbox.eventCount(atOrBefore: ts("2026-03-03T09:00:00Z")) == 4)
        #expect(inbox.eventCount(atOrBefore: .distantFuture) == 5)
    }

    /// A log out of order in the file is checked in time order: the accept
    /// written first but happening after its invite is valid.
    @Test func rulesAreCheckedInTimeOrderNotFileOrder() throws {
        let inbox = try FixtureDecoder.decode("""
        version: 1
        owner: {id: me, name: Robin Okafor}
        people: [{id: d1, name: Dana Whitfield}]
        events:
          - {type: accept, at: 2026-03-03T09:00:00Z, by: me, from: d1}
          - {type: invite, at: 2026-03-02T09:00:00Z, from: d1, to: me}
        """, format: .yaml)
        #expect(inbox.events.map(\.type) == [.invite, .accept])
    }

    /// At equal times file order decides, so an accept written before its
    /// invite at the same instant has nothing to accept yet.
    @Test func equalTimesUseFileOrderForRules() {
        let error = decodingError("""
        version: 1
        owner: {id: me, name: Robin Okafor}
        people: [{id: d1, name: Dana Whitfield}]
        events:
          - {type: accept, at: 2026-03-02T09:00:00Z, by: me, from: d1}
          - {type: invite, at: 2026-03-02T09:00:00Z, from: d1, to: me}
        """, .yaml)
        #expect(error == .at(5, 5, "events[0]", "no pending invitation from \"d1\" to \"me\" at this time"))
    }

    @Test func constructedInboxSortsItsEvents() {
        let a = Event(type: .post, at: ts("2026-03-02T00:00:00Z"), actor: .owner, subject: .owner, sequence: 0)
        let b = Event(type: .post, at: ts("2026-03-01T00:00:00Z"), actor: .owner, subject: .owner, sequence: 1)
        let c = Event(type: .post, at: ts("2026-03-01T00:00:00Z"), actor: .owner, subject: .owner, sequence: 2)
        let inbox = Inbox(title: nil, owner: Person(id: "me", name: "Robin Okafor"), people: [], posts: [], events: [c, a, b], now: nil)
        #expect(inbox.events.map(\.sequence) == [1, 2, 0])
        #expect(inbox.now == a.at)
    }
}
