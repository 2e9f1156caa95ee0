import Foundation
// Testable for Post's memberwise initialiser, which the reference decoder needs.
import InboxGenerator
@testable import InboxModel
import Testing

/// The streaming JSON decoder is tuned for speed; these tests hold it to the
/// same answers as a plain reference decoder (Foundation's JSONSerialization
/// tree and ISO8601DateFormatter) and as the YAML path, on every fixture the
/// package ships, on a generated inbox, and on hand-written awkward JSON.
@Suite struct FastDecoderAgreementTests {
    /// Every inbox fixture: not the malformed ones, and not the practice
    /// exercises (which point at a scene; the scenes themselves are inboxes).
    static let fixtureFiles: [String] = PackagePaths.files(under: PackagePaths.fixtures)
        .map(PackagePaths.relative)
        .filter { path in
            if path.hasPrefix("Fixtures/malformed/") { return false }
            // Coach drafts sets are lists of drafts that point at inboxes.
            if path.hasSuffix("/drafts.yaml") { return false }
            if path.hasPrefix("Fixtures/exercises/") { return path.hasPrefix("Fixtures/exercises/scenes/") }
            return true
        }

    @Test func thereAreFixturesToCompare() {
        #expect(Self.fixtureFiles.count >= 10)
    }

    /// Each fixture, decoded from its own format, re-encoded as JSON: the fast
    /// decoder and the reference agree on that JSON, and both match the
    /// original; so does a YAML round trip.
    @Test(arguments: fixtureFiles)
    func everyFixtureAgrees(path: String) throws {
        let url = PackagePaths.root.appendingPathComponent(path)
        let bytes = try [UInt8](Data(contentsOf: url))
        let original = try FixtureDecoder.decode(bytes, format: .guess(path: path, bytes: bytes), file: path)
        let json = FixtureEncoder.encode(original, format: .json)
        let fast = try FixtureDecoder.decode(json, format: .json)
        let reference = try ReferenceDecoder.decode(json)
        expectSame(fast, reference, "\(path): fast vs reference")
        // The encoder writes events in log order, so file positions (the
        // tie-breaking sequence numbers, the order of posts) are renumbered.
        expectSame(fast, original, "\(path): fast vs original", renumbered: true)
        let yaml = try FixtureDecoder.decode(FixtureEncoder.encode(original, format: .yaml), format: .yaml)
        expectSame(yaml, original, "\(path): YAML round trip", renumbered: true)
    }

    @Test func generatedInboxAgrees() throws {
        let json = FixtureEncoder.encode(InboxGenerator.generate(GeneratorOptions(people: 150, messages: 1_200)), format: .json)
        let fast = try FixtureDecoder.decode(json, format: .json)
        expectSame(fast, try ReferenceDecoder.decode(json), "generated")
    }

    /// Escapes of every kind, surrogate pairs, non-ASCII text, offsets and
    /// fractions in timestamps, date-only fields, nulls, keys in unusual
    /// orders, and events written before the people they mention.
    @Test func awkwardJSONAgrees() throws {
        let json = #"""
        {"events": [
            {"at": "2026-03-02T10:00:00.250+02:00", "type": "invite", "to": "me", "from": "d\u0031", "note": "Caf\u00e9 \ud83d\ude00 \"quoted\" back\\slash \/ tab\there\nnewline \u001b[31m"},
            {"type": "post", "at": "2026-03-01T08:00:00Z", "by": "me", "id": "p\u00f6st", "text": "Hiring in Lagos — 日本語 and emoji 🎉"},
            {"by": "me", "type": "accept", "at": "2026-03-03T09:00:00Z", "from": "d1", "caption": null},
            {"type": "comment", "at": "2026-03-04T12:00:00-05:30", "by": "t1", "post": "pöst", "text": "\u2028line\u2029para", "caption": "Tomas \u00e9crit"},
            {"type": "like", "at": "2026-03-04T12:01:00Z", "by": "d1", "post": "p\u00f6st"},
            {"type": "message", "at": "2026-03-05T09:05:00Z", "from": "d1", "to": "me", "body": ""},
            {"type": "message", "at": "2026-03-05T09:05:00Z", "from": "me", "to": "d1", "body": "same time, file order"}
          ],
          "people": [
            {"name": "Dana \u00c9lise Whitfield", "id": "d1", "headline": null, "photo": false, "connections": 0, "joined": "2026-02-01", "mutual": null, "label": "thirsty"},
            {"id": "t1", "name": "Tomás Lind", "connected": "2024-05-01T13:45:00+01:00", "label": null, "photo": null}
          ],
          "now": "2026-03-20T09:00:00Z",
          "owner": {"name": "Robin Okafor", "id": "me", "connections": 8000, "joined": "2011-05-03"},
          "title": "Awkward \u0022title\u0022",
          "version": 1
        }
        """#
        let bytes = Array(json.utf8)
        let fast = try FixtureDecoder.decode(bytes, format: .json)
        let reference = try ReferenceDecoder.decode(bytes)
        expectSame(fast, reference, "awkward")
        #expect(fast.events.contains { $0.text.contains("🎉") })
        #expect(fast.events.contains { $0.text.hasPrefix("Café 😀 \"quoted\"") })
    }

    func expectSame(_ a: Inbox, _ b: Inbox, _ what: String, renumbered: Bool = false, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        /// Posts by id, and events numbered by position and pointing at posts by id order.
        func canonical(_ inbox: Inbox) -> (posts: [Post], events: [Event]) {
            guard renumbered else { return (inbox.posts, inbox.events) }
            let posts = inbox.posts.sorted { $0.id < $1.id }
            let rank = Dictionary(uniqueKeysWithValues: posts.enumerated().map { ($1.id, $0) })
            let events = inbox.events.enumerated().map { i, e in
                var copy = e
                copy.sequence = i
                copy.post = e.post.flatMap { rank[inbox.post($0).id] }.map(PostRef.init)
                return copy
            }
            return (posts, events)
        }
        let (ap, ae) = canonical(a), (bp, be) = canonical(b)
        #expect(a.title == b.title, "\(what): title", sourceLocation: sourceLocation)
        #expect(a.now == b.now, "\(what): now", sourceLocation: sourceLocation)
        #expect(a.nowIsExplicit == b.nowIsExplicit, "\(what): now is explicit", sourceLocation: sourceLocation)
        #expect(a.people == b.people, "\(what): people", sourceLocation: sourceLocation)
        #expect(ap == bp, "\(what): posts", sourceLocation: sourceLocation)
        #expect(ae.count == be.count, "\(what): event count", sourceLocation: sourceLocation)
        if let i = (0..<min(ae.count, be.count)).first(where: { ae[$0] != be[$0] }) {
            Issue.record("\(what): events differ first at \(i): \(ae[i]) vs \(be[i])", sourceLocation: sourceLocation)
        }
    }
}

/// A decoder written for clarity, not speed: Foundation parses the whole
/// document into a tree, and the inbox is read off it with no validation.
/// Only for valid fixtures; anything unexpected throws.
enum ReferenceDecoder {
    struct Unexpected: Error, CustomStringConvertible {
        let description: String
    }

    static func decode(_ bytes: [UInt8]) throws -> Inbox {
        guard let root = try JSONSerialization.jsonObject(with: Data(bytes), options: []) as? [String: Any] else {
            throw Unexpected(description: "top level is not an object")
        }
        guard let ownerObject = root["owner"] as? [String: Any] else { throw Unexpected(description: "no owner") }
        let owner = try person(ownerObject)
        let people = try (root["people"] as? [[String: Any]] ?? []).map(person)
        var refs: [String: PersonRef] = [owner.id: .owner]
        for (i, p) in people.enumerated() { refs[p.id] = PersonRef(i + 1) }
        func ref(_ object: [String: Any], _ key: String) throws -> PersonRef {
            guard let id = object[key] as? String, let r = refs[id] else { throw Unexpected(description: "bad \(key)") }
            return r
        }

        let raw = root["events"] as? [[String: Any]] ?? []
        var posts: [Post] = []
        var postRefs: [String: PostRef] = [:]
        for o in raw where o["type"] as? String == "post" {
            guard let id = o["id"] as? String else { throw Unexpected(description: "post without id") }
            postRefs[id] = PostRef(posts.count)
            posts.append(Post(id: id, author: try ref(o, "by"), at: try time(o["at"]), text: o["text"] as? String ?? ""))
        }
        var events: [Event] = []
        for (i, o) in raw.enumerated() {
            guard let typeName = o["type"] as? String, let type = EventType(rawValue: typeName) else {
                throw Unexpected(description: "bad type")
            }
            var e = Event(type: type, at: try time(o["at"]), actor: .owner, subject: .owner, sequence: i)
            e.caption = o["caption"] as? String
            switch type {
            case .invite, .message:
                e.actor = try ref(o, "from")
                e.subject = try ref(o, "to")
                e.text = (o[type == .invite ? "note" : "body"] as? String) ?? ""
                e.label = (o["label"] as? String).flatMap(InvitationLabel.init(rawValue:))
            case .accept, .ignore:
                e.actor = try ref(o, "by")
                e.subject = try ref(o, "from")
            case .post, .comment, .like:
                e.actor = try ref(o, "by")
                let id = type == .post ? o["id"] as? String : o["post"] as? String
                guard let id, let p = postRefs[id] else { throw Unexpected(description: "bad post") }
                e.post = p
                e.subject = posts[Int(p.index)].author
                e.text = o["text"] as? String ?? ""
            }
            events.append(e)
        }
        let now = try root["now"].map { try time($0) }
        return Inbox(title: root["title"] as? String, owner: owner, people: people, posts: posts, events: events, now: now)
    }

    static func person(_ o: [String: Any]) throws -> Person {
        guard let id = o["id"] as? String, let name = o["name"] as? String else { throw Unexpected(description: "person without id or name") }
        var p = Person(id: id, name: name)
        p.headline = o["headline"] as? String ?? ""
        p.photo = o["photo"] as? Bool ?? true
        p.connections = o["connections"] as? Int
        p.mutual = o["mutual"] as? Int
        p.joined = try o["joined"].flatMap { $0 is NSNull ? nil : try time($0) }
        p.connected = try o["connected"].flatMap { $0 is NSNull ? nil : try time($0) }
        p.label = (o["label"] as? String).flatMap(ThreadLabel.init(rawValue:))
        return p
    }

    /// ISO 8601 through Foundation's formatter, independent of `Timestamp.parse`.
    static func time(_ value: Any?) throws -> Timestamp {
        guard let text = value as? String else { throw Unexpected(description: "timestamp is not a string") }
        let f = ISO8601DateFormatter()
        if text.count == 10 {
            f.formatOptions = [.withFullDate]
        } else if text.contains(".") {
            f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        } else {
            f.formatOptions = [.withInternetDateTime]
        }
        guard let date = f.date(from: text) else { throw Unexpected(description: "bad timestamp \(text)") }
        return Timestamp(milliseconds: Int64((date.timeIntervalSince1970 * 1000).rounded()))
    }
}
