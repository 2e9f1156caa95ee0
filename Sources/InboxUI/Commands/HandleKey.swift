import ScreenKit

extension AppState {
    /// Runs the command the key table binds `key` to in the current
    /// context; unbound keys type (search, compose), close an overlay, or
    /// say they are not bound.
    mutating func handle(key: Key) -> [Effect] {
        if case .mouse(let event) = key { return handle(mouse: event) }
        if key == .resize { return [] }
        if case .unknownSequence(let sequence) = key {
            status = StatusLine("Ignored an unknown key sequence \(sequence) (does TERM match this terminal?)", kind: .warning)
            return []
        }
        let context = keyContext
        if context == .demo || context == .demoHelp { syncDemo() }
        if let command = keys.command(for: key, in: context) { return command.run(on: &self) }
        switch context {
        case .search:
            if case .char(let c) = key { return searchInput(search.query + String(c)) }
            return []
        case .limit:
            if case .char(let c) = key, var p = limitPrompt {
                p.text.append(c)
                p.error = nil
                limitPrompt = p
            }
            return []
        case .compose:
            if case .char(let c) = key { return typeIntoDraft(String(c)) }
            return []
        case .help, .demoHelp:
            mode = .list
            return []
        case .confirm:
            return []
        case .practice:
            // The answer is written in the compose editor, with its keys.
            if let edit = keys.command(for: key, in: .compose), ObjectIdentifier(edit.action) == ObjectIdentifier(EditDraft.self) { return edit.run(on: &self) }
            if case .char(let c) = key { return typeIntoDraft(String(c)) }
            return []
        case .practiceVerdict, .practiceSummary:
            status = StatusLine("\(key.displayName) is not bound here; press ? for keys", kind: .warning)
            return []
        case .demo:
            status = nil
            if key != .esc { status = StatusLine("\(key.displayName) does nothing in a demo; press ? for keys", kind: .warning) }
            return []
        case .list, .detail:
            status = StatusLine("\(key.displayName) is not bound; press ? for help", kind: .warning)
            return []
        }
    }

    /// A click on a tab switches to it, on a pane gives it the keys, on a
    /// row selects it; a double click opens the row; the wheel scrolls the
    /// pane under the pointer. Every hit is the one `Layout`'s answer.
    private mutating func handle(mouse event: MouseEvent) -> [Effect] {
        guard !isTooSmall, keyContext == .list || keyContext == .detail else { return [] }
        let layout = self.layout
        if event.kind == .press || event.kind == .doubleClick,
           let tab = layout.tab(atX: event.x, y: event.y, labels: tabLabels, clockWidth: clockLabel.displayWidth) {
            if tab != view { switchView(tab) }
            status = nil
            return []
        }
        let listShown = mode == .list || isWide
        let overList = layout.isOverList(x: event.x, listShown: listShown)
        // Pointing at the list of a split screen gives it the keys back.
        if overList { mode = .list }
        switch event.kind {
        case .wheelUp, .wheelDown:
            let delta = event.kind == .wheelDown ? 3 : -3
            if overList { moveCursor(by: delta) } else { scrollDetail(by: delta) }
        case .press, .doubleClick:
            if layout.isOverDetail(x: event.x, y: event.y) {
                // The detail pane takes the keys, as Enter would give them.
                if selectedPerson != nil, mode != .detail { open() }
                return []
            }
            guard let shownRow = layout.listRow(atX: event.x, y: event.y, listShown: listShown) else { return [] }
            let row = list.offset + shownRow
            guard row < visibleRows.count else { return [] }
            var l = list
            let before = l.selected
            l.select(row, count: visibleRows.count, visible: listHeight)
            list = l
            if before != row { resetDetailScroll() }
            status = nil
            if event.kind == .doubleClick { open() }
        case .release:
            break
        }
        return []
    }
}
