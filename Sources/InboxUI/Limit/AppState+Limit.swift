import InboxModel

extension AppState {
    /// What the kept rows of a limit depend on.
    var limitKey: LimitState.Key {
        LimitState.Key(
            view: view, flaggedOnly: flaggedOnly, sentOnly: sentOnly,
            events: inbox.events.count, read: readThreads.count, time: inbox.now.milliseconds
        )
    }

    /// Works the limit's rows out again when what they depend on changed;
    /// nothing when they are current.
    mutating func refreshLimitRows() {
        guard var l = limit else { return }
        let key = limitKey
        guard l.key != key else { return }
        let query = l.query
        l.rows(for: key) { LimitEvaluator(query, in: self).filter(unlimitedRows) }
        limit = l
    }

    /// After a message: the limit's rows as they are now, and the cursor
    /// kept within them if they changed since `before` (their key then).
    mutating func refreshLimit(since before: LimitState.Key? = nil) {
        refreshLimitRows()
        guard let l = limit, l.key != before else { return }
        let count = l.rows.count
        var cursor = list
        cursor.clamp(count: count, visible: listHeight)
        list = cursor
    }

    /// `l`: open the prompt, holding the active limit's text to edit.
    mutating func startLimit() {
        var p = LimitPrompt()
        p.text = limit?.text ?? ""
        limitPrompt = p
        mode = .limit
    }

    /// Enter in the prompt: set the limit, or clear it when empty; a query
    /// that does not parse keeps the prompt open and says where.
    mutating func applyLimit() {
        guard var p = limitPrompt else { return }
        let text = p.text.trimmingCharacters(in: " ")
        guard !text.isEmpty else {
            clearLimit()
            return
        }
        do {
            let query = try LimitQuery.parse(text)
            let person = selectedPerson
            limit = LimitState(text: text, query: query)
            limitPrompt = nil
            mode = .list
            refreshLimit()
            reselect(person)
            resetDetailScroll()
            status = StatusLine("Limit: \(text) (\(visibleRows.count) of \(unlimitedRows.count))")
        } catch {
            p.error = error
            limitPrompt = p
        }
    }

    /// Esc in the prompt, or an empty limit: every row again.
    mutating func clearLimit() {
        let person = selectedPerson
        let had = limit != nil
        limit = nil
        limitPrompt = nil
        mode = .list
        reselect(person)
        status = StatusLine(had ? "Limit cleared" : "No limit")
    }

    /// Backspace in the prompt (on an empty text: close it); C-u empties
    /// it and never closes, as in the search prompt, so `l C-u` always
    /// leaves the prompt open for a new query.
    mutating func eraseLimitText(all: Bool) {
        guard var p = limitPrompt else { return }
        if p.text.isEmpty && !all {
            limitPrompt = nil
            mode = .list
            return
        }
        if all { p.text = "" } else { p.text.removeLast() }
        p.error = nil
        limitPrompt = p
    }
}
