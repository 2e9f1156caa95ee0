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
            screen.put(emptyText(state), x: area.x + 2, y: area.y + 1, style: Theme.dim, maxWidth: area.width - 2)
            return
        }
        var list = state.list
        list.clamp(count: rows.count, visible: area.height)
        let end = min(rows.count, list.offset + area.height)
        let ageWidth = state.view == .network
            ? (list.offset..<end).reduce(5) { max($0, NetworkRow.age(state, PersonRef(rows[$1])).displayWidth) }
            : 0
        for i in list.offset..<end {
            let y = area.y + i - list.offset
            let selected = i == list.selected
            let line = Rect(x: area.x, y: y, width: area.width, height: 1)
            switch state.view {
            case .invitations: InvitationRow.draw(state, row: rows[i], into: &screen, in: line)
            case .messages: ThreadRow.draw(state, row: rows[i], into: &screen, in: line)
            case .network: NetworkRow.draw(state, person: PersonRef(rows[i]), ageWidth: ageWidth, into: &screen, in: line)
            }
            if selected {
                screen.restyle(line) { $0.merged(with: Theme.selected) }
                screen.put("▸", x: area.x, y: y, style: Theme.selectedDim)
            }
        }
    }

    static func emptyText(_ state: AppState) -> String {
        switch state.view {
        case .invitations: return "No pending invitations."
        case .messages: return state.flaggedOnly ? "No flagged threads. Press f to show all." : "No messages yet."
        case .network: return "No connections yet."
        }
    }
}

enum InvitationRow {
    /// Columns at fixed places, whatever a row's headline, note or verdict:
    /// name, headline (wide enough screens), note, and the recommendation.
    /// The reasons for IGNORE are in the detail pane; in the list they
    /// would take the note's room on every row.
    static func draw(_ state: AppState, row: Int, into screen: inout Screen, in line: Rect) {
        let inv = state.folded.invitations[row]
        let person = state.inbox.person(inv.from)
        let verdict = state.analysis.invitation(from: inv.from)
        let badgeWidth = 6
        let nameWidth = min(22, max(10, line.width / 3))
        var x = line.x + 2
        screen.put(DisplayText.line(person.name).fitted(toWidth: nameWidth), x: x, y: line.y, style: Theme.name)
        x += nameWidth + 1
        var restWidth = line.maxX - x - badgeWidth - 1
        if restWidth > 4 {
            if line.width >= 70 {
                let headlineWidth = restWidth * 2 / 5
                screen.put(DisplayText.line(person.headline).terminalSafe.truncated(toWidth: headlineWidth), x: x, y: line.y, style: Theme.dim)
                x += headlineWidth + 2
                restWidth -= headlineWidth + 2
            }
            let note = state.inbox.events[inv.event].text
            if note.isEmpty {
                screen.put("(no note)", x: x, y: line.y, style: Theme.dim, maxWidth: restWidth)
            } else {
                screen.put(("“" + DisplayText.line(note).terminalSafe + "”").truncated(toWidth: restWidth), x: x, y: line.y)
            }
        }
        if let verdict {
            screen.put(badgeText(verdict), x: line.maxX - badgeWidth, y: line.y, style: verdict.decision == .ignore ? Theme.ignore : Theme.accept)
        }
    }

    static func badgeText(_ v: InvitationVerdict) -> String {
        v.decision == .accept ? "ACCEPT" : "IGNORE"
    }
}

enum ThreadRow {
    static func draw(_ state: AppState, row: Int, into screen: inout Screen, in line: Rect) {
        let thread = state.folded.threads[row]
        let person = state.inbox.person(thread.counterpart)
        let verdict = state.threadVerdict(with: thread.counterpart)
        let unread = !thread.lastFromOwner && !state.readThreads.contains(thread.counterpart)
        screen.put(unread ? "●" : " ", x: line.x + 1, y: line.y, style: Theme.unread)
        let badge = verdict.flatMap { $0.flagged ? "[" + ($0.stages.max()?.rawValue.uppercased() ?? "FLAGGED") + "]" : nil } ?? ""
        let when = RelativeTime.short(thread.lastAt, now: state.inbox.now)
        let right = (badge.isEmpty ? "" : badge + " ") + when.padded(toWidth: 5, alignment: .right)
        let rightWidth = right.displayWidth
        let nameWidth = min(20, max(10, line.width / 3))
        var x = line.x + 3
        x += screen.put(DisplayText.line(person.name).fitted(toWidth: nameWidth), x: x, y: line.y, style: unread ? Theme.name : .plain)
        x += 1
        let room = line.maxX - x - rightWidth - 1
        if room > 3, let last = thread.messages.last {
            let e = state.inbox.events[Int(last)]
            let prefix = e.actor.isOwner ? "You: " : ""
            screen.put(prefix + DisplayText.line(e.text), x: x, y: line.y, style: Theme.dim, maxWidth: room)
        }
        let rx = line.maxX - rightWidth
        if !badge.isEmpty { screen.put(badge, x: rx, y: line.y, style: Theme.flag) }
        screen.put(when.padded(toWidth: 5, alignment: .right), x: line.maxX - 5, y: line.y, style: Theme.dim)
    }
}

enum NetworkRow {
    /// `ageWidth`: the widest age in the visible window, so the message
    /// counts and ages line up whether they read "4w" or "2019-05-21".
    static func draw(_ state: AppState, person ref: PersonRef, ageWidth: Int, into screen: inout Screen, in line: Rect) {
        let person = state.inbox.person(ref)
        let nameWidth = min(22, max(10, line.width / 3))
        var x = line.x + 2
        screen.put(DisplayText.line(person.name).fitted(toWidth: nameWidth), x: x, y: line.y, style: Theme.name)
        x += nameWidth + 1
        let messages = state.folded.thread(with: ref).map { "\($0.messages.count) msg" } ?? ""
        let right = messages.padded(toWidth: 6, alignment: .right) + " " + age(state, ref).padded(toWidth: ageWidth, alignment: .right)
        let room = line.maxX - x - right.displayWidth - 1
        if room > 3 { screen.put(DisplayText.line(person.headline).terminalSafe.truncated(toWidth: room), x: x, y: line.y, style: Theme.dim) }
        screen.put(right, x: line.maxX - right.displayWidth, y: line.y, style: Theme.dim)
    }

    static func age(_ state: AppState, _ ref: PersonRef) -> String {
        state.folded.connectedSince[Int(ref.index)].map { RelativeTime.short($0, now: state.inbox.now) } ?? ""
    }
}
