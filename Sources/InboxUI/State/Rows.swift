import InboxModel

/// The ordered rows of each view, computed once per change to the inbox
/// (not per keystroke): newest first, flagged threads also kept apart so
/// the flagged-only filter costs nothing.
public struct Rows: Sendable, Equatable {
    /// Indices into `InboxState.invitations` of pending incoming invitations.
    public private(set) var invitations: [Int] = []
    /// Indices into `InboxState.threads`, most recent activity first.
    public private(set) var threads: [Int] = []
    public private(set) var flaggedThreads: [Int] = []
    /// Person indices of connections, most recently connected first.
    public private(set) var network: [Int] = []

    /// `flaggedReplies`: threads the owner's own reply made thirsty in the
    /// coach's eyes; they count as flagged with the policy's.
    public init(inbox: Inbox, state: InboxState, analysis: InboxAnalysis, flaggedReplies: Set<PersonRef>) {
        var inv: [(Timestamp, Int)] = []
        for (i, invitation) in state.invitations.enumerated() where invitation.isIncoming && invitation.isPending {
            inv.append((invitation.at, i))
        }
        inv.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 > $1.1 }
        invitations = inv.map(\.1)

        var th: [(Timestamp, Int)] = state.threads.enumerated().map { ($0.element.lastAt, $0.offset) }
        th.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 > $1.1 }
        threads = th.map(\.1)
        flaggedThreads = threads.filter {
            let who = state.threads[$0].counterpart
            return analysis.isFlagged(who) || flaggedReplies.contains(who)
        }

        var net: [(Timestamp, Int)] = []
        for (i, since) in state.connectedSince.enumerated() {
            if let since { net.append((since, i)) }
        }
        net.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
        network = net.map(\.1)
    }

    public func rows(for view: InboxView, flaggedOnly: Bool) -> [Int] {
        switch view {
        case .invitations: return invitations
        case .messages: return flaggedOnly ? flaggedThreads : threads
        case .network: return network
        }
    }

    public func person(forRow row: Int, in view: InboxView, state: InboxState) -> PersonRef {
        Self.person(forRow: row, in: view, state: state)
    }

    /// Whose row `row` of `view` is (for code that has no `Rows` at hand).
    public static func person(forRow row: Int, in view: InboxView, state: InboxState) -> PersonRef {
        switch view {
        case .invitations: return state.invitations[row].counterpart
        case .messages: return state.threads[row].counterpart
        case .network: return PersonRef(row)
        }
    }
}
