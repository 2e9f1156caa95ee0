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

    private mutating func jumpToMatch(from start: Int, forward: Bool) {
        let key = SearchKey(view: view, flaggedOnly: flaggedOnly)
        if searchIndex?.key != key {
            searchIndex = (key, SearchIndex(rows: visibleRows, view: view, inbox: inbox, state: folded))
        }
        guard let index = searchIndex?.index, let row = index.find(search.query, from: start, forward: forward) else {
            search.failed = true
            return
        }
        search.failed = false
        var l = list
        l.select(row, count: visibleRows.count, visible: listHeight)
        list = l
        detailScroll = 0
    }
}

/// Which rows a search index was built for.
struct SearchKey: Equatable, Sendable {
    var view: InboxView
    var flaggedOnly: Bool
}
