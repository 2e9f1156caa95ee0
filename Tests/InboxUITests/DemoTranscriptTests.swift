import BundledFixtures
import Foundation
import InboxModel
@testable import InboxUI
import Testing

/// `thirsty demo NAME --plain`: the narrated transcript, golden for every bundled demo.
@Suite struct DemoTranscriptTests {
    @Test(arguments: DemoSupport.names)
    func matchesItsGolden(_ name: String) throws {
        let text = DemoTranscript.render(try DemoSupport.inbox(name))
        try DemoSupport.expectGolden(text, name + ".txt")
    }

    @Test func everyDemoFileIsBundledAndListed() throws {
        let folder = DemoSupport.root.appendingPathComponent("Fixtures/demos")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") }
            .map { String($0.dropLast(5)) }
        #expect(Set(files) == Set(DemoSupport.names))
        #expect(DemoSupport.names.count == Set(DemoSupport.names).count)
    }

    @Test(arguments: DemoSupport.names)
    func everyBundledDemoHasATitleAndCaptions(_ name: String) throws {
        let inbox = try DemoSupport.inbox(name)
        #expect(inbox.title?.isEmpty == false)
        #expect(inbox.events.contains { $0.caption != nil })
        #expect(!DemoState(inbox: inbox).focus.isEmpty)
    }

    @Test func sideBySideIsTheComparisonDemoOnly() throws {
        for name in DemoSupport.names {
            let layout = DemoState(inbox: try DemoSupport.inbox(name)).layout
            #expect((layout == .sideBySide) == (name == "side-by-side"), "\(name)")
        }
    }

    @Test func eachEventHasDayStagesScoreAndCaption() throws {
        let text = DemoTranscript.render(try DemoSupport.inbox("the-article"))
        #expect(text.contains("Day 4 · Thu Mar 5 10:00 · Everett Vance writes to Robin"))
        #expect(text.contains("  Stages: meeting (so far: flattery → meeting)"))
        #expect(text.contains("  Score: "))
        #expect(text.contains("  » Day 4: a Zoom ask with no stated purpose."))
        #expect(text.contains("FLAGGED here"))
        #expect(text.hasSuffix("\n"))
    }

    @Test func sideBySideScoresBothPeopleOnEveryEvent() throws {
        let inbox = try DemoSupport.inbox("side-by-side")
        let text = DemoTranscript.render(inbox)
        let scoreLines = text.split(separator: "\n").filter { $0.hasPrefix("  Scores: Blake ") && $0.contains(" | Ifeoma ") }
        #expect(scoreLines.count == inbox.events.count)
    }

    @Test func fixtureTextCannotReachTheTerminal() throws {
        let yaml = """
        version: 1
        title: "Evil \\e]0;pwned\\a title"
        owner: {id: me, name: Robin Okafor}
        people:
          - {id: x, name: "Mallory \\e[31mRed", connected: 2026-01-01}
        events:
          - type: message
            at: 2026-03-02T10:00:00Z
            from: x
            to: me
            body: "Hi \\e[2J\\e[H there\\u202e"
            caption: "Caption with \\e[5m blink"
        """
        let text = DemoTranscript.render(try DemoSupport.inbox(yaml: yaml))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(text.contains("Mallory"))
    }

    /// Without a caption, the subtitle is written from what the policy found.
    @Test func narratesEventsWithoutCaptions() throws {
        let yaml = """
        version: 1
        owner: {id: me, name: Robin Okafor}
        people:
          - {id: vic, name: Victor Hale, headline: Founder}
        events:
          - {type: invite, at: 2026-03-02T09:00:00Z, from: vic, to: me}
          - {type: accept, at: 2026-03-02T11:00:00Z, by: me, from: vic}
          - type: message
            at: 2026-03-05T10:00:00Z
            from: vic
            to: me
            body: "I was thinking it would be good to connect by phone or Zoom sometime. How is next week looking in your schedule?"
        """
        let inbox = try DemoSupport.inbox(yaml: yaml)
        var s = DemoSupport.paused(inbox)
        #expect(s.demoSubtitle?.hasPrefix("Day 1: Victor sends an invitation, with no note.") == true)
        s.press(.next)
        #expect(s.demoSubtitle == "Day 1: Robin accepts Victor's invitation.")
        s.press(.next)
        let zoom = try #require(s.demoSubtitle)
        #expect(zoom.hasPrefix("Day 4: a Zoom ask"))
        #expect(zoom.contains("Would anyone do this face to face?"))
        #expect(DemoTranscript.render(inbox).contains("  » Day 4: a Zoom ask"))
    }
}
