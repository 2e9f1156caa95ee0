import InboxModel
@testable import InboxUI
import Testing

/// `thirsty demo NAME --format markdown`: the transcript for notes and
/// slides, golden for every bundled demo.
@Suite struct DemoMarkdownTests {
    @Test(arguments: DemoSupport.names)
    func matchesItsGolden(_ name: String) throws {
        let markdown = DemoMarkdown.render(try DemoSupport.inbox(name))
        try DemoSupport.expectGolden(markdown, name + ".md")
    }

    @Test func saysWhatTheTextTranscriptSays() throws {
        let inbox = try DemoSupport.inbox("the-article")
        let markdown = DemoMarkdown.render(inbox)
        #expect(markdown.hasPrefix("# The article: from \"honour\" to a million dollars\n"))
        #expect(markdown.contains("\n## Day 4 · Thu Mar 5 10:00 · Everett Vance writes to Robin\n"))
        #expect(markdown.contains("\n- Stages: meeting (so far: flattery → meeting)\n"))
        #expect(markdown.contains("\n» Day 4: a Zoom ask with no stated purpose."))
        #expect(markdown.contains("\n## Summary\n\n- Everett Vance: flagged, score "))
        // One heading per event, as the text transcript has one header per event.
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") && $0 != "## Summary" }
        #expect(headings.count == inbox.events.count)
    }

    @Test func fixtureTextCannotBecomeMarkupOrEscapes() throws {
        let yaml = """
        version: 1
        title: "Evil <script>alert(1)</script> *title*"
        owner: {id: me, name: Robin Okafor}
        people:
          - {id: x, name: "Mallory [click](http://x.example) \\e[31mRed", connected: 2026-01-01}
        events:
          - type: message
            at: 2026-03-02T10:00:00Z
            from: x
            to: me
            body: "Hi \\e]0;pwned\\a there\\n# Heading\\n- item\\n1. first\\n\\n> quote"
            caption: "Caption with `code` and _under_"
        """
        let markdown = DemoMarkdown.render(try DemoSupport.inbox(yaml: yaml))
        #expect(!markdown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(markdown.contains("\\<script\\>"))
        #expect(markdown.contains("Mallory \\[click\\](http://x.example)"))
        #expect(markdown.contains("\n> \\# Heading\n> \\- item\n> 1\\. first\n>\n> \\> quote\n"))
        #expect(markdown.contains("\\`code\\` and \\_under\\_"))
        #expect(!markdown.split(separator: "\n").contains { $0.hasPrefix("# ") && $0.contains("Heading") })
    }
}
