import InboxModel

extension AppState {
    /// Brings back drafts kept in an earlier session (by person id) and
    /// shows a one-line notice, e.g. about a journal that needed repair.
    public mutating func restore(drafts byID: [String: String], notice: String?) {
        for (id, text) in byID where !text.isEmpty {
            if let ref = inbox.ref(forPersonID: id) { drafts[ref] = text }
        }
        if let notice { status = StatusLine(notice, kind: .warning) }
    }
}
