import ScreenKit
import Testing
@testable import InboxUI

/// The main screens of the built-in inbox, compared with plain-text goldens
/// in Goldens/ (`THIRSTY_UPDATE_GOLDENS=1` rewrites them). The goldens also
/// show the policy's verdicts, so a change to the rules shows up here as a
/// readable diff.
@Suite struct ScreenGoldenTests {
    static let sizes = [(80, 24), (120, 40)]

    /// Name, then the keys that lead to the screen from the start.
    static let screens: [(String, String)] = [
        ("invitations-list", ""),
        ("invitation-detail", "jjj<Enter>"),
        ("messages-list", "2"),
        ("messages-flagged", "2f"),
        ("thread-detail", "2/dario<Enter><Enter>"),
        ("thread-policy-panel", "2/dario<Enter><Enter>G"),
        ("network-list", "3"),
        ("help", "?"),
        ("search-prompt", "2/dar"),
        ("search-no-match", "2/zzz"),
        ("confirm-prompt", "A"),
        ("accepted", "a"),
        ("search-highlight", "2/an<Enter>"),
        ("limit-active", "2lnot stage:pitch or from:dario<Enter>"),
    ]

    @Test(arguments: screens)
    func builtInInbox(name: String, keys: String) throws {
        for (width, height) in Self.sizes {
            var s = try BrowserFixtures.seed(width: width, height: height)
            try s.send(keys)
            GoldenFile.check(InboxScreen.render(s), named: "\(name)-\(width)x\(height)")
        }
    }

    @Test func tooSmall() throws {
        let s = try BrowserFixtures.seed(width: 30, height: 8)
        GoldenFile.check(InboxScreen.render(s), named: "too-small-30x8")
    }

    @Test func minimumSize() throws {
        var s = try BrowserFixtures.seed(width: 40, height: 10)
        GoldenFile.check(InboxScreen.render(s), named: "invitations-list-40x10")
        try s.send("2")
        GoldenFile.check(InboxScreen.render(s), named: "messages-list-40x10")
    }

    @Test(arguments: ["", "<Enter>", "2", "3"])
    func wideCharactersStayAligned(keys: String) throws {
        for (width, height) in Self.sizes {
            var s = try BrowserFixtures.state(yaml: BrowserFixtures.wide, width: width, height: height)
            try s.send(keys)
            let name = keys.isEmpty ? "invitations" : keys == "<Enter>" ? "invitation-detail" : keys == "2" ? "messages" : "network"
            GoldenFile.check(InboxScreen.render(s), named: "wide-names-\(name)-\(width)x\(height)")
        }
    }

    /// The badge column starts at the same column on every row, whatever
    /// the width of the name or note before it.
    @Test func invitationBadgesLineUp() throws {
        for (width, height) in Self.sizes + [(60, 20)] {
            for yaml in [BrowserFixtures.wide, BrowserFixtures.small] {
                let s = try BrowserFixtures.state(yaml: yaml, width: width, height: height)
                let screen = InboxScreen.render(s)
                let columns = (1...s.visibleRows.count).map { row in
                    (0..<screen.width).first { x in
                        let c = screen[x, row].grapheme
                        return (c == "A" || c == "I") && ["ACCEPT", "IGNORE"].contains(Self.text(screen, x: x, y: row, length: 6))
                    }
                }
                #expect(columns.allSatisfy { $0 != nil })
                #expect(Set(columns).count == 1, "\(width)x\(height): \(columns)")
            }
        }
    }

    static func text(_ screen: Screen, x: Int, y: Int, length: Int) -> String {
        (x..<min(screen.width, x + length)).map { screen[$0, y].grapheme }.joined()
    }
}

/// The styles goldens catch what the text goldens cannot.
@Suite struct StyledGoldenTests {
    @Test func aChangedStyleFailsTheGoldenWhileTheTextStillMatches() throws {
        let s = try BrowserFixtures.seed(width: 80, height: 24)
        let screen = InboxScreen.render(s)
        #expect(GoldenFile.compareStyles(screen, named: "invitations-list-80x24", update: false) == nil)
        // The header's first cell loses its bold: same text, another style.
        var mutated = screen
        let cell = mutated[0, 0]
        var style = cell.style
        style.bold.toggle()
        mutated.put(cell.grapheme, x: 0, y: 0, style: style)
        #expect(mutated.lines == screen.lines)
        let difference = try #require(GoldenFile.compareStyles(mutated, named: "invitations-list-80x24", update: false))
        #expect(difference.contains("styles differ"))
        // A colour alone changing is caught too.
        var recoloured = screen
        let selected = recoloured[2, 1]
        recoloured.put(selected.grapheme, x: 2, y: 1, style: selected.style.fg(.magenta))
        #expect(GoldenFile.compareStyles(recoloured, named: "invitations-list-80x24", update: false) != nil)
    }

    @Test func theLegendNamesAttributesAndColours() {
        var screen = Screen(width: 4, height: 1)
        screen.put("ab", x: 0, y: 0, style: Style(bold: true, reverse: true).fg(.yellow))
        let text = StyleMap.text(of: screen)
        #expect(text.contains("a = bold reverse fg:yellow"))
        #expect(text.contains("b = plain"))
        #expect(text.hasSuffix("cells:\naabb\n"))
    }
}
