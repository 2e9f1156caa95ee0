import InboxModel
import Testing

/// Bad data a person might write by hand, each with the exact one-line
/// error the decoder gives: location, field path and message.
@Suite struct MalformedFixtureTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var format: FixtureFormat
        var text: String
        var expected: FixtureError
        var testDescription: String { name }
    }

    /// Five lines of valid preamble; the first event is on line 7.
    static let header = """
    version: 1
    owner: {id: me, name: Robin Okafor}
    people:
      - {id: d1, name: Dana Whitfield}
      - {id: t1, name: Tomas Lind}
    events:
    """

    static func yaml(_ name: String, events: String, _ expected: FixtureError) -> Case {
        Case(name: name, format: .yaml, text: header + "\n" + events + "\n", expected: expected)
    }

    static func json(_ name: String, _ text: String, _ expected: FixtureError) -> Case {
        Case(name: name, format: .json, text: text, expected: expected)
    }

    static let jsonOwner = #""owner": {"id": "me", "name": "Robin Okafor"}"#

    static let cases: [Case] = [
        yaml("unknown event key with suggestion",
             events: "  - {type: invite, at: 2026-03-02T10:00:00Z, from: d1, to: me, noet: hi}",
             .at(7, 70, "events[0].noet", #"unknown key "noet"; did you mean "note"?"#)),
        Case(name: "unknown top-level key with suggestion", format: .yaml, text: """
            version: 1
            owner: {id: me, name: Robin Okafor}
            peple: []
            events: []
            """, expected: .at(3, 8, "peple", #"unknown key "peple"; did you mean "people"?"#)),
        Case(name: "unknown key without a near match", format: .yaml, text: """
            version: 1
            owner: {id: me, name: Robin Okafor, favouriteColour: teal}
            people: []
            events: []
            """, expected: .at(2, 54, "owner.favouriteColour", #"unknown key "favouriteColour""#)),
        Case(name: "missing required key", format: .yaml, text: """
            version: 1
            owner: {id: me, name: Robin Okafor}
            events: []
            """, expected: .at(1, 1, "", #"missing required key "people""#)),
        Case(name: "wrong version", format: .yaml, text: """
            version: 2
            owner: {id: me, name: Robin Okafor}
            people: []
            events: []
            """, expected: .at(1, 10, "version", "unsupported fixture version 2; this build reads version 1")),
        Case(name: "version as a word", format: .yaml, text: """
            version: one
            owner: {id: me, name: Robin Okafor}
            people: []
            events: []
            """, expected: .at(1, 10, "version", "expected a whole number, found a string")),
        yaml("unknown event type with suggestion",
             events: "  - {type: invit, at: 2026-03-02T10:00:00Z, from: d1, to: me}",
             .at(7, 12, "events[0].type", #"unknown event type "invit"; did you mean "invite"?"#)),
        yaml("unknown event type far from any",
             events: "  - {type: endorsement, at: 2026-03-02T10:00:00Z, from: d1, to: me}",
             .at(7, 12, "events[0].type",
                 #"unknown event type "endorsement"; expected one of invite, accept, ignore, message, post, comment, like"#)),
        yaml("unknown person with suggestion",
             events: "  - {type: invite, at: 2026-03-02T10:00:00Z, from: t9, to: me}",
             .at(7, 52, "events[0].from", #"unknown person "t9"; did you mean "t1"?"#)),
        Case(name: "duplicate person id", format: .yaml, text: """
            version: 1
            owner: {id: me, name: Robin Okafor}
            people:
              - {id: d1, name: Dana Whitfield}
              - {id: d1, name: Dana Whitfield-Ng}
            events: []
            """, expected: .at(5, 10, "people[1].id", #"duplicate id "d1" (already used by another person)"#)),
        Case(name: "person reusing the owner's id", format: .yaml, text: """
            version: 1
            owner: {id: me, name: Robin Okafor}
            people:
              - {id: me, name: Dana Whitfield}
            events: []
            """, expected: .at(4, 10, "people[0].id", #"duplicate id "me" (already used by the owner)"#)),
        yaml("duplicate post id", events: """
              - {type: post, at: 2026-03-02T10:00:00Z, by: me, id: p, text: a}
              - {type: post, at: 2026-03-02T11:00:00Z, by: me, id: p, text: b}
            """, .at(8, 56, "events[1].id", #"duplicate post id "p""#)),
        yaml("February 30th", events: "  - {type: invite, at: 2026-02-30T10:00:00Z, from: d1, to: me}",
             .at(7, 24, "events[0].at", #""2026-02-30T10:00:00Z": day 30 does not exist in 2026-02"#)),
        yaml("hour 25", events: "  - {type: invite, at: 2026-02-03T25:00:00Z, from: d1, to: me}",
             .at(7, 24, "events[0].at", #""2026-02-03T25:00:00Z": hour 25 is not between 0 and 23"#)),
        yaml("timestamp without zone", events: "  - {type: invite, at: 2026-02-03T10:00:00, from: d1, to: me}",
             .at(7, 24, "events[0].at",
                 #""2026-02-03T10:00:00": timestamp has no time zone; add Z or an offset like +02:00"#)),
        Case(name: "bad joined date", format: .yaml, text: """
            version: 1
            owner: {id: me, name: Robin Okafor}
            people:
              - {id: d1, name: Dana Whitfield, joined: 2025-02-29}
            events: []
            """, expected: .at(4, 44, "people[0].joined", #""2025-02-29": day 29 does not exist in 2025-02"#)),
        yaml("accept without invite", events: "  - {type: accept, at: 2026-02-03T10:00:00Z, by: me, from: d1}",
             .at(7, 5, "events[0]", #"no pending invitation from "d1" to "me" at this time"#)),
        yaml("accept of someone else's invitation", events: """
              - {type: invite, at: 2026-02-03T10:00:00Z, from: d1, to: me}
              - {type: accept, at: 2026-02-04T10:00:00Z, by: t1, from: d1}
            """, .at(8, 5, "events[1]", #"no pending invitation from "d1" to "t1" at this time"#)),
        yaml("comment on unknown post", events: "  - {type: comment, at: 2026-02-03T10:00:00Z, by: d1, post: nope, text: hi}",
             .at(7, 61, "events[0].post", #"unknown post "nope""#)),
        yaml("comment before its post", events: """
              - {type: comment, at: 2026-02-03T10:00:00Z, by: d1, post: p, text: hi}
              - {type: post, at: 2026-03-02T11:00:00Z, by: me, id: p, text: b}
            """, .at(7, 5, "events[0]", #"post "p" is not published yet at this time"#)),
        yaml("message between two other people",
             events: "  - {type: message, at: 2026-02-03T10:00:00Z, from: d1, to: t1, body: hi}",
             .at(7, 5, "events[0]", "a message must be from or to the owner")),
        yaml("invite to oneself", events: "  - {type: invite, at: 2026-02-03T10:00:00Z, from: d1, to: d1}",
             .at(7, 60, "events[0].to", "an invite cannot be addressed to its sender")),
        yaml("second invitation while one is pending", events: """
              - {type: invite, at: 2026-02-03T10:00:00Z, from: d1, to: me}
              - {type: invite, at: 2026-02-04T10:00:00Z, from: me, to: d1}
            """, .at(8, 5, "events[1]", #"an invitation from "d1" to "me" is already pending"#)),
        yaml("invalid invitation label",
             events: "  - {type: invite, at: 2026-02-03T10:00:00Z, from: d1, to: me, label: maybe}",
             .at(7, 71, "events[0].label", #"unknown label "maybe"; expected accept or ignore"#)),
        Case(name: "invalid person label", format: .yaml, text: """
            version: 1
            owner: {id: me, name: Robin Okafor}
            people:
              - {id: d1, name: Dana Whitfield, label: spammy}
            events: []
            """, expected: .at(4, 43, "people[0].label", #"unknown label "spammy"; expected thirsty or sincere"#)),
        Case(name: "negative connections", format: .yaml, text: """
            version: 1
            owner: {id: me, name: Robin Okafor}
            people:
              - {id: d1, name: Dana Whitfield, connections: -3}
            events: []
            """, expected: .at(4, 49, "people[0].connections", "must be 0 or more, found -3")),
        json("negative mutual",
             #"{"version": 1, \#(jsonOwner), "people": [{"id": "d1", "name": "Dana Whitfield", "mutual": -1}], "events": []}"#,
             .at(1, 123, "people[0].mutual", "must be 0 or more, found -1")),
        yaml("required key of an event type", events: "  - {type: message, at: 2026-02-03T10:00:00Z, from: d1, to: me}",
             .at(7, 5, "events[0]", #"missing required key "body" for a message event"#)),
        yaml("key of another event type", events: "  - {type: invite, at: 2026-02-03T10:00:00Z, from: d1, to: me, body: hi}",
             .at(7, 5, "events[0].body", "not allowed on an invite event")),
        Case(name: "person-only key on the owner", format: .yaml, text: """
            version: 1
            owner: {id: me, name: Robin Okafor, label: sincere}
            people: []
            events: []
            """, expected: .at(2, 44, "owner.label", "not allowed on the owner")),
        json("trailing garbage after JSON",
             #"{"version": 1, \#(jsonOwner), "people": [], "events": []} x"#,
             .at(1, 91, "", "unexpected 'x' after the end of the document")),
        json("trailing comma",
             #"{"version": 1, \#(jsonOwner), "people": [], "events": [],}"#,
             .at(1, 90, "", "trailing comma before '}'")),
        json("string where a number belongs",
             #"{"version": 1, "owner": {"id": "me", "name": "Robin Okafor", "connections": "500+"}, "people": [], "events": []}"#,
             .at(1, 77, "owner.connections", "expected a whole number, found a string")),
        json("mapping where a list belongs",
             #"{"version": 1, \#(jsonOwner), "people": {"d1": "Dana"}, "events": []}"#,
             .at(1, 73, "people", "expected a list, found a mapping")),
        json("list where a mapping belongs",
             #"{"version": 1, "owner": ["me"], "people": [], "events": []}"#,
             .at(1, 25, "owner", "expected a mapping, found a list")),
        json("number where a string belongs",
             #"{"version": 1, "owner": {"id": 7, "name": "Robin Okafor"}, "people": [], "events": []}"#,
             .at(1, 32, "owner.id", "expected a string, found a number")),
        Case(name: "YAML syntax error", format: .yaml, text: """
            version: 1
            owner: {id: me, name: "Robin Okafor}
            people: []
            events: []
            """, expected: .at(4, 11, "", "not valid YAML: found unexpected end of stream")),
        Case(name: "YAML tab indentation", format: .yaml, text: "version: 1\nowner:\n\tid: me\n",
             expected: .at(3, 1, "", "not valid YAML: found character that cannot start any token")),
    ]

    @Test(arguments: cases)
    func reportsTheExactError(_ c: Case) throws {
        let error = try #require(decodingError(c.text, c.format), "decoded without error")
        #expect(error.path == c.expected.path)
        #expect(error.message == c.expected.message)
        #expect(error.location == c.expected.location)
        #expect(error.file == nil)
    }

    @Test func printsAsOneCompilerStyleLine() throws {
        let text = Self.header + "\n  - {type: invite, at: 2026-03-02T10:00:00Z, from: t9, to: me}\n"
        let error = try #require(decodingError(text, .yaml, file: "inbox.yaml"))
        #expect(error.description == #"inbox.yaml:7:52: events[0].from: unknown person "t9"; did you mean "t1"?"#)
        #expect(FixtureError(message: "file is empty").description == "file is empty")
        #expect(FixtureError(path: "version", message: "m").description == "version: m")
        #expect(FixtureError(file: "f.json", message: "m").description == "f.json: m")
    }

    @Test func loaderReportsMissingFilesApartFromBadData() {
        #expect(throws: FixtureLoadError.notFound(path: "/nonexistent/inbox.yaml")) {
            try FixtureLoader.load(path: "/nonexistent/inbox.yaml")
        }
        #expect(FixtureLoadError.notFound(path: "x.yaml").description == "x.yaml: no such file")
    }
}

/// The two spellings share one schema decoder, so the same mistake gives
/// the same field path and message in JSON and YAML.
@Suite struct MalformedSpellingAgreementTests {
    struct Pair: Sendable, CustomTestStringConvertible {
        var name: String
        var json: String
        var yaml: String
        var testDescription: String { name }
    }

    static func pair(_ name: String, json: String, yaml: String) -> Pair { Pair(name: name, json: json, yaml: yaml) }
    static let owner = #""owner": {"id": "me", "name": "Robin Okafor"}"#

    static let pairs: [Pair] = [
        pair("unknown key",
             json: #"{"version": 1, \#(owner), "peple": [], "events": []}"#,
             yaml: "version: 1\nowner: {id: me, name: Robin Okafor}\npeple: []\nevents: []\n"),
        pair("missing key",
             json: #"{"version": 1, \#(owner), "events": []}"#,
             yaml: "version: 1\nowner: {id: me, name: Robin Okafor}\nevents: []\n"),
        pair("wrong version",
             json: #"{"version": 3, \#(owner), "people": [], "events": []}"#,
             yaml: "version: 3\nowner: {id: me, name: Robin Okafor}\npeople: []\nevents: []\n"),
        pair("unknown person",
             json: #"{"version": 1, \#(owner), "people": [{"id": "t1", "name": "Tomas Lind"}], "events": [{"type": "invite", "at": "2026-03-02T10:00:00Z", "from": "t9", "to": "me"}]}"#,
             yaml: "version: 1\nowner: {id: me, name: Robin Okafor}\npeople: [{id: t1, name: Tomas Lind}]\nevents: [{type: invite, at: 2026-03-02T10:00:00Z, from: t9, to: me}]\n"),
        pair("bad timestamp",
             json: #"{"version": 1, \#(owner), "people": [], "events": [], "now": "2026-02-30T00:00:00Z"}"#,
             yaml: "version: 1\nowner: {id: me, name: Robin Okafor}\npeople: []\nevents: []\nnow: 2026-02-30T00:00:00Z\n"),
        pair("wrong type for a count",
             json: #"{"version": 1, "owner": {"id": "me", "name": "Robin Okafor", "connections": true}, "people": [], "events": []}"#,
             yaml: "version: 1\nowner: {id: me, name: Robin Okafor, connections: true}\npeople: []\nevents: []\n"),
        pair("mapping where a list belongs",
             json: #"{"version": 1, \#(owner), "people": {}, "events": []}"#,
             yaml: "version: 1\nowner: {id: me, name: Robin Okafor}\npeople: {}\nevents: []\n"),
        pair("list where a mapping belongs",
             json: #"{"version": 1, "owner": [], "people": [], "events": []}"#,
             yaml: "version: 1\nowner: []\npeople: []\nevents: []\n"),
        pair("null where a list belongs",
             json: #"{"version": 1, \#(owner), "people": null, "events": []}"#,
             yaml: "version: 1\nowner: {id: me, name: Robin Okafor}\npeople: null\nevents: []\n"),
        pair("accept without invite",
             json: #"{"version": 1, \#(owner), "people": [{"id": "d1", "name": "Dana Whitfield"}], "events": [{"type": "accept", "at": "2026-03-02T10:00:00Z", "by": "me", "from": "d1"}]}"#,
             yaml: "version: 1\nowner: {id: me, name: Robin Okafor}\npeople: [{id: d1, name: Dana Whitfield}]\nevents: [{type: accept, at: 2026-03-02T10:00:00Z, by: me, from: d1}]\n"),
        pair("unknown event type",
             json: #"{"version": 1, \#(owner), "people": [], "events": [{"type": "endorse", "at": "2026-03-02T10:00:00Z"}]}"#,
             yaml: "version: 1\nowner: {id: me, name: Robin Okafor}\npeople: []\nevents: [{type: endorse, at: 2026-03-02T10:00:00Z}]\n"),
        pair("list where a string belongs",
             json: #"{"version": 1, "owner": {"id": [12], "name": "Robin Okafor"}, "people": [], "events": []}"#,
             yaml: "version: 1\nowner: {id: [12], name: Robin Okafor}\npeople: []\nevents: []\n"),
    ]

    @Test(arguments: pairs)
    func sameMistakeSameError(_ p: Pair) throws {
        let j = try #require(decodingError(p.json, .json))
        let y = try #require(decodingError(p.yaml, .yaml))
        #expect(j.path == y.path)
        #expect(j.message == y.message)
        #expect(j.location != nil && y.location != nil)
    }
}
