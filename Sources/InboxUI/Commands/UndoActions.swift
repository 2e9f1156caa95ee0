import InboxModel

extension AppState {
    /// `u`: take back the last accept, ignore or sent reply of this
    /// session, once the journal has the undo.
    mutating func undoLast() -> [Effect] {
        guard demo == nil else {
            status = StatusLine("Nothing to undo in a demo")
            return []
        }
        guard let last = undoable.last else {
            status = StatusLine("Nothing to undo in this session")
            return []
        }
        return [.persistUndo(last)]
    }

    /// The journal has the undo: the action leaves the log and the screen.
    mutating func undone(_ event: Event) {
        let person = selectedPerson
        guard undoable.last == event, session.removeLast(event) else {
            status = StatusLine("Could not undo: the log changed since", kind: .error)
            return
        }
        undoable.removeLast()
        let name = inbox.person(event.subject).name
        let what: String
        switch event.type {
        case .accept: what = "accepting \(name)"
        case .ignore: what = "ignoring \(name)"
        default:
            // The message goes back to being a draft.
            drafts[event.subject] = event.text
            what = "the message to \(name) (back in your draft)"
        }
        reselect(event.type == .message ? person : event.subject)
        resetDetailScroll()
        status = StatusLine("Undid \(what)", kind: .success)
    }
}
