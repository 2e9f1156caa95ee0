/// `prompt keep|clear|erase|erase-all`: the `/` prompt's own keys; every
/// other key types into the query.
enum SearchPrompt: BrowserCommand {
    static let name = "prompt"
    static let summary = "Search prompt: keep the match, clear the search, erase a letter or all"
    static let clearsStatus = false
    static func check(_ args: [String]) -> String? { oneOf(["keep", "clear", "erase", "erase-all"], args) }

    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        switch args.first {
        case "keep":
            s.mode = .list
            if s.search.waiting != nil { s.status = StatusLine("Searching… (indexing the inbox)") }
            if s.search.failed {
                s.status = StatusLine("No match for \"\(s.search.query)\"", kind: .warning)
            } else if s.search.isActive && s.search.waiting == nil {
                return s.sayMatchPosition()
            }
        case "clear":
            // Back where the search started, as less and neomutt do.
            let origin = s.search.origin
            s.search = SearchState()
            s.mode = .list
            var l = s.list
            if l.selected != origin {
                l.select(origin, count: s.visibleRows.count, visible: s.listHeight)
                s.list = l
                s.resetDetailScroll()
            }
        case "erase":
            guard !s.search.query.isEmpty else {
                s.mode = .list
                return []
            }
            var q = s.search.query
            q.removeLast()
            return s.searchInput(q)
        default:
            return s.searchInput("")
        }
        return []
    }
}
