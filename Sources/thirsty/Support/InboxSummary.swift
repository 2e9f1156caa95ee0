import InboxModel
import ScreenKit

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

/// A JSON string literal, escaping quotes, backslashes and every control
/// character so terminal escapes in fixture text stay inert.
func jsonString(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{2028}": out += "\\u2028"
        case "\u{2029}": out += "\\u2029"
        default:
            // Controls, and the bidi marks that could reorder a terminal line.
            if u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value)
                || u.value == 0x061C || u.value == 0x200E || u.value == 0x200F
                || (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value) {
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(u)
            }
        }
    }
    return out + "\""
}
