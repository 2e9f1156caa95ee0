import InboxModel
import OutreachPolicy
import ScreenKit
import Shared

/// The list pane: only the visible window of rows is drawn, so a view of
/// 30,000 rows costs the same per frame as one of 30.
enum ListView {
    static func draw(_ state: AppState, into screen: inout Screen, in area: Rect) {
        let rows = state.visibleRows
        guard !rows.isEmpty else {
            screen.put(emptyText(state), x: area.x + 2, y: area.y, style: Theme.dim, maxWidth: area.width - 3)
            return
        }
        var list = state.list
        list.clamp(count: rows.count, visible: area.height)
        let end = min(rows.count, list.offset + area.height)
        let ageWidth = state.view == .network
            ? (list.offset..<end).reduce(5) { max($0, NetworkRow.age(state, PersonRef(rows[$1])).displayWidth) }
            : 0
        // The name column is as wide as the widest name shown (within a
        // cap), so short names leave their room to the text beside them.
        let widest = (list.offset..<end).reduce(8) { w, i in
            let p = state.rows.person(forRow: rows[i], in: state.view, state: state.folded)
            return max(w, DisplayText.line(state.inbox.person(p).name).displayWidth)
        }
        let nameWidth = min(widest, min(22, max(10, area.width / 3)))
        for i in list.offset..<end {
            let y = area.y + i - list.offset
            let selected = i == list.selected
            let line = Rect(x: area.x, y: y, width: area.width, height: 1)
            switch state.view {
            case .invitations: InvitationRow.draw(state, row: rows[i], nameWidth: nameWidth, into: &screen, in: line)
            case .messages: ThreadRow.draw(state, row: rows[i], nameWidth: nameWidth, into: &screen, in: line)
            case .network: NetworkRow.draw(state, person: PersonRef(rows[i]), nameWidth: nameWidth, ageWidth: ageWidth, into: &screen, in: line)
            }
            if selected {
                screen.restyle(line) { $0.merged(with: Theme.selected) }
                screen.put("▸", x: area.x, y: y, style: Theme.selectedDim)
            }
        }
    }

    /// The frame's title: the view, and the filter when one is on.
    static func title(_ state: AppState) -> String {
        switch state.view {
        case .invitations: return "Invitations"
        case .messages: return state.sentOnly ? "Messages · sent by you" : state.flaggedOnly ? "Messages · flagged only" : "Messages"
        case .network: return "Network"
        }
    }

    /// The one-time hint on FLAGGED, in the list's frame (never over the
    /// status line's key hints), until help is opened or Messages is left.
    static func hint(_ state: AppState) -> String? {
        guard state.view == .messages, !state.markerHintShown, state.analysis.flaggedCount > 0 else { return nil }
        let long = "FLAGGED = the policy finds it thirsty · ? explains every marker"
        return long.displayWidth + 8 <= state.layout.listBox.width ? long : "FLAGGED = thirsty · ? markers"
    }

    static func emptyText(_ state: AppState) -> String {
        switch state.view {
        case .invitations: return "No pending invitations."
        case .messages:
            if let pending = state.pending { return "Reading \(pending.what)…" }
            return state.flaggedOnly ? "No flagged threads. Press f to show all." : "No messages yet."
        case .network: return "No connections yet."
        }
    }
}

enum InvitationRow {
    /// Columns at fixed places, whatever a row's headline, note or verdict:
    /// name, headline (only on a wide list: beside a name, the note is what
    /// tells a request apart), note, and the recommendation.
    /// The reasons for IGNORE are in the detail pane; in the list they
    /// would take the note's room on every row.
    static func draw(_ state: AppState, row: Int, nameWidth: Int, into screen: inout Screen, in line: Rect) {
        let inv = state.folded.invitations[row]
        let person = state.inbox.person(inv.from)
        let verdict = state.analysis.invitation(from: inv.from)
        let badgeWidth = 6
        var x = line.x + 2
        screen.put(DisplayText.line(person.name).fitted(toWidth: nameWidth), x: x, y: line.y, style: Theme.name)
        x += nameWidth + 1
        var restWidth = line.maxX - x - badgeWidth - 1
        if restWidth > 4 {
            if line.width >= Self.headlineFrom {
                let headlineWidth = restWidth / 3
                screen.put(DisplayText.line(person.headline).terminalSafe.truncatedAtWord(toWidth: headlineWidth), x: x, y: line.y, style: Theme.dim)
                x += headlineWidth + 2
                restWidth -= headlineWidth + 2
            }
            let note = state.inbox.events[inv.event].text
            if note.isEmpty {
                screen.put("(no note)".truncated(toWidth: restWidth), x: x, y: line.y, style: Theme.dim)
            } else {
                screen.put(("“" + DisplayText.line(note).terminalSafe + "”").truncatedAtWord(toWidth: restWidth), x: x, y: line.y)
            }
        }
        if let verdict {
            screen.put(badgeText(verdict), x: line.maxX - badgeWidth, y: line.y, style: verdict.decision == .ignore ? Theme.ignore : Theme.accept)
        }
    }

    /// List width from which the headline gets a column of its own.
    static let headlineFrom = 90

    static func badgeText(_ v: InvitationVerdict) -> String {
        v.decision == .accept ? "ACCEPT" : "IGNORE"
    }
}

enum ThreadRow {
    /// The verdict's own column, so a flagged thread reads FLAGGED at a
    /// glance whoever wrote last; the stages are in the thread, on the
    /// messages that reached them.
    static let flagWord = "FLAGGED"

    static func draw(_ state: AppState, row: Int, nameWidth: Int, into screen: inout Screen, in line: Rect) {
        let thread = state.folded.threads[row]
        let person = state.inbox.person(thread.counterpart)
        let flagged = state.listsAsFlagged(thread.counterpart)
        let unread = !thread.lastFromOwner && !state.readThreads.contains(thread.counterpart)
        screen.put(unread ? "●" : " ", x: line.x + 1, y: line.y, style: Theme.unread)
        let when = RelativeTime.short(thread.lastAt, now: state.inbox.now)
        let rightWidth = flagWord.count + 1 + 5
        var x = line.x + 3
        x += screen.put(DisplayText.line(person.name).fitted(toWidth: nameWidth), x: x, y: line.y, style: unread ? Theme.name : .plain)
        x += 1
        // FLAGGED has a column of its own, at the same place on every
        // flagged row; a row that is not flagged lends that room to its
        // preview, which on narrow panes was cut to a word or two.
        let room = line.maxX - x - (flagged ? rightWidth : 5) - 1
        if room > 3, let last = thread.messages.last {
            let e = state.inbox.events[Int(last)]
            let prefix = e.actor.isOwner ? "You: " : ""
            let preview = (prefix + DisplayText.line(e.text)).terminalSafe.truncatedAtWord(toWidth: room)
            screen.put(preview, x: x, y: line.y, style: Theme.dim)
        }
        if flagged { screen.put(flagWord, x: line.maxX - rightWidth, y: line.y, style: Theme.flag) }
        screen.put(when.padded(toWidth: 5, alignment: .right), x: line.maxX - 5, y: line.y, style: Theme.dim)
    }
}

enum NetworkRow {
    /// `ageWidth`: the widest age in the visible window, so the message
    /// counts and ages line up whether they read "4w" or "2019-05-21".
    /// Each person with a thread shows its verdict: FLAGGED or fine.
    static func draw(_ state: AppState, person ref: PersonRef, nameWidth: Int, ageWidth: Int, into screen: inout Screen, in line: Rect) {
        let person = state.inbox.person(ref)
        var x = line.x + 2
        screen.put(DisplayText.line(person.name).fitted(toWidth: nameWidth), x: x, y: line.y, style: Theme.name)
        x += nameWidth + 1
        let thread = state.folded.thread(with: ref)
        let messages = thread.map { "\($0.messages.count) msg" } ?? ""
        let right = messages.padded(toWidth: 6, alignment: .right) + " " + age(state, ref).padded(toWidth: ageWidth, alignment: .right)
        let verdictWidth = ThreadRow.flagWord.count + 1
        let room = line.maxX - x - right.displayWidth - verdictWidth - 1
        if room > 3 { screen.put(DisplayText.line(person.headline).terminalSafe.truncatedAtWord(toWidth: room), x: x, y: line.y, style: Theme.dim) }
        if thread != nil, state.threadVerdict(with: ref) != nil {
            let vx = line.maxX - right.displayWidth - verdictWidth
            if state.listsAsFlagged(ref) {
                screen.put(ThreadRow.flagWord, x: vx, y: line.y, style: Theme.flag)
            } else {
                screen.put("fine", x: vx, y: line.y, style: Theme.ok)
            }
        }
        screen.put(right, x: line.maxX - right.displayWidth, y: line.y, style: Theme.dim)
    }

    /// "4w", and past a year "6y": a date would take the headline's room.
    static func age(_ state: AppState, _ ref: PersonRef) -> String {
        state.folded.connectedSince[Int(ref.index)].map { since in
            let days = since.seconds(until: state.inbox.now) / 86_400
            return days >= 365 ? "\(days / 365)y" : RelativeTime.short(since, now: state.inbox.now)
        } ?? ""
    }
}
