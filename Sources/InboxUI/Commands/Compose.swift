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

    /// Ctrl-D: the draft as the owner's message at the session's time, to
    /// be written to the journal; the thread's timeline and verdict update
    /// as soon as it is.
    mutating func sendCompose() -> [Effect] {
        guard let c = compose else { return [] }
        let text = c.editor.text.trimmingCharacters(in: " \n")
        guard !text.isEmpty else {
            status = StatusLine("Nothing to send yet", kind: .warning)
            return []
        }
        // The coach has the last word before anything it would flag goes out.
        if mode == .compose, let f = c.feedback, f.flagged || f.rules.contains(where: { $0.status == .fail }) {
            mode = .confirm(.sendFlagged)
            return []
        }
        mode = .compose
        // Sent once the journal has it (`sent`); until then the draft stays open.
        return [.persist(Event(type: .message, at: session.time, actor: .owner, subject: c.person, text: text))]
    }

    /// The message is in the journal: the thread shows it and compose closes.
    mutating func sent(_ c: ComposeState, event: Event) -> [Effect] {
        guard let stored = append(event, reply: c.feedback) else { return [] }
        undoable.append(stored)
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
        return [.persistDraft(person: inbox.person(c.person).id, text: "")]
    }

    /// Scrolls the detail pane so the end of the timeline, where the message
    /// just sent is, shows above the policy panel; the view places it.
    private mutating func revealTimelineEnd(of person: PersonRef) {
        detailScroll = 0
        detailAnchor = .timelineEnd
    }

    /// An `edit` operation on the draft; every edit is re-scored so the
    /// coach panel is never a keystroke behind.
    mutating func editDraft(_ operation: String) -> [Effect] {
        guard var c = compose else { return [] }
        let width = layout.editorWidth
        var edited = true
        switch operation {
        case "newline": c.editor.insert("\n")
        case "indent": c.editor.insert("    ")
        case "erase": c.editor.backspace()
        case "erase-forward": c.editor.deleteForward()
        case "erase-word": c.editor.deleteWordBackward()
        case "erase-all": c.editor.killAll()
        case "kill-line": c.editor.killToLineEnd()
        case "yank": c.editor.yank()
        case "word-left": c.editor.moveWordBackward(); edited = false
        case "word-right": c.editor.moveWordForward(); edited = false
        case "left": c.editor.moveLeft(); edited = false
        case "right": c.editor.moveRight(); edited = false
        case "up": c.editor.moveVertically(by: -1, width: width); edited = false
        case "down": c.editor.moveVertically(by: 1, width: width); edited = false
        case "line-start": c.editor.moveToLineStart(width: width); edited = false
        case "line-end": c.editor.moveToLineEnd(width: width); edited = false
        default: return []
        }
        if edited { c.feedback = review(c) }
        compose = c
        return []
    }

    /// A key the table does not bind in compose: its text goes in the draft.
    mutating func typeIntoDraft(_ text: String) -> [Effect] {
        guard var c = compose else { return [] }
        c.editor.insert(text)
        c.feedback = review(c)
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
    /// session's time (a demo's clock, or the inbox's now): the moment it
    /// would be sent, with the inbox as it stands then.
    func review(_ c: ComposeState) -> CoachFeedback {
        DraftCoach.review(c.editor.text, to: c.person, in: inbox, state: folded, at: session.time, policy: policy)
    }
}
