import InboxModel
import Testing

/// The source article's scenario in miniature, used by the model tests.
/// Times are chosen so each phase of the story has its own moment to fold at.
enum SampleInbox {
    static let yaml = """
    version: 1
    title: The article's inbox
    owner: {id: me, name: Robin Okafor, headline: Founder, connections: 8000}
    now: 2026-03-20T09:00:00Z
    people:
      - {id: d1, name: Dana Whitfield, headline: "Visionary | Investor", photo: false, connections: 12, joined: 2026-02-01, mutual: 0, label: thirsty}
      - {id: p1, name: Priya Raman, connected: 2024-05-01}
      - {id: t1, name: Tomas Lind, label: sincere}
    events:
      - {type: post, at: 2026-03-01T08:00:00Z, by: me, id: post1, text: "Hiring in Lagos"}
      - {type: invite, at: 2026-03-02T10:00:00Z, from: d1, to: me, note: "Truly an honour", label: accept}
      - {type: like, at: 2026-03-02T11:00:00Z, by: t1, post: post1}
      - {type: accept, at: 2026-03-03T09:00:00Z, by: me, from: d1}
      - {type: message, at: 2026-03-03T09:05:00Z, from: d1, to: me, body: "It is truly an honour to be connected."}
      - {type: comment, at: 2026-03-04T12:00:00Z, by: t1, post: post1, text: "Which roles?", caption: Tomas engages first}
      - {type: message, at: 2026-03-06T09:00:00Z, from: d1, to: me, body: "How is next week looking for a Zoom?"}
      - {type: invite, at: 2026-03-07T09:00:00Z, from: t1, to: me}
      - {type: message, at: 2026-03-08T10:00:00Z, from: me, to: d1, body: "What would the call be about?"}
      - {type: message, at: 2026-03-13T09:00:00Z, from: d1, to: me, body: "Perhaps you did not see my last message."}
    """

    /// The same inbox in JSON, with offsets where the YAML has UTC.
    static let json = """
    {"version": 1, "title": "The article's inbox", "now": "2026-03-20T10:00:00+01:00",
     "owner": {"id": "me", "name": "Robin Okafor", "headline": "Founder", "connections": 8000},
     "people": [
      {"id": "d1", "name": "Dana Whitfield", "headline": "Visionary | Investor", "photo": false, "connections": 12,
       "joined": "2026-02-01", "mutual": 0, "label": "thirsty"},
      {"id": "p1", "name": "Priya Raman", "connected": "2024-05-01T00:00:00Z"},
      {"id": "t1", "name": "Tomas Lind", "label": "sincere"}],
     "events": [
      {"type": "post", "at": "2026-03-01T08:00:00Z", "by": "me", "id": "post1", "text": "Hiring in Lagos"},
      {"type": "invite", "at": "2026-03-02T10:00:00Z", "from": "d1", "to": "me", "note": "Truly an honour", "label": "accept"},
      {"type": "like", "at": "2026-03-02T11:00:00Z", "by": "t1", "post": "post1"},
      {"type": "accept", "at": "2026-03-03T09:00:00Z", "by": "me", "from": "d1"},
      {"type": "message", "at": "2026-03-03T09:05:00Z", "from": "d1", "to": "me", "body": "It is truly an honour to be connected."},
      {"type": "comment", "at": "2026-03-04T12:00:00Z", "by": "t1", "post": "post1", "text": "Which roles?", "caption": "Tomas engages first"},
      {"type": "message", "at": "2026-03-06T09:00:00Z", "from": "d1", "to": "me", "body": "How is next week looking for a Zoom?"},
      {"type": "invite", "at": "2026-03-07T09:00:00Z", "from": "t1", "to": "me"},
      {"type": "message", "at": "2026-03-08T10:00:00Z", "from": "me", "to": "d1", "body": "What would the call be about?"},
      {"type": "message", "at": "2026-03-13T09:00:00Z", "from": "d1", "to": "me", "body": "Perhaps you did not see my last message."}]}
    """

    /// Moments in the story, each just after the event it names.
    enum At {
        static let beforeAnything = ts("2026-02-28T00:00:00Z")
        static let afterPost = ts("2026-03-01T08:00:00Z")
        static let afterInvite = ts("2026-03-02T10:00:00Z")
        static let afterAccept = ts("2026-03-03T09:00:00Z")
        static let midThread = ts("2026-03-06T09:00:00Z")
        static let afterOwnerReply = ts("2026-03-08T10:00:00Z")
        static let now = ts("2026-03-20T09:00:00Z")
    }

    static func inbox() throws -> Inbox { try FixtureDecoder.decode(yaml, format: .yaml, file: "sample.yaml") }
}

/// A timestamp from a literal the test wrote itself; a typo records an
/// issue against the running test rather than trapping.
func ts(_ text: String) -> Timestamp {
    do {
        return try Timestamp.parse(text, allowDateOnly: true)
    } catch {
        Issue.record("bad timestamp literal \(text): \(error)")
        return Timestamp(milliseconds: 0)
    }
}

/// The error decoding `text` throws, or nil when it decodes.
func decodingError(_ text: String, _ format: FixtureFormat, file: String? = nil) -> FixtureError? {
    decodingError(Array(text.utf8), format, file: file)
}

func decodingError(_ bytes: [UInt8], _ format: FixtureFormat, file: String? = nil) -> FixtureError? {
    do {
        _ = try FixtureDecoder.decode(bytes, format: format, file: file)
        return nil
    } catch {
        return error
    }
}

extension FixtureError {
    /// Shorthand for expected errors in tables.
    static func at(_ line: Int, _ column: Int, _ path: String, _ message: String) -> FixtureError {
        FixtureError(location: InboxModel.SourceLocation(line: line, column: column), path: path, message: message)
    }
}
