import InboxModel
import ScreenKit

extension AppState {
    /// `r`: reply to the selected thread, or write a first message to a connection.
    mutating func startCompose() -> [Effect] {
        guard view != .invitations else {
            status = StatusLine("Accept the invitation first; then reply from Network (3)")
            return []
        }
        guard let person = selectedPerson else {
            status = StatusLine("Select a thread or a connection to reply to")
            return []
        }
        guard folded.isConnected(person) || folded.thread(with: person) != nil else {
            status = StatusLine("You are not connected to \(inbox.person(person).name)")
            return []
        }
        compose = ComposeState(person: person, draft: drafts[person] ?? "")
        mode = .compose
        return []
    }

    /// Esc: close the compose pane, keeping the draft for that person.
    mutating func closeCompose() -> [Effect] {
        guard let c = compose else {
            mode = .list
            return []
        }
        let text = c.editor.text
        drafts[c.person] = text.isEmpty ? nil : text
        compose = nil
        mode = .list
        status = StatusLine(text.isEmpty ? "Closed" : "Draft kept for \(inbox.person(c.person).name)")
        return [.persistDraft(person: inbox.person(c.person).id, text: text)]
    }

    /// Ctrl-D: append the draft as the owner's message at the simulated now.
    mutating func sendCompose() -> [Effect] {
        guard let c = compose else { return [] }
        let text = c.editor.text.trimmingCharacters(in: " \n")
        guard !text.isEmpty else {
            status = StatusLine("Nothing to send yet", kind: .warning)
            return []
        }
        let event = Event(type: .message, at: inbox.now, actor: .owner, subject: c.person, text: text)
        guard let stored = append(event) else { return [] }
        drafts[c.person] = nil
        compose = nil
        mode = .list
        if view != .messages { switchView(.messages) }
        reselect(c.person)
        readThreads.insert(c.person)
        status = StatusLine("Sent to \(inbox.person(c.person).name)", kind: .success)
        return [.persist(stored), .persistDraft(person: inbox.person(c.person).id, text: "")]
    }

    /// Keys that aren't compose commands edit the draft.
    mutating func editDraft(key: Key) -> [Effect] {
        guard var c = compose else { return [] }
        let width = ComposeView.editorWidth(totalWidth: self.width)
        switch key {
        case .char(let ch): c.editor.insert(String(ch))
        case .enter: c.editor.insert("\n")
        case .tab: c.editor.insert("    ")
        case .backspace: c.editor.backspace()
        case .delete: c.editor.deleteForward()
        case .ctrl("w"): c.editor.deleteWordBackward()
        case .ctrl("u"): c.editor.replaceAll(with: "")
        case .left: c.editor.moveLeft()
        case .right: c.editor.moveRight()
        case .up: c.editor.moveVertically(by: -1, width: width)
        case .down: c.editor.moveVertically(by: 1, width: width)
        case .home, .ctrl("a"): c.editor.moveToLineStart(width: width)
        case .end: c.editor.moveToLineEnd(width: width)
        default: return []
        }
        compose = c
        status = nil
        return []
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
