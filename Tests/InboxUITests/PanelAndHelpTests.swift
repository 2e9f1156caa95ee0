import ScreenKit
import Testing
@testable import InboxUI

/// `e` toggles the policy panel; `?` shows every binding from the key table.
@Suite struct PanelAndHelpTests {
    @Test func eTogglesThePolicyPanelInAThread() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small, width: 120, height: 40)
        try s.send("2/dario<Enter>")
        #expect(s.showPolicyPanel)
        #expect(s.screenText.contains("── Policy"))
        try s.send("e")
        #expect(!s.showPolicyPanel)
        #expect(s.status?.text == "Policy panel hidden")
        #expect(!s.screenText.contains("── Policy"))
        try s.send("e")
        #expect(s.showPolicyPanel)
        #expect(s.status?.text == "Policy panel shown")
    }

    @Test func thePolicyPanelTiesTheThreadToTheArticlesRules() throws {
        var s = try BrowserFixtures.seed(width: 120, height: 40)
        try s.send("2/dario<Enter><Enter>G")
        let text = s.screenText
        #expect(text.contains("FLAGGED"))
        #expect(text.contains("Relax"))
        #expect(text.contains("Value"))
        #expect(text.contains("Sincere"))
        #expect(text.contains("Would anyone do this face to face?"))
    }

    @Test func questionMarkOpensAndClosesHelp() throws {
        var s = try BrowserFixtures.seed()
        try s.send("?")
        #expect(s.mode == .help)
        #expect(s.screenText.contains("Keys — press ? or q to close"))
        try s.send("?")
        #expect(s.mode == .list)
        try s.send("<F1>")
        #expect(s.mode == .help)
        try s.send("<Esc>")
        #expect(s.mode == .list)
    }

    @Test func anyOtherKeyClosesHelpWithoutActing() throws {
        var s = try BrowserFixtures.seed()
        try s.send("?a")
        #expect(s.mode == .list)
        #expect(s.rows.invitations.count == (try BrowserFixtures.seed()).rows.invitations.count)
    }

    @Test func helpListsEveryBindingFromTheKeyTable() {
        let lines = HelpContent.lines(.standard)
        let table = KeyTable.standard
        let contexts: [KeyContext] = [.list, .detail, .search, .compose]
        let bindings = table.bindings.filter { b in b.contexts.contains { contexts.contains($0) } }
        #expect(bindings.count > 30)
        for binding in bindings {
            #expect(lines.contains { $0.0 == KeyTable.names(binding.keys) && $0.1 == binding.help },
                    "\(binding.command) is missing from help")
        }
    }

    @Test func helpScrollsAndStopsAtTheEnd() throws {
        var s = try BrowserFixtures.seed(width: 80, height: 24)
        try s.send("?")
        let maxScroll = s.layout.helpMaxScroll(lines: HelpContent.lines(s.keys).count)
        #expect(maxScroll > 0)
        try s.send(String(repeating: "j", count: maxScroll + 10))
        #expect(s.helpScroll == maxScroll)
        #expect(s.screenText.contains("Mouse: click selects a row"))
        try s.send("k")
        #expect(s.helpScroll == maxScroll - 1)
        try s.send("??")
        #expect(s.helpScroll == 0)
    }

    @Test func helpFitsATallScreenWithoutScrolling() throws {
        var s = try BrowserFixtures.seed(width: 120, height: 72)
        try s.send("?")
        #expect(s.layout.helpMaxScroll(lines: HelpContent.lines(s.keys).count) == 0)
        #expect(s.screenText.contains("Mouse: click selects a row"))
        #expect(!s.screenText.contains("more: j"))
    }

    @Test func hintsAlwaysOfferHelpAndNeverCutAHint() throws {
        for width in [40, 60, 80, 120] {
            var s = try BrowserFixtures.seed(width: width, height: 24)
            for keys in ["", "2", "3", "<Enter>", "?"] {
                try s.send(keys)
                let last = try #require(s.screenText.split(separator: "\n").last)
                #expect(last.contains("help"), "width \(width), after \(keys): \(last)")
                try s.send("<Esc>")
            }
        }
    }
}
