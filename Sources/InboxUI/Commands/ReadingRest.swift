import InboxModel

extension AppState {
    /// Opens on part of the inbox; `pending` reads the rest once the first
    /// frame is up.
    public mutating func readLater(_ pending: PendingInbox) {
        self.pending = pending
    }

    /// The first idle moment: ask the runtime to read the rest, once.
    mutating func startReadingRest() -> [Effect] {
        guard let pending, !pendingAsked else { return [] }
        pendingAsked = true
        return [.readRest(RestRequest(pending: pending, policy: policy))]
    }

    /// The rest is read: the whole inbox replaces the partial one, the
    /// cursor stays on the same person, and everything worked out from the
    /// old log (limit rows, search index, counts) is worked out again. If
    /// it could not be read, the browser ends with the reason, as `check`
    /// would have.
    mutating func restRead(_ read: ReadRest) -> [Effect] {
        guard let pending else { return [] }
        switch read.result {
        case .failure(let failure):
            loadFailure = failure.message
            return [.quit]
        case .success(let whole):
            let selected = selectedPerson.map { inbox.person($0).id }
            session = whole
            self.pending = nil
            // Rows of the partial log mean nothing in the whole one: the
            // view in sight keeps its person, the others start at the top.
            lists = [:]
            reselect(selected.flatMap { inbox.ref(forPersonID: $0) })
            resetDetailScroll()
            let threads = rows.threads.count
            status = StatusLine("Read \(pending.what): \(threads) thread\(threads == 1 ? "" : "s")", kind: .success)
            return prepareSearchIndex()
        }
    }

    /// While the rest is read, actions wait: they would be made on a log
    /// about to be replaced. True (and a word in the status line) when
    /// the action must wait.
    mutating func waitsForRest() -> Bool {
        guard let pending else { return false }
        status = StatusLine("Still reading \(pending.what); try again in a moment", kind: .warning)
        return true
    }
}
