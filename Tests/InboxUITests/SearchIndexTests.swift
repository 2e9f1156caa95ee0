import InboxGenerator
import InboxModel
import InboxSearch
import ScreenKit
import Testing
@testable import InboxUI

/// The whole-inbox search index must never change what `/` finds: it only
/// rules rows out, so its answers are compared with reading every row.
@Suite struct SearchIndexTests {
    /// What the search finds by reading every row, as it always has: each
    /// text lowered and the texts joined with line breaks.
    static func naiveFind(_ query: String, in state: AppState, from start: Int, forward: Bool) -> Int? {
        let rows = state.visibleRows
        let q = Array(query.lowercased().utf8)
        guard !rows.isEmpty, !q.isEmpty else { return nil }
        var i = ((start % rows.count) + rows.count) % rows.count
        for _ in 0..<rows.count {
            if CaseFolding.bytesContain(rowText(rows[i], in: state), q) { return i }
            i = forward ? (i + 1) % rows.count : (i - 1 + rows.count) % rows.count
        }
        return nil
    }

    static func rowText(_ row: Int, in s: AppState) -> [UInt8] {
        let person = s.inbox.person(s.rows.person(forRow: row, in: s.view, state: s.folded))
        var texts = [person.name, person.headline]
        switch s.view {
        case .invitations: texts.append(s.inbox.events[s.folded.invitations[row].event].text)
        case .messages: texts += s.folded.threads[row].messages.map { s.inbox.events[Int($0)].text }
        case .network: break
        }
        return Array(texts.map { $0.lowercased() + "\n" }.joined().utf8)
    }

    static func indexedFind(_ query: String, in state: AppState, index: SearchIndex, from start: Int, forward: Bool) -> Int? {
        RowSearch(
            query: query, rows: state.visibleRows, view: state.view, inbox: state.inbox, state: state.folded,
            index: index, changed: []
        ).find(from: start, forward: forward)
    }

    /// Queries cut from the rows' own text (in mixed case, so folding
    /// matters), plus letters at random that mostly match nothing.
    static func queries(for state: AppState, count: Int, random: inout SeededRandom) -> [String] {
        let rows = state.visibleRows
        var out: [String] = []
        for k in 0..<count {
            if k % 4 == 3 || rows.isEmpty {
                out.append(String((0..<random.int(1...5)).map { _ in random.pick(Array("aeiouxyzqkj ~")) }))
                continue
            }
            let text = Array(String(decoding: rowText(random.pick(rows), in: state), as: UTF8.self))
            guard !text.isEmpty else { continue }
            let length = min(text.count, random.int(1...9))
            let start = random.below(text.count - length + 1)
            let piece = String(text[start..<(start + length)])
            out.append(random.chance(0.5) ? piece.uppercased() : piece)
        }
        return out
    }

    static func checkAgreement(_ base: AppState, index: SearchIndex, seed: UInt64, queriesPerView: Int) {
        var random = SeededRandom(seed: seed)
        for (view, flagged) in [(InboxView.invitations, false), (.messages, false), (.messages, true), (.network, false)] {
            var s = base
            _ = s.update(.command(view == .invitations ? .showInvitations : view == .messages ? .showMessages : .showNetwork))
            if flagged { _ = s.update(.command(.toggleFlaggedOnly)) }
            let count = s.visibleRows.count
            for query in queries(for: s, count: queriesPerView, random: &random) {
                let start = count > 0 ? random.below(count) : 0
                let forward = random.chance(0.7)
                #expect(
                    indexedFind(query, in: s, index: index, from: start, forward: forward)
                        == naiveFind(query, in: s, from: start, forward: forward),
                    "\(view) flagged=\(flagged) query \"\(query)\" from \(start)"
                )
            }
        }
    }

    @Test func agreesWithReadingEveryRowOnTheSeedInbox() throws {
        let s = try BrowserFixtures.seed()
        Self.checkAgreement(s, index: SearchIndex(inbox: s.inbox), seed: 1, queriesPerView: 200)
    }

    @Test func agreesWithReadingEveryRowOnAGeneratedInbox() throws {
        let inbox = InboxGenerator.generate(GeneratorOptions(people: 400, messages: 3_000))
        let s = try BrowserFixtures.state(inbox, width: 120, height: 40)
        Self.checkAgreement(s, index: SearchIndex(inbox: inbox), seed: 2, queriesPerView: 150)
    }

    @Test func agreesWhenBuiltInPartsOnSeveralThreads() throws {
        let inbox = InboxGenerator.generate(GeneratorOptions(people: 400, messages: 3_000))
        let s = try BrowserFixtures.state(inbox, width: 120, height: 40)
        let parted = SearchIndex(inbox: inbox, workers: 3, minimumPart: 64)
        Self.checkAgreement(s, index: parted, seed: 3, queriesPerView: 100)
        // The parts hold the same sets as one whole.
        let whole = SearchIndex(inbox: inbox, workers: 1)
        for query in ["e", "th", "the", "zoom call", "invest", "q"] {
            for view in InboxView.allCases {
                let q = CaseFolding.fold(query)
                #expect(parted.candidates(for: q, in: view)?.words == whole.candidates(for: q, in: view)?.words, "\(query) in \(view)")
            }
        }
    }

    @Test func anASCIIQueryReadsTextWithOtherCharactersAsTheFullFoldDoes() {
        let texts = [
            "Designer · Göteborg", "Marketing Director · Berlin", "ÅSA LINDQVIST", "Schäfer",
            "İstanbul", "\u{212A}ELVIN", "x\u{212A}", "naïve café", "", "·",
        ]
        for text in texts {
            let folded = Array(text.lowercased().utf8)
            for query in ["er", "berlin", "göte", "istanbul", "i̇stanbul", "kelvin", "xk", "ve ca", "é", "·", "a"] {
                let q = CaseFolding.fold(query)
                #expect(CaseFolding.contains(text, folded: q) == CaseFolding.bytesContain(folded, q), "\(query) in \(text)")
            }
        }
    }

    @Test func narrowsCandidatesToFewRows() throws {
        let inbox = InboxGenerator.generate(GeneratorOptions(people: 400, messages: 3_000))
        let index = SearchIndex(inbox: inbox)
        let name = inbox.people[7].name
        let candidates = try #require(index.candidates(for: CaseFolding.fold(name), in: .network))
        let people = (0..<inbox.people.count).filter { candidates.contains($0) }
        #expect(people.contains(7))
        #expect(people.count < 10, "\(people.count) candidates for \(name)")
    }

    static let nordic = """
    version: 1
    owner: {id: me, name: Robin Okafor}
    now: 2026-03-20T09:00:00Z
    people:
      - {id: asa, name: Åsa Lindqvist, headline: "Designer · Göteborg", connected: 2020-01-01}
      - {id: bastian, name: Bastian Schäfer, headline: "Marketing Director · Berlin", connected: 2020-02-01}
      - {id: asad, name: Asad Khan, headline: "Engineer", connected: 2020-03-01}
    events:
      - {type: message, at: 2026-03-19T12:00:00Z, from: asa, to: me, body: "Tack för ÖVERSIKTEN, it helped."}
    """

    @Test func foldsCaseBeyondASCII() throws {
        var s = try BrowserFixtures.state(yaml: Self.nordic)
        try s.send("3/ÅSA<Enter>")
        #expect(s.selectedName == "Åsa Lindqvist")
        try s.send("/schÄfer<Enter>")
        #expect(s.selectedName == "Bastian Schäfer")
        try s.send("/göteborg<Enter>")
        #expect(s.selectedName == "Åsa Lindqvist")
        try s.send("2/översikten<Enter>")
        #expect(!s.search.failed)
        #expect(s.selectedName == "Åsa Lindqvist")
        // "asa" is not in "Åsa": å is not a.
        try s.send("3/asa<Enter>")
        #expect(s.selectedName == "Asad Khan")
        try s.send("n")
        #expect(s.selectedName == "Asad Khan")
    }

    @Test func aMessageSentAfterTheIndexIsFoundAtOnce() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small, width: 120, height: 40)
        s.prepareSearch()
        try s.send("2/zanzibar<Enter>")
        #expect(s.search.failed)
        try s.selectPerson("kwame", in: .messages)
        _ = s.update(.key(.char("r")))
        s.typeDraft("Could we compare notes on the Zanzibar survey?")
        _ = s.answering(.key(.ctrl("d")))
        try s.send("<Esc>gg/zanzibar<Enter>")
        #expect(!s.search.failed)
        #expect(s.selectedName == "Kwame Asante")
        // Found by the index for the people it did not change, too.
        try s.send("/dario<Enter>")
        #expect(s.selectedName == "Dario Mendes")
    }

    @Test func anAcceptedInvitationIsSearchableInTheNetwork() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        s.prepareSearch()
        try s.send("3/northwind<Enter>")
        #expect(s.search.failed)
        try s.selectPerson("ben", in: .invitations)
        try s.send("a3/northwind<Enter>")
        #expect(!s.search.failed)
        #expect(s.selectedName == "Ben Adler")
    }

    @Test func anIndexForAnotherLogIsNotTrusted() throws {
        let inbox = try BrowserFixtures.seedInbox()
        var state = SearchIndexState()
        guard case .buildSearchIndex(let build)? = state.request(for: inbox) else {
            Issue.record("expected a build request")
            return
        }
        var grown = inbox
        let someone = try #require(grown.ref(forPersonID: "hana"))
        try grown.append(Event(type: .message, at: grown.now, actor: .owner, subject: someone, text: "Quokka"))
        // Appended without telling the state: the old build must not be taken.
        let tookStale = state.accept(build.build(), for: grown)
        #expect(!tookStale)
        #expect(state.index == nil)
        // Asked again, the new build covers the new text.
        guard case .buildSearchIndex(let again)? = state.request(for: grown) else {
            Issue.record("expected a second build request")
            return
        }
        let tookFresh = state.accept(again.build(), for: grown)
        #expect(tookFresh)
        let candidates = try #require(state.index?.candidates(for: CaseFolding.fold("quokka"), in: .messages))
        #expect(candidates.contains(Int(someone.index)))
    }

    @Test func theIndexArrivesAsAMessage() throws {
        var s = try BrowserFixtures.seed()
        s.prepareSearch()
        try s.send("2/dar<Enter>")
        #expect(s.selectedName == "Dario Mendes")
        #expect(s.session.search.index?.eventCount == s.inbox.events.count)
        #expect(s.isSearchIndexReady)
    }

    /// The reducer never waits for the index: with a build that never
    /// answers, a search that needs it says so and returns at once; the
    /// answer, when it comes, finishes the search.
    @Test func aSearchNeverWaitsForTheIndex() throws {
        let inbox = InboxGenerator.generate(GeneratorOptions(people: 400, messages: 3_000))
        var s = try BrowserFixtures.state(inbox, width: 120, height: 40)
        _ = s.update(.key(.char("2")))
        var asked: [Effect] = []
        for key in try Key.parse("/zzzq") { asked += s.update(.key(key)) }
        let requests = asked.compactMap { effect -> SearchIndexRequest? in
            if case .buildSearchIndex(let r) = effect { return r }
            return nil
        }
        #expect(requests.count == 1, "one build, asked for once: \(asked)")
        #expect(s.search.waiting == .typed)
        #expect(!s.search.failed)
        #expect(s.screenText.contains("searching"))
        // More keys while it builds: still no wait, no second build.
        #expect(s.update(.key(.enter)).isEmpty)
        #expect(!s.isSearchIndexReady)
        let request = try #require(requests.first)
        _ = s.update(.searchIndexReady(BuiltSearchIndex(request.build())))
        #expect(s.search.waiting == nil)
        #expect(s.search.failed)
    }

    @Test func beforeTheIndexIsBuiltRowsAreReadInTurnThenItWaits() throws {
        let inbox = InboxGenerator.generate(GeneratorOptions(people: 400, messages: 3_000))
        var s = try BrowserFixtures.state(inbox, width: 120, height: 40)
        try s.send("2")
        let rows = s.visibleRows
        for query in ["e", "zzzq", "quick"] {
            let unindexed = RowSearch(query: query, rows: rows, view: .messages, inbox: inbox, state: s.folded, index: nil, changed: [])
            let whole = unindexed.find(from: 0, forward: true)
            switch unindexed.find(from: 0, forward: true, limit: 5) {
            case .found(let i): #expect(whole == i)
            case .noMatch: #expect(whole == nil)
            case .stopped: #expect(whole.map { $0 >= 5 } ?? true)
            }
        }
        // Through the browser, with no index yet: a miss reads past the
        // limit, waits for the index and still says no match.
        try s.send("/zzzq<Enter>")
        #expect(s.search.failed)
        let last = try #require(rows.last)
        let name = inbox.person(s.folded.threads[last].counterpart).name
        try s.send("gg/\(name)<Enter>")
        #expect(s.selectedName == name)
    }
}
