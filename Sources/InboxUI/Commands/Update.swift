import InboxModel

extension AppState {
    /// The reducer: applies one message and returns the effects to run.
    public mutating func update(_ message: Message) -> [Effect] {
        switch message {
        case .command(let c):
            return run(c)
        case .key(let key):
            return handle(key: key)
        case .resize(let w, let h):
            width = max(1, w)
            height = max(1, h)
            var l = list
            l.clamp(count: visibleRows.count, visible: listHeight)
            list = l
            return []
        case .tick(let seconds):
            if demo != nil { tickDemo(seconds: seconds) }
            return []
        case .editorFinished(let text):
            if let text { replaceDraft(with: text) }
            return []
        case .effectFailed(let why):
            status = StatusLine(why, kind: .error)
            return []
        }
    }

    /// Runs a named command in the current mode.
    public mutating func run(_ command: Command) -> [Effect] {
        if command != .search { status = nil }
        switch command {
        case .moveDown: moveCursor(by: 1)
        case .moveUp: moveCursor(by: -1)
        case .pageDown: if mode == .detail { scrollDetail(by: listHeight - 1) } else { moveCursor(by: listHeight - 1) }
        case .pageUp: if mode == .detail { scrollDetail(by: -(listHeight - 1)) } else { moveCursor(by: -(listHeight - 1)) }
        case .top: if mode == .detail { detailScroll = 0 } else { moveCursor(by: Int.min / 2) }
        case .bottom: if mode == .detail { detailScroll = Int.max / 2 } else { moveCursor(by: Int.max / 2) }
        case .open: open()
        case .back: back()
        case .showInvitations: switchView(.invitations)
        case .showMessages: switchView(.messages)
        case .showNetwork: switchView(.network)
        case .nextView: switchView(view.next)
        case .previousView: switchView(view.next.next)
        case .search:
            search = SearchState()
            search.origin = list.selected
            mode = .search
        case .searchNext: findNext(forward: true)
        case .searchPrevious: findNext(forward: false)
        case .toggleFlaggedOnly: toggleFlagged()
        case .toggleSentOnly: toggleSent()
        case .togglePolicyPanel:
            showPolicyPanel.toggle()
            status = StatusLine(showPolicyPanel ? "Policy panel shown" : "Policy panel hidden")
        case .accept: return decide(accept: true)
        case .ignore: return decide(accept: false)
        case .applyPolicyToAll: askApplyPolicy()
        case .confirmYes: return confirm(true)
        case .confirmNo: return confirm(false)
        case .reply: return startCompose()
        case .send: return sendCompose()
        case .closeCompose: return closeCompose()
        case .editExternally:
            if let compose { return [.openEditor(text: compose.editor.text)] }
        case .help:
            helpScroll = 0
            mode = mode == .help ? .list : .help
        case .quit:
            switch mode {
            case .detail, .help, .search: back()
            case .confirm: return confirm(false)
            case .compose: return closeCompose()
            case .list: return [.quit]
            }
        }
        return []
    }

    // MARK: Navigation

    mutating func moveCursor(by delta: Int) {
        if mode == .detail {
            scrollDetail(by: delta)
            return
        }
        var l = list
        let before = l.selected
        l.move(by: delta, count: visibleRows.count, visible: listHeight)
        list = l
        if l.selected != before { detailScroll = 0 }
    }

    mutating func scrollDetail(by delta: Int) {
        detailScroll = max(0, detailScroll.addingReportingOverflow(delta).overflow ? (delta > 0 ? Int.max / 2 : 0) : detailScroll + delta)
    }

    mutating func open() {
        guard let person = selectedPerson else {
            status = StatusLine("Nothing to open here")
            return
        }
        if view == .messages { readThreads.insert(person) }
        detailScroll = 0
        // On wide screens too: the keys then scroll the detail pane, the
        // only way to read a long thread there without a mouse.
        mode = .detail
    }

    mutating func back() {
        switch mode {
        case .search:
            search = SearchState()
        case .detail, .help, .confirm, .compose, .list:
            break
        }
        mode = .list
    }

    mutating func switchView(_ v: InboxView) {
        view = v
        mode = .list
        detailScroll = 0
        var l = list
        l.clamp(count: visibleRows.count, visible: listHeight)
        list = l
    }

    mutating func toggleFlagged() {
        guard view == .messages else {
            status = StatusLine("The flagged filter applies to Messages (press 2)")
            return
        }
        let person = selectedPerson
        flaggedOnly.toggle()
        reselect(person)
        status = StatusLine(flaggedOnly ? "Showing flagged threads only (\(rows.flaggedThreads.count))" : "Showing all threads")
    }

    /// Puts the cursor back on `person` after the rows changed, if still listed.
    mutating func reselect(_ person: PersonRef?) {
        let current = visibleRows
        var l = list
        if let person, let i = current.firstIndex(where: { rows.person(forRow: $0, in: view, state: folded) == person }) {
            l.select(i, count: current.count, visible: listHeight)
        } else {
            l.clamp(count: current.count, visible: listHeight)
        }
        list = l
    }
}
