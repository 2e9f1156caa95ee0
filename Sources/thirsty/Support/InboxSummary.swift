import InboxModel
import ScreenKit
import Shared

/// Counts that describe an inbox at one time: the first block of `check`.
struct InboxSummary {
    let title: String?
    let owner: String
    let time: Timestamp
    let people: Int
    let connections: Int
    let pendingInvitations: Int
    let invitationsReceived: Int
    let threads: [(id: String, name: String, messages: Int)]
    let events: Int

    init(inbox: Inbox, state: InboxState) {
        title = inbox.title
        owner = inbox.owner.name
        time = state.time
        people = inbox.people.count - 1
        connections = state.connectionCount
        pendingInvitations = state.pendingIncoming.count
        invitationsReceived = state.incoming.count
        threads = state.threads.map { t in
            let p = inbox.person(t.counterpart)
            return (p.id, p.name, t.messages.count)
        }
        events = state.eventCount
    }
}

extension InboxSummary {
    var text: String {
        var out = ""
        if let title { out += "\(title.terminalSafe)\n" }
        out += "Inbox of \(owner.terminalSafe) at \(time.iso8601)\n"
        out += "  people: \(people), connections: \(connections), events: \(events)\n"
        out += "  invitations received: \(invitationsReceived), pending: \(pendingInvitations)\n"
        out += "  threads: \(threads.count)\n"
        for t in threads { out += "    \(t.name.terminalSafe) (\(t.id.terminalSafe)): \(t.messages) message\(t.messages == 1 ? "" : "s")\n" }
        return out
    }
}
