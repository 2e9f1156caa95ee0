import ScreenKit
import Testing
@testable import InboxUI

/// The Sent filter's thread detail on the built-in inbox: the owner's
/// verdict, then at the end the coach's review of each of the owner's own
/// messages, text and styles.
@Suite struct SentCoachGoldenTests {
    @Test func coachOnTheOwnersMessages() throws {
        var s = try BrowserFixtures.seed(width: 80, height: 24)
        try s.send("2s<Enter>G")
        #expect(s.sentOnly)
        let screen = InboxScreen.render(s)
        #expect(screen.lines.contains { $0.contains("Coach on your messages") })
        GoldenFile.check(screen, named: "sent-coach-80x24")
    }
}
