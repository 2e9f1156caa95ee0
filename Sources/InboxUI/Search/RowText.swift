import InboxModel
import InboxSearch

/// The text a search reads for a row of a view: the person's name and
/// headline, then the invitation's note (invitations) or every message of
/// the thread (messages). Checked against the real text, so the answer is
/// exact whatever the index said.
enum RowText {
    static func contains(row: Int, view: InboxView, inbox: Inbox, state: InboxState, query: [UInt8]) -> Bool {
        // Texts were always searched one after another with a line break
        // between, so only a query with a line break can span two.
        if query.contains(0x0A) { return CaseFolding.bytesContain(joined(row: row, view: view, inbox: inbox, state: state), query) }
        // The two fields read in place: a search may read every row, and
        // `inbox.person` copies the whole person out each time.
        let p = Int(Rows.person(forRow: row, in: view, state: state).index)
        if CaseFolding.contains(inbox.people[p].name, folded: query) || CaseFolding.contains(inbox.people[p].headline, folded: query) { return true }
        switch view {
        case .invitations:
            return CaseFolding.contains(inbox.events[state.invitations[row].event].text, folded: query)
        case .messages:
            for m in state.threads[row].messages where CaseFolding.contains(inbox.events[Int(m)].text, folded: query) { return true }
            return false
        case .network:
            return false
        }
    }

    private static func joined(row: Int, view: InboxView, inbox: Inbox, state: InboxState) -> [UInt8] {
        let person = inbox.person(Rows.person(forRow: row, in: view, state: state))
        var texts = [person.name, person.headline]
        switch view {
        case .invitations: texts.append(inbox.events[state.invitations[row].event].text)
        case .messages: texts += state.threads[row].messages.map { inbox.events[Int($0)].text }
        case .network: break
        }
        return texts.flatMap { CaseFolding.fold($0) + [0x0A] }
    }
}
