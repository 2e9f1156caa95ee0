extension AppState {
    /// Text typed after `/`: search again from where the search started.
    mutating func searchInput(_ query: String) {
        search.query = query
        guard !query.isEmpty else {
            search.failed = false
            return
        }
        jumpToMatch(from: search.origin, forward: true)
    }

    /// `n` / `N`: the next or previous row matching the last query.
    mutating func findNext(forward: Bool) {
        guard search.isActive else {
            status = StatusLine("No search yet; press / to search")
            return
        }
        jumpToMatch(from: list.selected + (forward ? 1 : -1), forward: forward)
        if search.failed { status = StatusLine("No match for \"\(search.query)\"", kind: .warning) }
    }

    /// Starts building the search index in the background; the loop calls
    /// it once the first frame is up, so the first `/` seldom waits.
    public mutating func prepareSearch() {
        searchIndex.prepare(for: inbox)
    }

    /// Whether the search index is built.
    public var isSearchIndexReady: Bool { searchIndex.isReady }

    private mutating func jumpToMatch(from start: Int, forward: Bool) {
        let rowsNow = visibleRows
        guard let row = findRow(in: rowsNow, from: start, forward: forward) else {
            search.failed = true
            return
        }
        search.failed = false
        var l = list
        l.select(row, count: rowsNow.count, visible: listHeight)
        list = l
        detailScroll = 0
    }

    /// Until the index is built (a moment after startup) the search reads
    /// rows as they come, which finds a common word in a row or two; only
    /// a search that reads this many rows without a match waits for it.
    static let rowsReadBeforeWaitingForIndex = 300

    private mutating func findRow(in rows: [Int], from start: Int, forward: Bool) -> Int? {
        if let index = searchIndex.readyIndex(for: inbox) {
            return RowSearch(
                query: search.query, rows: rows, view: view, inbox: inbox, state: folded,
                index: index, changed: searchIndex.changed
            ).find(from: start, forward: forward)
        }
        let unindexed = RowSearch(query: search.query, rows: rows, view: view, inbox: inbox, state: folded, index: nil, changed: [])
        switch unindexed.find(from: start, forward: forward, limit: Self.rowsReadBeforeWaitingForIndex) {
        case .found(let i): return i
        case .noMatch: return nil
        case .stopped:
            let index = searchIndex.index(for: inbox)
            return RowSearch(
                query: search.query, rows: rows, view: view, inbox: inbox, state: folded,
                index: index, changed: searchIndex.changed
            ).find(from: start, forward: forward)
        }
    }
}
