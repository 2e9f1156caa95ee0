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
        let index = searchIndex.index(for: inbox)
        let finder = RowSearch(
            query: search.query, rows: rowsNow, view: view, inbox: inbox, state: folded,
            index: index, changed: searchIndex.changed
        )
        guard let row = finder.find(from: start, forward: forward) else {
            search.failed = true
            return
        }
        search.failed = false
        var l = list
        l.select(row, count: rowsNow.count, visible: listHeight)
        list = l
        detailScroll = 0
    }
}
