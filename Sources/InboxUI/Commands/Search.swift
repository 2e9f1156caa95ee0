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
            sayMatchPosition(wrapped: wrapped ? (forward ? "top" : "bottom") : nil)
        }
        return effects
    }

    /// "/ana  3/7" in the status line (less's and neomutt's feedback), and
    /// a word when `n` went round the end of the list.
    mutating func sayMatchPosition(wrapped: String? = nil) {
        let query = "/" + search.query
        var text = query
        if let (index, count) = matchPosition() { text += "  \(index)/\(count)" }
        if let wrapped {
            text += "  search wrapped to \(wrapped)"
            status = StatusLine(text, kind: .warning)
        } else {
            status = StatusLine(text)
        }
    }

    /// The selected row's place among the matches (1-based; 0 when the
    /// cursor is not on one) and how many there are; nil while uncounted
    /// (a large inbox before its index is built).
    mutating func matchPosition() -> (Int, Int)? {
        let rowsNow = visibleRows
        let key = "\(search.query)\u{0}\(view.rawValue)\(flaggedOnly)\(sentOnly)\(limit?.text ?? "")\u{0}\(inbox.events.count)\(rowsNow.count)"
        if search.matchesFor != key {
            let finder = RowSearch(
                query: search.query, rows: rowsNow, view: view, inbox: inbox, state: folded,
                index: session.search.index, changed: session.search.changed
            )
            guard let all = finder.all(limit: Self.rowsCountedWithoutIndex) else { return nil }
            search.matches = all
            search.matchesFor = key
        }
        let m = search.matches
        var lo = 0, hi = m.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if m[mid] < list.selected { lo = mid + 1 } else { hi = mid }
        }
        return (lo < m.count && m[lo] == list.selected ? lo + 1 : 0, m.count)
    }

    /// Rows a count reads one by one before the index is built.
    static let rowsCountedWithoutIndex = 2_000

    /// The first idle moment: ask the runtime for the search index, so the
    /// first `/` seldom finds it missing.
    mutating func prepareSearchIndex() -> [Effect] {
        // A demo's keys are the demo's: it has no search to prepare for.
        guard demo == nil else { return [] }
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

    private func findRow(in rows: [Int], from start: Int, forward: Bool) -> RowSearch.Outcome {
        if let index = session.search.index {
            let found = RowSearch(
                query: search.query, rows: rows, view: view, inbox: inbox, state: folded,
                index: index, changed: session.search.changed
            ).find(from: start, forward: forward)
            return found.map { .found($0) } ?? .noMatch
        }
        let unindexed = RowSearch(query: search.query, rows: rows, view: view, inbox: inbox, state: folded, index: nil, changed: [])
        return unindexed.find(from: start, forward: forward, limit: Self.rowsReadBeforeWaitingForIndex)
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
