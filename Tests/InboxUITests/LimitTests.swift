import InboxGenerator
import InboxModel
import Testing
@testable import InboxUI

/// The limit filter's query language, and `l` in the browser.
@Suite struct LimitQueryTests {
    @Test func parsesTermsWithPrecedence() throws {
        #expect(try LimitQuery.parse("flagged") == .flagged)
        #expect(try LimitQuery.parse("stage:PITCH") == .stage(.pitch))
        #expect(try LimitQuery.parse("score>10") == .score(.greater, 10))
        #expect(try LimitQuery.parse("score<=2.5") == .score(.atMost, 2.5))
        #expect(try LimitQuery.parse("from:\"Ana Sou\"") == .from("Ana Sou"))
        #expect(try LimitQuery.parse("after:2026-03-10") == .after(try Timestamp.parse("2026-03-10", allowDateOnly: true)))
        // not binds tightest, then and (also a plain space), then or.
        #expect(try LimitQuery.parse("not flagged unread or stage:pitch")
                == .or(.and(.not(.flagged), .unread), .stage(.pitch)))
        #expect(try LimitQuery.parse("flagged and (unread or from:ana)")
                == .and(.flagged, .or(.unread, .from("ana"))))
        #expect(try LimitQuery.parse("NOT (flagged OR unread)") == .not(.or(.flagged, .unread)))
    }

    @Test(arguments: [
        ("", 1, "the query is empty"),
        ("flagged or", 11, "the query ends where a term was expected"),
        ("stage:zoom", 7, "no stage \"zoom\""),
        ("score>ten", 7, "score> needs a number"),
        ("score10", 6, "score needs >"),
        ("(flagged", 9, "the ( at column 1 is never closed"),
        ("flagged)", 8, "this ) has no ( before it"),
        ("before:yesterday", 8, "\"yesterday\" is not a date"),
        ("from:\"Ana", 6, "this quote is never closed"),
        ("flaged", 1, "unknown term \"flaged\""),
        ("or unread", 1, "or needs a term before it"),
    ])
    func aBadQuerySaysWhere(text: String, column: Int, message: String) {
        #expect(throws: LimitQuery.ParseError.self) { try LimitQuery.parse(text) }
        do {
            _ = try LimitQuery.parse(text)
        } catch {
            #expect(error.column == column, "\(text): \(error)")
            #expect(error.message.hasPrefix(message), "\(text): \(error)")
        }
    }

    @Test func evaluatesAgainstTheVerdictsAndTheLog() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        try s.send("2")
        func kept(_ text: String) throws -> [String] {
            let q = try LimitQuery.parse(text)
            return s.unlimitedRows.filter { q.matches(row: $0, in: s) }
                .map { s.inbox.person(s.rows.person(forRow: $0, in: s.view, state: s.folded)).name }
        }
        #expect(try kept("flagged") == ["Dario Mendes"])
        #expect(try kept("stage:pitch") == ["Dario Mendes"])
        #expect(try kept("not flagged") == ["Kwame Asante", "Hana Sato"])
        #expect(try kept("unread") == ["Kwame Asante", "Dario Mendes", "Hana Sato"])
        #expect(try kept("from:hana or from:KWAME") == ["Kwame Asante", "Hana Sato"])
        #expect(try kept("before:2026-03-11") == ["Hana Sato"])
        #expect(try kept("after:2026-03-11 and not unread") == [])
        #expect(try kept("score>1000") == [])
        let darioRef = try #require(s.inbox.ref(forPersonID: "dario"))
        let dario = try #require(s.threadVerdict(with: darioRef))
        #expect(try kept("score>=\(dario.score)") == ["Dario Mendes"])
        try s.send("1")
        #expect(try kept("flagged") == ["Investment Advisor"])
    }
}

@Suite struct LimitPromptTests {
    @Test func lLimitsTheListAndShowsItInTheTabBar() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small, width: 120, height: 30)
        try s.send("2l")
        #expect(s.mode == .limit)
        #expect(s.screenText.split(separator: "\n").last?.hasPrefix("limit: ") == true)
        try s.send("not flagged<Enter>")
        #expect(s.mode == .list)
        #expect(s.listedNames == ["Kwame Asante", "Hana Sato"])
        #expect(s.screenText.split(separator: "\n").first?.contains("limit: not flagged (2)") == true)
        // The limit follows to other views, and `l` edits it.
        try s.send("l<BS><BS><BS><BS><BS><BS><BS><BS><BS><BS><BS>from:dario<Enter>")
        #expect(s.listedNames == ["Dario Mendes"])
        try s.send("1")
        #expect(s.listedNames.isEmpty)
    }

    @Test func aParseErrorKeepsThePromptAndSaysWhere() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        try s.send("2lstage:zoom<Enter>")
        #expect(s.mode == .limit)
        #expect(s.limit == nil)
        let last = try #require(s.screenText.split(separator: "\n").last)
        #expect(last.contains("column 7: no stage \"zoom\""))
        try s.send("<BS><BS><BS><BS>pitch<Enter>")
        #expect(s.listedNames == ["Dario Mendes"])
    }

    @Test func escOrAnEmptyLimitClearsIt() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        try s.send("2lflagged<Enter>")
        #expect(s.listedNames == ["Dario Mendes"])
        try s.send("l<Esc>")
        #expect(s.limit == nil)
        #expect(s.listedNames.count == 3)
        try s.send("lflagged<Enter>l<C-u><Enter>")
        #expect(s.limit == nil)
        #expect(s.status?.text == "Limit cleared")
        #expect(!s.screenText.contains("limit:"))
    }

    @Test func ctrlUEmptiesThePromptButOnlyBackspaceClosesIt() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        // With no limit the prompt opens empty: C-u keeps it open, so the
        // query typed next is a query, not keys run in the list.
        try s.send("2l<C-u>")
        #expect(s.mode == .limit)
        try s.send("flagged<Enter>")
        #expect(s.listedNames == ["Dario Mendes"])
        try s.send("l<C-u>")
        #expect(s.limitPrompt?.text == "")
        try s.send("<C-u>")
        #expect(s.mode == .limit)
        try s.send("<BS>")
        #expect(s.mode == .list)
        #expect(s.listedNames == ["Dario Mendes"])
    }

    @Test func theLimitFollowsTheLog() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        try s.send("1lfrom:ben<Enter>")
        #expect(s.listedNames == ["Ben Adler"])
        try s.send("a")
        #expect(s.listedNames.isEmpty)
    }

    /// A large view is judged item by item in storage order and a small
    /// one row by row; both must keep exactly the rows each row's own
    /// judgement keeps, in the list's order.
    @Test func aWholeViewKeepsWhatEachRowWouldKeep() throws {
        let inbox = InboxGenerator.generate(GeneratorOptions(people: 300, messages: 2_000))
        var s = try BrowserFixtures.state(inbox, width: 120, height: 40)
        for text in ["flagged", "not stage:pitch or unread or score>10", "from:a and not unread", "after:2026-01-01"] {
            let q = try LimitQuery.parse(text)
            for keys in ["1", "2", "2f", "3"] {
                try s.send(keys)
                let rows = s.unlimitedRows
                let one = rows.filter { q.matches(row: $0, in: s) }
                #expect(LimitEvaluator(q, in: s).filter(rows) == one, "\(text) in \(keys)")
                #expect(LimitEvaluator(q, in: s).filter(Array(rows.prefix(5))) == one.filter { rows.prefix(5).contains($0) })
                if keys == "2f" { try s.send("f") }
            }
        }
    }

    /// Rows remembered for a view are used again only while nothing they
    /// depend on changed: reading a thread changes what `unread` keeps.
    @Test func rememberedRowsFollowWhatTheyDependOn() throws {
        let inbox = InboxGenerator.generate(GeneratorOptions(people: 300, messages: 2_000))
        var s = try BrowserFixtures.state(inbox, width: 120, height: 40)
        try s.send("2lunread<Enter>")
        func fresh() throws -> [Int] { LimitEvaluator(try LimitQuery.parse("unread"), in: s).filter(s.unlimitedRows) }
        let before = s.visibleRows
        #expect(before == (try fresh()))
        try s.send("1f2")
        #expect(s.visibleRows == before)
        try s.send("<Enter><Esc>")
        #expect(s.visibleRows == (try fresh()))
        #expect(s.visibleRows.count == before.count - 1)
    }
}
