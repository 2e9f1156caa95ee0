import Foundation
import InboxGenerator
@testable import InboxModel
import Testing

/// A long events list is read on two cores; these hold that to exactly the
/// answers (and errors) of reading it on one, including when the guessed
/// boundary sits inside a string and when the second half meets what only
/// the first core may handle.
@Suite struct EventListSplitTests {
    static func decode(_ text: String, split: Bool) -> Result<(inbox: Inbox, secondHalf: Int), FixtureError> {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { b in
            Result { () throws(FixtureError) in
                let r = try FixtureDecoder.decodeCountingHalves(b, format: .json, file: "split.json", release: { _ in }, splitEvents: split)
                return (r.inbox, r.secondHalf)
            }
        }
    }

    /// `secondHalf`: whether the second core's events are expected to be used.
    static func expectSame(_ text: String, _ what: String, secondHalf: Bool = true) {
        #expect(text.utf8.count > EventListSplit.minimumBytes, "\(what): too short to split")
        switch (decode(text, split: true), decode(text, split: false)) {
        case (.success(let twoCores), .success(let oneCore)):
            #expect((twoCores.secondHalf > 0) == secondHalf, "\(what): second half read \(twoCores.secondHalf) events")
            #expect(oneCore.secondHalf == 0)
            let a = twoCores.inbox, b = oneCore.inbox
            #expect(a.events == b.events, "\(what): events")
            #expect(a.people == b.people, "\(what): people")
            #expect(a.posts == b.posts, "\(what): posts")
            LoadPathTests.expectSameFold(a.state(), b.state(), what)
        case (.failure(let a), .failure(let b)):
            #expect(a == b, "\(what): errors")
        case (let a, let b):
            Issue.record("\(what): \(a) on two cores, \(b) on one")
        }
    }

    /// A list of `count` messages from `ana`, every body holding `body(i)`,
    /// with `extra(i)` spliced in as more events after message i.
    static func fixture(count: Int, body: (Int) -> String, extra: (Int) -> String = { _ in "" }) -> String {
        var out = #"{"version": 1, "owner": {"id": "me", "name": "Robin Okafor"}, "now": "2026-03-20T09:00:00Z","#
        out += #" "people": [{"id": "ana", "name": "Ana Souza"}, {"id": "ben", "name": "Ben Adler"}],"#
        out += #" "events": [{"type": "post", "at": "2026-01-01T08:00:00Z", "by": "me", "id": "p0", "text": "Hello"}"#
        for i in 0..<count {
            let minute = String(format: "%02d", i % 60), hour = String(format: "%02d", (i / 60) % 24)
            let day = String(format: "%02d", 2 + i / 1440)
            out += ",\n  {\"type\": \"message\", \"at\": \"2026-01-\(day)T\(hour):\(minute):00Z\", \"from\": \"ana\", \"to\": \"me\", \"body\": \"\(body(i))\"}"
            out += extra(i)
        }
        return out + "\n], \"title\": \"split\"}"
    }

    @Test func generatedInboxReadsTheSameOnTwoCores() throws {
        let json = FixtureEncoder.encode(InboxGenerator.generate(GeneratorOptions(people: 400, messages: 12_000)), format: .json)
        Self.expectSame(String(decoding: json, as: UTF8.self), "generated")
    }

    /// Every body holds the boundary's bytes, so the guess lands inside a
    /// string; the first core never stops there and reads on alone.
    @Test func aBoundaryInsideAStringIsDropped() {
        let text = Self.fixture(count: 12_000) { i in "part \(i)}, {\\\"type\\\": \\\"message\\\"} and }, {more" }
        Self.expectSame(text, "boundary in strings", secondHalf: false)
    }

    /// Comments in the second half on a post defined in the first, on one
    /// defined later in the second half, and on one never defined.
    @Test func postsAcrossTheHalves() {
        let late = Self.fixture(count: 12_000, body: { "note \($0)" }) { i in
            switch i {
            case 8_000: return #", {"type": "like", "at": "2026-01-07T12:00:00Z", "by": "ana", "post": "p0"}"#
            case 8_100: return #", {"type": "comment", "at": "2026-01-07T13:00:00Z", "by": "ben", "post": "p9", "text": "Nice"}"#
            case 8_200: return #", {"type": "post", "at": "2026-01-07T14:00:00Z", "by": "me", "id": "p9", "text": "Later"}"#
            default: return ""
            }
        }
        Self.expectSame(late, "links across halves")
        let unknown = Self.fixture(count: 12_000, body: { "note \($0)" }) { i in
            i == 8_500 ? #", {"type": "like", "at": "2026-01-07T12:00:00Z", "by": "ana", "post": "nope"}"# : ""
        }
        Self.expectSame(unknown, "unknown post")
        guard case .failure = Self.decode(unknown, split: true) else {
            Issue.record("a like on an unknown post was accepted")
            return
        }
    }

    /// A post id used in both halves, an unknown key, and an unknown person
    /// late in the list: the same first error either way.
    @Test func errorsInTheSecondHalfAreTheOneCoreErrors() {
        let duplicate = Self.fixture(count: 12_000, body: { "note \($0)" }) { i in
            i == 8_000 ? #", {"type": "post", "at": "2026-01-07T14:00:00Z", "by": "me", "id": "p0", "text": "Again"}"# : ""
        }
        Self.expectSame(duplicate, "duplicate post", secondHalf: false)
        let unknownKey = Self.fixture(count: 12_000, body: { "note \($0)" }) { i in
            i == 7_000 ? #", {"type": "message", "at": "2026-01-07T14:00:00Z", "from": "ana", "to": "me", "body": "x", "colour": "red"}"# : ""
        }
        Self.expectSame(unknownKey, "unknown key")
        let stranger = Self.fixture(count: 12_000, body: { "note \($0)" }) { i in
            i == 8_800 ? #", {"type": "message", "at": "2026-01-07T14:00:00Z", "from": "zed", "to": "me", "body": "x"}"# : ""
        }
        Self.expectSame(stranger, "unknown person")
        let escaped = Self.fixture(count: 12_000, body: { "note \($0)" }) { i in
            i == 9_000 ? #", {"type": "message", "at": "2026-01-07T14:00:00Z", "from": "\u0061na", "to": "me", "body": "escaped id"}"# : ""
        }
        Self.expectSame(escaped, "escaped id", secondHalf: false)
    }

    @Test func theBoundaryIsAnEventStart() {
        let text = Array(#"{"events": [{"a": 1},   {"b": 2}, {"c": 3}]}"#.utf8)
        let comma = text.withUnsafeBufferPointer { EventListSplit.boundary(in: $0, after: 12) }
        #expect(comma.map { text[$0] } == UInt8(ascii: ","))
    }
}
