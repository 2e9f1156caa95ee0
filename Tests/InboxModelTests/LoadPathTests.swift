import Foundation
import InboxGenerator
@testable import InboxModel
import Testing

/// The load path's shortcuts (a mapped file given back as it is read, a
/// word-at-a-time text check, the decoder's fold kept for `state()`) must
/// answer exactly as the plain path does.
@Suite struct LoadPathTests {
    /// A fold taken from the cache and one made afresh agree field by field.
    static func expectSameFold(_ a: InboxState, _ b: InboxState, _ what: String) {
        #expect(a.time == b.time, "\(what): time")
        #expect(a.eventCount == b.eventCount, "\(what): eventCount")
        #expect(a.connectedSince == b.connectedSince, "\(what): connectedSince")
        #expect(a.invitations == b.invitations, "\(what): invitations")
        #expect(a.invitationIndex == b.invitationIndex, "\(what): invitationIndex")
        #expect(a.threads == b.threads, "\(what): threads")
        #expect(a.threadIndex == b.threadIndex, "\(what): threadIndex")
        #expect(a.activity == b.activity, "\(what): activity")
        #expect(a.ownerPosts == b.ownerPosts, "\(what): ownerPosts")
    }

    static func generatedJSON(people: Int = 200, messages: Int = 2_000) -> [UInt8] {
        FixtureEncoder.encode(InboxGenerator.generate(GeneratorOptions(people: people, messages: messages)), format: .json)
    }

    @Test func decodedFoldMatchesAFreshFold() throws {
        let inbox = try FixtureDecoder.decode(Self.generatedJSON(), format: .json)
        let fresh = InboxState(inbox: inbox, upTo: inbox.eventCount(atOrBefore: inbox.now), time: inbox.now)
        Self.expectSameFold(inbox.state(), fresh, "at now")
        // Earlier times and later ones are folded (or advanced) correctly too.
        let earlier = Timestamp(milliseconds: (inbox.start.milliseconds + inbox.now.milliseconds) / 2)
        Self.expectSameFold(inbox.state(at: earlier), InboxState(inbox: inbox, upTo: inbox.eventCount(atOrBefore: earlier), time: earlier), "earlier")
        let later = Timestamp(milliseconds: inbox.now.milliseconds + 86_400_000)
        Self.expectSameFold(inbox.state(at: later), InboxState(inbox: inbox, upTo: inbox.events.count, time: later), "later")
    }

    @Test func appendingDropsTheKeptFold() throws {
        var inbox = try FixtureDecoder.decode(Self.generatedJSON(), format: .json)
        let before = inbox.state()
        guard let pending = before.pendingIncoming.first else {
            Issue.record("the generated inbox has no pending invitation")
            return
        }
        try inbox.append(Event(type: .accept, at: inbox.now, actor: .owner, subject: pending.from))
        let after = inbox.state()
        #expect(after.isConnected(pending.from))
        Self.expectSameFold(after, InboxState(inbox: inbox, upTo: inbox.events.count, time: inbox.now), "after append")
    }

    @Test func unorderedEventsAreStillSorted() throws {
        let json = #"""
        {"version": 1, "owner": {"id": "me", "name": "Ada Okafor"}, "people": [{"id": "t", "name": "Tomas Berg"}],
         "events": [
           {"type": "message", "at": "2026-03-02T10:00:00Z", "from": "t", "to": "me", "body": "second"},
           {"type": "message", "at": "2026-03-01T10:00:00Z", "from": "t", "to": "me", "body": "first"}]}
        """#
        let inbox = try FixtureDecoder.decode(json, format: .json)
        #expect(inbox.events.map(\.text) == ["first", "second"])
        #expect(inbox.state().thread(with: PersonRef(1))?.messages == [0, 1])
    }

    /// A file bigger than the release step, loaded through the mapping with
    /// its pages given back, decodes exactly as the same bytes in memory.
    @Test func mappedLoadMatchesInMemoryDecode() throws {
        let bytes = Self.generatedJSON(people: 1_500, messages: 30_000)
        #expect(bytes.count > 6 << 20, "the file should span several release steps")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-mapped-\(getpid()).json")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let mapped = try FixtureLoader.load(path: url.path)
        let inMemory = try FixtureDecoder.decode(bytes, format: .json)
        #expect(mapped.events == inMemory.events)
        #expect(mapped.people == inMemory.people)
        Self.expectSameFold(mapped.state(), inMemory.state(), "mapped")
    }

    /// An error near the end of a mapped file, after its start was given
    /// back, still gets the right line.
    @Test func errorsAfterReleasedPagesHaveTheirLine() throws {
        var text = String(decoding: Self.generatedJSON(people: 1_500, messages: 30_000), as: UTF8.self)
        guard let last = text.range(of: "\"type\": \"message\"", options: .backwards) else {
            Issue.record("no message in the generated file")
            return
        }
        text.replaceSubrange(last, with: "\"type\": \"telegram\"")
        let line = text[..<last.lowerBound].reduce(1) { $0 + ($1 == "\n" ? 1 : 0) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-mapped-bad-\(getpid()).json")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try FixtureLoader.load(path: url.path)
            Issue.record("a bad event type was accepted")
        } catch {
            guard case .invalid(let e) = error else {
                Issue.record("expected invalid, got \(error)")
                return
            }
            #expect(e.location?.line == line, "\(e)")
        }
    }

    /// The one-pass text check finds the same first bad byte and first NUL
    /// as the standard library's validation and a byte search.
    @Test func textScanAgreesWithTheStandardLibrary() {
        var rng = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            Array("plain ascii text ".utf8), Array("é".utf8), Array("日本".utf8), Array("🎉".utf8), [0], [0xC0, 0x80], [0xED, 0xA0, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xFF], Array("0123456789abcdef".utf8),
        ]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &rng) {
                let piece = pieces[Int.random(in: 0..<pieces.count, using: &rng)]
                // Mostly valid text, so the bad byte lands at varied offsets.
                if piece.count < 4 && piece != Array("é".utf8) && Int.random(in: 0..<4, using: &rng) != 0 { continue }
                bytes += piece
            }
            let scan = bytes.withUnsafeBufferPointer { SourceText.scanText($0) }
            #expect(scan.invalid == Self.firstInvalid(bytes), "\(bytes)")
            // The scan stops at a bad byte (which is reported first); a NUL
            // before it is still found.
            let nul = bytes.firstIndex(of: 0).flatMap { $0 < (scan.invalid ?? Int.max) ? $0 : nil }
            #expect(scan.nul == nul, "\(bytes)")
        }
    }

    /// Where the longest valid prefix ends, by the standard library.
    static func firstInvalid(_ bytes: [UInt8]) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        return stride(from: bytes.count, through: 0, by: -1).first { String(validating: bytes[..<$0], as: UTF8.self) != nil }
    }
}

/// Appending at the end reuses the kept fold and keeps it current; the
/// states it gives agree with folding the log afresh.
@Suite struct AppendWithKeptFoldTests {
    @Test func manyAppendsMatchAFreshFold() throws {
        var inbox = try FixtureDecoder.decode(LoadPathTests.generatedJSON(), format: .json)
        var at = inbox.now
        var decided = 0
        for invitation in inbox.state().pendingIncoming.dropLast().prefix(12) {
            at = Timestamp(milliseconds: at.milliseconds + 60_000)
            let type: EventType = decided % 3 == 2 ? .ignore : .accept
            try inbox.append(Event(type: type, at: at, actor: .owner, subject: invitation.from))
            try inbox.append(Event(type: .message, at: at, actor: .owner, subject: invitation.from, text: "Thanks for the note \(decided)"))
            decided += 1
            LoadPathTests.expectSameFold(inbox.state(at: at), InboxState(inbox: inbox, upTo: inbox.events.count, time: at), "after \(decided)")
        }
        #expect(decided > 5)
        // Sequence numbers stay unique, so ties keep their order.
        #expect(Set(inbox.events.map(\.sequence)).count == inbox.events.count)
        // A refused action changes nothing, and the next one still works.
        let someone = try #require(inbox.state(at: at).pendingIncoming.first)
        let count = inbox.events.count
        #expect(throws: InboxError.self) { try inbox.append(Event(type: .accept, at: at, actor: .owner, subject: PersonRef(0))) }
        #expect(inbox.events.count == count)
        try inbox.append(Event(type: .accept, at: at, actor: .owner, subject: someone.from))
        #expect(inbox.state(at: at).isConnected(someone.from))
    }
}
