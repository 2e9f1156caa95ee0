import InboxGenerator
import InboxSearch
import ScreenKit
import Testing
@testable import InboxUI

/// Search gives the feedback less and neomutt give: matches highlighted on
/// screen, "n/M" in the status line, a word when `n` wraps, and Esc puts
/// the cursor back where the search started.
@Suite struct SearchFeedbackTests {
    @Test func enterAndNSayWhichMatchOfHowMany() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        // Invitations, newest first: Ana (note says Robin), the advisor (no note), Ben (Robin).
        try s.send("1/robin<Enter>")
        #expect(s.selectedName == "Ana Souza")
        #expect(s.status?.text == "/robin  1/2")
        try s.send("n")
        #expect(s.selectedName == "Ben Adler")
        #expect(s.status?.text == "/robin  2/2")
        #expect(s.screenText.split(separator: "\n").last?.contains("/robin  2/2") == true)
    }

    @Test func nSaysWhenItWrapsAroundTheEnd() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        try s.send("1/robin<Enter>nn")
        #expect(s.selectedName == "Ana Souza")
        #expect(s.status?.text == "/robin  1/2  search wrapped to top")
        #expect(s.status?.kind == .warning)
        try s.send("N")
        #expect(s.status?.text == "/robin  2/2  search wrapped to bottom")
        try s.send("N")
        #expect(s.status?.text == "/robin  1/2")
    }

    /// In a large inbox the count over every row runs off the key path:
    /// the status line says "/query" at once and gains "n/M" when the
    /// runtime answers, unless the user has moved on to something else.
    @Test func aLargeCountArrivesAfterTheKey() throws {
        let inbox = InboxGenerator.generate(GeneratorOptions(people: 3_000, messages: 12_000))
        var s = try BrowserFixtures.state(inbox, width: 120, height: 40)
        s.prepareSearch()
        try s.send("2")
        #expect(s.visibleRows.count > AppState.matchesCountedOnKey)
        var effects: [Effect] = []
        for key in try Key.parse("/e") { effects += s.update(.key(key)) }
        effects += s.update(.key(.enter))
        let counts = effects.compactMap { effect -> MatchCountRequest? in
            if case .countMatches(let r) = effect { return r }
            return nil
        }
        #expect(counts.count == 1, "one count, asked for once: \(effects)")
        #expect(s.status?.text == "/e")
        // `n` before the answer: no second count, still no figure.
        let again = s.update(.key(.char("n")))
        #expect(!again.contains { if case .countMatches = $0 { true } else { false } })
        #expect(s.status?.text == "/e")
        let request = try #require(counts.first)
        let counted = request.count()
        _ = s.update(.matchesCounted(counted))
        let naive = s.visibleRows.indices.filter { i in
            CaseFolding.bytesContain(SearchIndexTests.rowText(s.visibleRows[i], in: s), Array("e".utf8))
        }
        #expect(s.status?.text == "/e  \((naive.firstIndex(of: s.list.selected) ?? -1) + 1)/\(naive.count)")
        // An answer for a query no longer shown changes nothing.
        try s.send("/xq<Enter>")
        let shown = s.status
        _ = s.update(.matchesCounted(counted))
        #expect(s.status == shown)
    }

    /// Before the index is built, a count would read every message on the
    /// core building it: the position waits for the index.
    @Test func noCountBeforeTheIndexIsBuilt() throws {
        let inbox = InboxGenerator.generate(GeneratorOptions(people: 3_000, messages: 12_000))
        var s = try BrowserFixtures.state(inbox, width: 120, height: 40)
        _ = s.update(.key(.char("2")))
        var effects: [Effect] = []
        for key in try Key.parse("/e<Enter>") { effects += s.update(.key(key)) }
        #expect(!effects.contains { if case .countMatches = $0 { true } else { false } }, "\(effects)")
        #expect(s.status?.text == "/e")
    }

    @Test func escRestoresTheRowTheSearchStartedFrom() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        try s.send("1j")
        #expect(s.selectedName == "Investment Advisor")
        try s.send("/ben")
        #expect(s.selectedName == "Ben Adler")
        try s.send("<Esc>")
        #expect(s.mode == .list)
        #expect(s.selectedName == "Investment Advisor")
        #expect(!s.search.isActive)
    }

    @Test func matchesAreHighlightedInTheListAndTheThread() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small, width: 120, height: 30)
        try s.send("2/cannabis<Enter>")
        let screen = InboxScreen.render(s)
        let cells = Self.highlighted(screen)
        #expect(!cells.isEmpty)
        // Every highlighted run spells the query, whatever its case.
        for run in cells { #expect(run.lowercased() == "cannabis", "\(run)") }
        // The thread on the right shows the message with it.
        let layout = Layout(width: 120, height: 30)
        #expect(Self.highlighted(screen, from: layout.detailPane.x).count >= 1)
        // Esc from the list ends the highlight with the search.
        try s.send("/<Esc>")
        #expect(Self.highlighted(InboxScreen.render(s)).isEmpty)
    }

    @Test func highlightIgnoresCaseAndMarksEveryOccurrence() {
        let ranges = SearchHighlight.ranges(of: Array("an".utf8), in: Array("ana and banana".utf8))
        #expect(ranges.map(\.0) == [0, 4, 9, 11])
        var screen = Screen(width: 20, height: 1)
        screen.put("Ana AND banana", x: 0, y: 0)
        SearchHighlight.apply("AN", to: &screen, in: screen.bounds)
        // Matches side by side ("banana") make one run.
        #expect(Self.highlighted(screen) == ["An", "AN", "anan"])
    }

    /// Runs of cells drawn with the match style, left to right, top to bottom.
    static func highlighted(_ screen: Screen, from x0: Int = 0) -> [String] {
        var runs: [String] = []
        for y in 0..<screen.height {
            var run = ""
            for x in x0..<screen.width {
                let cell = screen[x, y]
                if cell.style.underline && cell.style.fg == Theme.match.fg {
                    run += cell.grapheme
                } else if !run.isEmpty {
                    runs.append(run)
                    run = ""
                }
            }
            if !run.isEmpty { runs.append(run) }
        }
        return runs
    }
}
