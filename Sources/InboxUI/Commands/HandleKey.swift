import ScreenKit

extension AppState {
    /// Maps a key to a command in the current mode; keys that aren't bound
    /// go to text input (search, compose) or are ignored.
    mutating func handle(key: Key) -> [Effect] {
        if case .mouse(let event) = key { return handle(mouse: event) }
        if key == .resize { return [] }
        if case .unknownSequence(let sequence) = key {
            status = StatusLine("Ignored an unknown key sequence \(sequence) (does TERM match this terminal?)", kind: .warning)
            return []
        }
        if demo != nil, mode != .compose, let effects = handleDemo(key: key) { return effects }
        switch mode {
        case .search:
            return handleSearch(key: key)
        case .compose:
            if let command = KeyBindings.command(for: key, in: mode) { return run(command) }
            return editDraft(key: key)
        case .help:
            if let command = KeyBindings.command(for: key, in: mode) {
                switch command {
                case .moveDown: helpScroll = min(helpScroll + 1, HelpView.maxScroll(self))
                case .moveUp: helpScroll = max(0, helpScroll - 1)
                default: return run(command)
                }
                return []
            }
            mode = .list
            return []
        case .confirm:
            if let command = KeyBindings.command(for: key, in: mode) { return run(command) }
            return []
        case .list, .detail:
            if let command = KeyBindings.command(for: key, in: mode) { return run(command) }
            status = StatusLine("\(key.displayName) is not bound; press ? for help", kind: .warning)
            return []
        }
    }

    private mutating func handleSearch(key: Key) -> [Effect] {
        switch key {
        case .enter:
            mode = .list
            if search.failed { status = StatusLine("No match for \"\(search.query)\"", kind: .warning) }
        case .esc:
            search = SearchState()
            mode = .list
        case .backspace:
            if search.query.isEmpty {
                mode = .list
            } else {
                var q = search.query
                q.removeLast()
                searchInput(q)
            }
        case .ctrl("u"):
            searchInput("")
        case .char(let c):
            searchInput(search.query + String(c))
        default:
            break
        }
        return []
    }

    /// Click selects a row (and opens it on narrow screens); the wheel
    /// scrolls the pane under the pointer.
    private mutating func handle(mouse event: MouseEvent) -> [Effect] {
        guard !isTooSmall, mode == .list || mode == .detail else { return [] }
        let listWidth = isWide ? Layout.listWidth(total: width) : width
        let overList = (mode == .list || isWide) && event.x < listWidth
        // Pointing at the list of a split screen gives it the keys back.
        if overList { mode = .list }
        switch event.kind {
        case .wheelUp, .wheelDown:
            let delta = event.kind == .wheelDown ? 3 : -3
            if overList { moveCursor(by: delta) } else { scrollDetail(by: delta) }
        case .press:
            guard overList, event.y >= 1, event.y < height - 1 else { return [] }
            let row = list.offset + event.y - 1
            guard row < visibleRows.count else { return [] }
            var l = list
            let before = l.selected
            l.select(row, count: visibleRows.count, visible: listHeight)
            list = l
            if before != row { detailScroll = 0 }
            status = nil
        case .release:
            break
        }
        return []
    }
}
