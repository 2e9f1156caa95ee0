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
        var c = ComposeState(person: person, draft: drafts[person] ?? "")
        c.feedback = review(c)
        compose = c
        mode = .compose
        status = nil
        return []
    }

    /// Esc: close the compose pane, keeping the draft for that person.
    mutating func closeCompose() -> [Effect] {
        guard let c = compose else {
            mode = .list
            return []
        }
        let text = c.editor.text
        let kept = !text.trimmingCharacters(in: " \n").isEmpty
        drafts[c.person] = kept ? text : nil
        compose = nil
        mode = .list
        status = StatusLine(kept ? "Draft kept for \(inbox.person(c.person).name)" : "Closed")
        return [.persistDraft(person: inbox.person(c.person).id, text: kept ? text : "")]
    }

    /// Ctrl-D: append the draft as the owner's message at the simulated now;
    /// the thread's timeline and verdict update at once.
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
        revealTimelineEnd(of: c.person)
        let name = inbox.person(c.person).name
        let note = c.feedback.map { $0.flagged ? " (the coach would flag this thread)" : "" } ?? ""
        status = StatusLine("Sent to \(name)\(note)", kind: c.feedback?.flagged == true ? .warning : .success)
        return [.persist(stored), .persistDraft(person: inbox.person(c.person).id, text: "")]
    }

    /// Scrolls the detail pane so the end of the timeline, where the message
    /// just sent is, shows above the policy panel.
    private mutating func revealTimelineEnd(of person: PersonRef) {
        var timelineOnly = self
        timelineOnly.showPolicyPanel = false
        let paneWidth = isWide ? width - Layout.listWidth(total: width) - 2 : width - 2
        let rows = ThreadDetail.build(timelineOnly, person: person, width: paneWidth).lines.count
        detailScroll = max(0, rows - listHeight)
    }

    /// Keys that aren't compose commands edit the draft; every edit is
    /// re-scored so the coach panel is never a keystroke behind.
    mutating func editDraft(key: Key) -> [Effect] {
        guard var c = compose else { return [] }
        let width = ComposeView.editorWidth(totalWidth: self.width)
        var edited = true
        switch key {
        case .char(let ch): c.editor.insert(String(ch))
        case .enter: c.editor.insert("\n")
        case .tab: c.editor.insert("    ")
        case .backspace: c.editor.backspace()
        case .delete: c.editor.deleteForward()
        case .ctrl("w"): c.editor.deleteWordBackward()
        case .ctrl("u"): c.editor.killAll()
        case .ctrl("k"): c.editor.killToLineEnd()
        case .ctrl("y"): c.editor.yank()
        case .alt("b"): c.editor.moveWordBackward(); edited = false
        case .alt("f"): c.editor.moveWordForward(); edited = false
        case .left: c.editor.moveLeft(); edited = false
        case .right: c.editor.moveRight(); edited = false
        case .up: c.editor.moveVertically(by: -1, width: width); edited = false
        case .down: c.editor.moveVertically(by: 1, width: width); edited = false
        case .home, .ctrl("a"): c.editor.moveToLineStart(width: width); edited = false
        case .end: c.editor.moveToLineEnd(width: width); edited = false
        default: return []
        }
        if edited { c.feedback = review(c) }
        compose = c
        status = nil
        return []
    }

    /// The text came back from `$EDITOR`: take it and re-score.
    mutating func replaceDraft(with text: String) {
        guard var c = compose else { return }
        c.editor.replaceAll(with: text)
        c.feedback = review(c)
        compose = c
    }

    /// The coach's view of `c` as the owner's next message at the
    /// simulated now: the moment it would be sent.
    func review(_ c: ComposeState) -> CoachFeedback {
        let state = demo == nil ? folded : inbox.state()
        return DraftCoach.review(c.editor.text, to: c.person, in: inbox, state: state, at: inbox.now, policy: policy)
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
