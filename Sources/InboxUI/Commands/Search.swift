import InboxModel
import InboxSearch

extension AppState {
    /// Text typed after `/`: search again from where the search started.
    mutating func searchInput(_ query: String) -> [Effect] {
        search.query = query
        guard !query.isEmpty else {
            search.failed = false
            search.waiting = nil
            return []
        }
        return jumpToMatch(from: search.origin, forward: true, then: .typed)
    }

    /// `n` / `N`: the next or previous row matching the last query.
    mutating func findNext(forward: Bool) -> [Effect] {
        guard search.isActive else {
            status = StatusLine("No search yet; press / to search")
            return []
        }
        let before = list.selected
        let effects = jumpToMatch(from: list.selected + (forward ? 1 : -1), forward: forward, then: .next(forward: forward))
        if search.failed {
            status = StatusLine("No match for \"\(search.query)\"", kind: .warning)
        } else if search.waiting == nil {
            let wrapped = forward ? list.selected <= before : list.selected >= before
            return effects + sayMatchPosition(wrapped: wrapped ? (forward ? "top" : "bottom") : nil)
        }
        return effects
    }

    /// "/ana  3/7" in the status line (less's and neomutt's feedback), and
    /// a word when `n` went round the end of the list. A count that would
    /// read many rows runs off the key path: the line says "/ana" now and
    /// gains its "3/7" when `Message.matchesCounted` answers.
    mutating func sayMatchPosition(wrapped: String? = nil) -> [Effect] {
        let effects = countMatchesIfNeeded()
        var text = "/" + search.query
        if let (index, count) = matchPosition() { text += "  \(index)/\(count)" }
        search.positionPending = search.counting == nil ? nil : SearchState.PendingPosition(status: text, wrapped: wrapped)
        if let wrapped {
            text += "  search wrapped to \(wrapped)"
            status = StatusLine(text, kind: .warning)
        } else {
            status = StatusLine(text)
        }
        return effects
    }

    /// What the matches are counted for: query, view, filters and log.
    private var matchesKey: String {
        "\(search.query)\u{0}\(view.rawValue)\(flaggedOnly)\(sentOnly)\(limit?.text ?? "")\u{0}\(inbox.events.count)\(visibleRows.count)"
    }

    /// Counts the matches here when few rows need reading, or asks the
    /// runtime to (once per key of query, view and filters).
    private mutating func countMatchesIfNeeded() -> [Effect] {
        let key = matchesKey
        guard search.matchesFor != key else { return [] }
        let finder = finder(over: visibleRows)
        if finder.rowsToRead <= Self.matchesCountedOnKey {
            search.matches = finder.all()
            search.matchesFor = key
            search.counting = nil
            return []
        }
        // Before the index is built a count would read every message of
        // the inbox, on the core the index is being built on: the position
        // waits for the index instead (the next `n` shows it).
        guard session.search.index != nil, search.counting != key else { return [] }
        search.counting = key
        return [.countMatches(MatchCountRequest(finder: finder, key: key))]
    }

    /// The selected row's place among the counted matches (1-based; 0 when
    /// the cursor is not on one) and how many there are; nil while uncounted
    /// (being counted, or a large inbox before its index is built).
    func matchPosition() -> (Int, Int)? {
        guard search.matchesFor == matchesKey else { return nil }
        let m = search.matches
        var lo = 0, hi = m.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if m[mid] < list.selected { lo = mid + 1 } else { hi = mid }
        }
        return (lo < m.count && m[lo] == list.selected ? lo + 1 : 0, m.count)
    }

    /// The runtime counted the matches: keep them if they are still of this
    /// query, view and log, and finish the status line that waited.
    mutating func matchesCounted(_ counted: MatchCount) {
        guard counted.key == search.counting else { return }
        search.counting = nil
        guard counted.key == matchesKey else { return }
        search.matches = counted.matches
        search.matchesFor = counted.key
        if let pending = search.positionPending, status?.text.hasPrefix(pending.status) == true {
            _ = sayMatchPosition(wrapped: pending.wrapped)
        }
        search.positionPending = nil
    }

    /// Rows a key may read to count matches itself; more are counted by the
    /// runtime, so no key waits on a count over the whole inbox.
    static let matchesCountedOnKey = 2_000

    /// The first idle moment: ask the runtime for the search index, so the
    /// first `/` seldom finds it missing.
    mutating func prepareSearchIndex() -> [Effect] {
        // A demo's keys are the demo's: it has no search to prepare for.
        // An inbox still being read is indexed once it is whole.
        guard demo == nil, pending == nil else { return [] }
        return session.search.request(for: session.inbox).map { [$0] } ?? []
    }

    /// The runtime built the index: take it, and finish a search that was
    /// waiting for it.
    mutating func searchIndexReady(_ built: BuiltSearchIndex) -> [Effect] {
        guard session.search.accept(built.index, for: session.inbox) else {
            // The log changed in a way the build could not know of: ask again.
            return prepareSearchIndex()
        }
        guard let waiting = search.waiting else { return [] }
        search.waiting = nil
        switch waiting {
        case .typed: return jumpToMatch(from: search.origin, forward: true, then: .typed)
        case .next(let forward): return findNext(forward: forward)
        }
    }

    /// Whether the search index is built.
    public var isSearchIndexReady: Bool { session.search.isReady }

    private mutating func jumpToMatch(from start: Int, forward: Bool, then retry: SearchState.Waiting) -> [Effect] {
        let rowsNow = visibleRows
        let row: Int?
        switch findRow(in: rowsNow, from: start, forward: forward) {
        case .found(let i): row = i
        case .noMatch: row = nil
        case .stopped:
            // Too many rows to read one by one: the index answers, when the
            // runtime has built it. Nothing here waits for it.
            search.waiting = retry
            search.failed = false
            status = StatusLine("Searching… (indexing the inbox)")
            return prepareSearchIndex()
        }
        search.waiting = nil
        guard let row else {
            search.failed = true
            return []
        }
        search.failed = false
        var l = list
        l.select(row, count: rowsNow.count, visible: listHeight)
        list = l
        resetDetailScroll()
        return []
    }

    /// Until the index is built (a moment after startup) the search reads
    /// rows as they come, which finds a common word in a row or two; only
    /// a search that reads this many rows without a match needs it.
    static let rowsReadBeforeWaitingForIndex = 300

    private mutating func findRow(in rows: [Int], from start: Int, forward: Bool) -> RowSearch.Outcome {
        if session.search.index != nil {
            return finder(over: rows).find(from: start, forward: forward).map { .found($0) } ?? .noMatch
        }
        return finder(over: rows).find(from: start, forward: forward, limit: Self.rowsReadBeforeWaitingForIndex)
    }

    /// A finder for the query over `rows`, with the index's candidates
    /// worked out once per query, view and log rather than per key.
    private mutating func finder(over rows: [Int]) -> RowSearch {
        let index = session.search.index
        let folded = CaseFolding.fold(search.query)
        let key = "\(search.query)\u{0}\(view.rawValue)\u{0}\(inbox.events.count)\u{0}\(index?.eventCount ?? -1)"
        let candidates: Bitset?
        if let memo = search.candidates, memo.key == key {
            candidates = memo.set
        } else {
            candidates = RowSearch.candidates(folded: folded, view: view, index: index, changed: session.search.changed)
            search.candidates = SearchState.Candidates(key: key, set: candidates)
        }
        return RowSearch(
            folded: folded, rows: rows, view: view, inbox: inbox, state: self.folded,
            candidates: candidates, indexed: index?.personCount ?? 0
        )
    }
}

/// A search index the runtime built, as a message to the reducer. Equal
/// by the size of the log it covers.
public struct BuiltSearchIndex: Sendable, Equatable {
    public let index: SearchIndex
    public init(_ index: SearchIndex) { self.index = index }
    public static func == (a: Self, b: Self) -> Bool {
        a.index.eventCount == b.index.eventCount && a.index.personCount == b.index.personCount
    }
}

/// Counting a search's matches over the whole list, for the runtime to do
/// off the UI's thread. Equal by what it counts for.
public struct MatchCountRequest: Sendable, Equatable {
    let finder: RowSearch
    let key: String
    public static func == (a: Self, b: Self) -> Bool { a.key == b.key }

    /// Counts; the runtime calls this off the UI's thread.
    public func count() -> MatchCount { MatchCount(key: key, matches: finder.all()) }
}

/// The positions of every match, and what they were counted for.
public struct MatchCount: Sendable, Equatable {
    let key: String
    let matches: [Int]
}
