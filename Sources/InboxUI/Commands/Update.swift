import InboxModel

extension AppState {
    /// The reducer: applies one message and returns the effects to run.
    public mutating func update(_ message: Message) -> [Effect] {
        let before = limit?.key
        let effects = reduce(message)
        refreshLimit(since: before)
        return effects
    }

    private mutating func reduce(_ message: Message) -> [Effect] {
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
        case .idle:
            return startReadingRest() + prepareSearchIndex()
        case .searchIndexReady(let built):
            return searchIndexReady(built)
        case .restRead(let read):
            return restRead(read)
        case .matchesCounted(let counted):
            matchesCounted(counted)
            return []
        case .persisted(let event):
            return persisted(event)
        case .undone(let event):
            undone(event)
            return []
        case .persistFailed(let event, let why):
            persistFailed(event, why: why)
            return []
        case .taught(let outcome):
            taught(outcome)
            return []
        case .effectFailed(let why):
            status = StatusLine(why, kind: .error)
            return []
        case .practiceSaved:
            practiceSaved()
            return []
        }
    }

    /// Runs a command, as a key bound to it would.
    public mutating func run(_ command: Command) -> [Effect] {
        command.run(on: &self)
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
        if l.selected != before { resetDetailScroll() }
    }

    /// The detail pane back at its top (another row, another view).
    mutating func resetDetailScroll() {
        detailScroll = 0
        detailAnchor = .top
    }

    mutating func scrollDetailToBottom() {
        detailAnchor = .top
        detailScroll = Int.max / 2
    }

    /// Scrolls the help overlay, within what its lines need at this size.
    mutating func scrollHelp(by delta: Int) {
        let limit = layout.helpMaxScroll(lines: HelpContent.lines(keys).count)
        helpScroll = delta >= limit - helpScroll ? limit : max(0, helpScroll + delta)
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
        resetDetailScroll()
        // On wide screens too: the keys then scroll the detail pane, the
        // only way to read a long thread there without a mouse.
        mode = .detail
    }

    mutating func back() {
        switch mode {
        case .search:
            search = SearchState()
        case .limit:
            limitPrompt = nil
        case .detail, .help, .confirm, .compose, .list:
            break
        }
        mode = .list
    }

    mutating func switchView(_ v: InboxView) {
        // From a connection, 2 reads that person's thread ("press 2 to read the thread").
        let person = view == .network && v == .messages ? selectedPerson : nil
        // The hint on FLAGGED has been seen once Messages is left.
        if view == .messages, v != .messages { markerHintShown = true }
        view = v
        mode = .list
        resetDetailScroll()
        var l = list
        l.clamp(count: visibleRows.count, visible: listHeight)
        list = l
        if let person, folded.thread(with: person) != nil {
            let (rows, folded) = (self.rows, self.folded)
            if !visibleRows.contains(where: { rows.person(forRow: $0, in: v, state: folded) == person }) {
                flaggedOnly = false
                sentOnly = false
            }
            reselect(person)
            open()
        }
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
        // Read once: `rows` and `folded` are copied out of the session on
        // each read, which a search of 30,000 rows would do per row.
        let (rows, folded, view) = (self.rows, self.folded, self.view)
        if let person, let i = current.firstIndex(where: { rows.person(forRow: $0, in: view, state: folded) == person }) {
            l.select(i, count: current.count, visible: listHeight)
        } else {
            l.clamp(count: current.count, visible: listHeight)
        }
        list = l
    }
}
