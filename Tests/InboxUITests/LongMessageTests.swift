import InboxModel
import ScreenKit
import Testing
@testable import InboxUI

/// Long messages cost what is on screen: each is wrapped once per width
/// and kept, only visible lines are drawn, and what one message, line or
/// grapheme may cost is capped. Work is counted (wraps, scalars read),
/// never timed.
@Suite struct LongMessageTests {
    static let megabyte = 1 << 20

    /// One thread of `count` messages of about a megabyte each.
    static func hugeThread(count: Int) throws -> Inbox {
        let start = try Timestamp.parse("2026-03-01T09:00:00Z")
        let word = "quarterly figures attached "
        let body = String(repeating: word, count: megabyte / word.utf8.count + 1)
        let events = (0..<count).map { k in
            Event(type: .message, at: start.adding(seconds: Int64(k) * 3600), actor: PersonRef(1), subject: .owner,
                  text: "Message \(k): " + body, sequence: k)
        }
        return Inbox(title: nil, owner: Person(id: "me", name: "Robin Okafor"),
                     people: [Person(id: "ola", name: "Ola Nordmann", connected: start)],
                     posts: [], events: events, now: nil)
    }

    @Test func keysInAHugeThreadWrapNothingNew() throws {
        let inbox = try Self.hugeThread(count: 20)
        var s = try BrowserFixtures.state(inbox, width: 120, height: 40)
        try s.send("2<Enter>")
        let opened = s.screenText
        #expect(opened.contains("Message 0:"))
        let first = s.session.wraps.counts
        // Every message wrapped once at this width, each read only up to the cap.
        #expect(first.wraps <= 20 * 2)
        #expect(first.scalars <= 20 * DisplayText.messageScalars + 20 * 100)
        for keys in ["j", "j", "<PgDn>", "G", "k", "<PgUp>", "g", "e", "e"] {
            try s.send(keys)
            _ = InboxScreen.render(s)
        }
        let after = s.session.wraps.counts
        #expect(after.wraps == first.wraps, "keys re-wrapped messages")
        #expect(after.scalars == first.scalars)
        let cut = ThreadDetail.build(s, person: PersonRef(1), width: 60).lines.filter { line in
            line.contains { $0.text.contains("more not shown") }
        }
        #expect(cut.count == 20, "each message says it was cut")
        #expect(DisplayText.omission(Self.megabyte) == "(1.0 MB more not shown)")
    }

    @Test func aBlockBuildsOneStepPerMessageAndDrawsOnlyWhatShows() throws {
        let inbox = try Self.hugeThread(count: 3)
        let s = try BrowserFixtures.state(inbox, width: 120, height: 40)
        let block = ThreadDetail.build(s, person: PersonRef(1), width: 80)
        #expect(block.lineCount > 3 * 100)
        let shown = block.lines(10..<20)
        #expect(shown.count == 10)
        #expect(block.lines(block.lineCount - 1..<block.lineCount + 5).count == 1)
    }

    /// A name that is one grapheme of a million combining marks draws as
    /// one bounded grapheme, and the rows keep the screen's width.
    @Test func aMegabyteGraphemeIsCutToAFewScalars() throws {
        let mark = String(repeating: "\u{0301}", count: Self.megabyte / 2)
        let (text, omitted) = DisplayText.bounded("e" + mark + " Nordmann", limit: DisplayText.lineScalars)
        #expect(text.count == 1)
        #expect(text.unicodeScalars.count <= DisplayText.graphemeScalars)
        #expect(omitted > 0)
        let start = try Timestamp.parse("2026-03-01T09:00:00Z")
        let people = (0..<30).map { k in Person(id: "p\(k)", name: "e" + mark + " \(k)", headline: mark, connected: start) }
        let events = (0..<30).map { k in
            Event(type: .message, at: start.adding(seconds: Int64(k)), actor: PersonRef(k + 1), subject: .owner, text: "Hello " + mark, sequence: k)
        }
        let inbox = Inbox(title: nil, owner: Person(id: "me", name: "Robin Okafor"), people: people, posts: [], events: events, now: nil)
        var s = try BrowserFixtures.state(inbox, width: 120, height: 40)
        try s.send("2")
        let screen = InboxScreen.render(s)
        #expect(screen.lines.allSatisfy { $0.displayWidth == 120 })
        try s.send("<Enter>jk")
        #expect(InboxScreen.render(s).lines.allSatisfy { $0.displayWidth == 120 })
    }
}
