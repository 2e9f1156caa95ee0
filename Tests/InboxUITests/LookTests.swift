import InboxModel
import ScreenKit
import Testing
@testable import InboxUI

/// How the browser looks, beyond the goldens: what a marker says, where
/// focus shows, how text is cut and how panes share the screen.
@Suite struct LookTests {
    static let sizes = [(60, 20), (80, 24), (120, 40), (200, 50)]

    /// The small inbox after the owner answered Dario's pitch.
    static let answered = BrowserFixtures.small.replacingOccurrences(
        of: "\n  - {type: message, at: 2026-03-10T09:00:00Z, from: me, to: hana",
        with: "\n  - {type: message, at: 2026-03-13T08:00:00Z, from: me, to: dario, body: \"Thanks Dario, not for me.\"}\n  - {type: message, at: 2026-03-10T09:00:00Z, from: me, to: hana")

    static func row(_ screen: Screen, _ y: Int) -> String {
        (0..<screen.width).map { screen[$0, y].grapheme }.joined()
    }

    static func find(_ text: String, in screen: Screen) -> (x: Int, y: Int)? {
        for y in 0..<screen.height {
            let cells = (0..<screen.width).map { screen[$0, y].grapheme }
            for x in 0..<screen.width where cells[x...].joined().hasPrefix(text) { return (x, y) }
        }
        return nil
    }

    // MARK: Flags at a glance

    @Test func aFlaggedThreadSaysFlaggedEvenAfterTheOwnerReplied() throws {
        for (w, h) in Self.sizes {
            var s = try BrowserFixtures.state(yaml: Self.answered, width: w, height: h)
            try s.send("2")
            let screen = InboxScreen.render(s)
            let y = try #require((0..<screen.height).first { Self.row(screen, $0).contains("Dario Mendes") })
            let line = Self.row(screen, y)
            #expect(line.contains("You: Thanks"), "\(w)x\(h): \(line)")
            #expect(line.contains("FLAGGED"), "\(w)x\(h): \(line)")
            // No stage badge in the list: after the owner's reply it would read as if that were the pitch.
            #expect(!line.contains("[PITCH]"), "\(w)x\(h): \(line)")
            let x = try #require(Self.find("FLAGGED", in: screen))
            #expect(screen[x.x, x.y].style == Theme.flag)
        }
    }

    @Test func stageBadgesSitOnTheSendersMessages() throws {
        var s = try BrowserFixtures.state(yaml: Self.answered, width: 120, height: 40)
        try s.send("2/dario<Enter><Enter>")
        let lines = InboxScreen.render(s).lines
        let badged = lines.filter { $0.contains("[PITCH]") || $0.contains("[FLATTERY]") }
        #expect(!badged.isEmpty)
        for line in badged { #expect(line.contains("Dario") && !line.contains("You"), "\(line)") }
    }

    @Test func helpHasALegendForEveryMarker() throws {
        var s = try BrowserFixtures.seed(width: 80, height: 24)
        try s.send("?")
        let keys = HelpContent.lines(s.keys).map(\.0).flatMap { $0.split(separator: " ").map(String.init) }
        for marker in ["▸", "●", "FLAGGED", "fine", "[PITCH]", "ACCEPT", "IGNORE", "✓", "✗", "heavy"] {
            #expect(keys.contains(marker), "no legend for \(marker)")
        }
        #expect(InboxScreen.render(s).text.contains("Markers") || s.layout.helpMaxScroll(lines: HelpContent.lines(s.keys).count) > 0)
    }

    @Test func theFlagHintShowsUntilHelpIsOpened() throws {
        for (w, h) in Self.sizes {
            var s = try BrowserFixtures.seed(width: w, height: h)
            try s.send("2")
            let frame = InboxScreen.render(s).lines[s.layout.listBox.maxY - 1]
            #expect(frame.contains("FLAGGED = ") && frame.contains("?"), "\(w)x\(h): \(frame)")
            try s.send("??")
            #expect(!InboxScreen.render(s).text.contains("FLAGGED = "))
            var t = try BrowserFixtures.seed(width: w, height: h)
            try t.send("212")
            #expect(!InboxScreen.render(t).text.contains("FLAGGED = "))
        }
    }

    @Test func networkShowsEachPersonsVerdict() throws {
        for (w, h) in Self.sizes {
            var s = try BrowserFixtures.state(yaml: BrowserFixtures.small, width: w, height: h)
            try s.send("3")
            let lines = InboxScreen.render(s).lines
            let dario = try #require(lines.first { $0.contains("Dario Mendes") && $0.contains("msg") })
            #expect(dario.contains("FLAGGED"), "\(w)x\(h): \(dario)")
            let kwame = try #require(lines.first { $0.contains("Kwame Asante") })
            #expect(kwame.contains("fine"), "\(w)x\(h): \(kwame)")
        }
    }

    // MARK: Network's "press 2"

    @Test func twoFromNetworkOpensThatPersonsThread() throws {
        var s = try BrowserFixtures.seed(width: 120, height: 40)
        try s.send("2j")
        let before = s.selectedName
        try s.send("3")
        // A connection with a thread other than the one Messages had selected.
        while s.folded.thread(with: try #require(s.selectedPerson)) == nil || s.selectedName == before { try s.send("j") }
        let person = s.selectedName
        try s.send("2")
        #expect(s.view == .messages)
        #expect(s.selectedName == person)
        #expect(s.mode == .detail)
        #expect(InboxScreen.render(s).text.contains("Thread"))
    }

    @Test func twoFromNetworkLeavesAFilterThatHidesTheThread() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small, width: 80, height: 24)
        try s.send("2f3")
        while s.selectedName != "Hana Sato" { try s.send("j") }
        try s.send("2")
        #expect(s.selectedName == "Hana Sato")
        #expect(!s.flaggedOnly)
    }

    // MARK: Focus

    @Test func theFocusedPanesFrameIsHeavyAndColoured() throws {
        for (w, h) in Self.sizes {
            var s = try BrowserFixtures.seed(width: w, height: h)
            try s.send("2")
            var screen = InboxScreen.render(s)
            let list = s.layout.listBox
            #expect(screen[list.x, list.y].grapheme == "┏", "\(w)x\(h)")
            #expect(screen[list.x, list.y].style == Theme.borderFocus, "\(w)x\(h)")
            if s.layout.isWide { #expect(screen[s.layout.detailBox.x, s.layout.detailBox.y].grapheme == "┌", "\(w)x\(h)") }
            try s.send("<Enter>")
            screen = InboxScreen.render(s)
            let detail = s.layout.detailBox
            #expect(screen[detail.x, detail.y].grapheme == "┏", "\(w)x\(h)")
            #expect(screen[detail.x, detail.y].style == Theme.borderFocus, "\(w)x\(h)")
            if s.layout.isWide { #expect(screen[list.x, list.y].grapheme == "┌", "\(w)x\(h)") }
        }
    }

    // MARK: Truncation and layout

    @Test func truncationCutsAtAWordWithAnEllipsis() {
        #expect("Perhaps you did not see my last message".truncatedAtWord(toWidth: 15) == "Perhaps you…")
        #expect("Perhaps you did not see".truncatedAtWord(toWidth: 12) == "Perhaps you…")
        #expect("Supercalifragilistic".truncatedAtWord(toWidth: 8) == "Superca…")
        #expect("short".truncatedAtWord(toWidth: 8) == "short")
        // Display width per grapheme: a CJK character is two columns.
        #expect("山田 太郎さん".truncatedAtWord(toWidth: 8).displayWidth <= 8)
        #expect("山田 太郎さん".truncatedAtWord(toWidth: 8).hasSuffix("…"))
    }

    @Test func theTabBarIsCompactBelowSeventyColumns() throws {
        let narrow = InboxScreen.render(try BrowserFixtures.seed(width: 60, height: 20)).lines[0]
        #expect(narrow.contains("1 Inv 6 · 2 Msg 9/3 · 3 Net 13"), "\(narrow)")
        let wide = InboxScreen.render(try BrowserFixtures.seed(width: 80, height: 24)).lines[0]
        #expect(wide.contains("2 Messages (9, 3 flagged)"))
    }

    @Test func networkHeadlinesGetTheirShareOfAWideScreen() throws {
        for (w, h) in [(80, 24), (120, 40), (200, 50)] {
            var s = try BrowserFixtures.seed(width: w, height: h)
            try s.send("3")
            let screen = InboxScreen.render(s)
            let y = try #require((0..<h).first { Self.row(screen, $0).contains("Tomasz Wiśniewski") })
            #expect(Self.row(screen, y).contains("Business Development Manager"), "\(w)x\(h): \(Self.row(screen, y))")
        }
    }

    @Test func theCoachDoesNotTouchTheDivider() throws {
        var s = try BrowserFixtures.seed(width: 120, height: 40)
        try s.send("2/dario<Enter>r")
        let screen = InboxScreen.render(s)
        let divider = try #require((0..<120).last { screen[$0, 5].grapheme == "│" })
        for y in 1..<39 { #expect(screen[divider + 1, y].grapheme == " ", "row \(y)") }
    }

    @Test func theScrollPositionIsInTheFrameNotInTheContent() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            var s = try BrowserFixtures.seed(width: w, height: h)
            try s.send("2/dario<Enter><Enter>G")
            let screen = InboxScreen.render(s)
            let box = s.layout.detailBox
            let bottom = Self.row(screen, box.maxY - 1)
            #expect(bottom.contains(" end "), "\(w)x\(h): \(bottom)")
            for y in (box.y + 1)..<(box.maxY - 1) {
                #expect(!Self.row(screen, y).hasSuffix(" end "), "\(w)x\(h) row \(y)")
            }
        }
    }

    @Test func anEmptyListSaysSoOnce() throws {
        for (w, h) in Self.sizes {
            var s = try BrowserFixtures.state(yaml: BrowserFixtures.wide, width: w, height: h)
            try s.send("2f")
            let text = InboxScreen.render(s).text
            #expect(text.components(separatedBy: "No flagged threads").count == 2, "\(w)x\(h)")
        }
    }

    @Test func threeColumnsFromOneHundredSixty() throws {
        for (w, columns) in [(159, 2), (160, 3), (200, 3)] {
            var s = try BrowserFixtures.seed(width: w, height: 40)
            try s.send("2/dario<Enter>")
            let screen = InboxScreen.render(s)
            let corners = (0..<w).filter { ["┌", "┏"].contains(screen[$0, 1].grapheme) }
            #expect(corners.count == columns, "\(w): \(Self.row(screen, 1))")
            if columns == 3 {
                let text = screen.text
                #expect(text.contains("Policy"))
                #expect(text.contains("Rules that fired"))
                // The thread stays in the middle column, the rules in the right one.
                let rules = try #require(Self.find("Rules that fired", in: screen))
                #expect(rules.x >= s.layout.sideBox?.x ?? w)
            }
        }
    }

    @Test func theDemoHelpBoxHasSideBorders() throws {
        let inbox = try DemoSupport.inbox(DemoSupport.names[0])
        var s = DemoSupport.paused(inbox, width: 80, height: 24)
        try s.send("?")
        let screen = InboxScreen.render(s)
        let top = try #require((0..<24).first { Self.row(screen, $0).contains("Demo keys") })
        let left = try #require((0..<80).first { screen[$0, top].grapheme == "┌" })
        let right = try #require((0..<80).last { screen[$0, top].grapheme == "┐" })
        let bottom = try #require(((top + 1)..<24).first { screen[left, $0].grapheme == "└" })
        for y in (top + 1)..<bottom {
            #expect(screen[left, y].grapheme == "│" && screen[right, y].grapheme == "│", "row \(y)")
        }
    }
}
