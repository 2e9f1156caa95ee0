import InboxModel
import InboxSearch
import OutreachPolicy

extension LimitQuery {
    /// Whether row `row` of the current view (an index as `visibleRows`
    /// holds it) satisfies the query.
    func matches(row: Int, in s: AppState) -> Bool {
        switch self {
        case .not(let q): return !q.matches(row: row, in: s)
        case .and(let a, let b): return a.matches(row: row, in: s) && b.matches(row: row, in: s)
        case .or(let a, let b): return a.matches(row: row, in: s) || b.matches(row: row, in: s)
        case .from(let name):
            let person = s.rows.person(forRow: row, in: s.view, state: s.folded)
            let query = CaseFolding.fold(name)
            return CaseFolding.contains(s.inbox.person(person).name, folded: query)
        case .before(let t): return Self.time(row: row, in: s).map { $0 < t } ?? false
        case .after(let t): return Self.time(row: row, in: s).map { $0 >= t } ?? false
        case .unread:
            guard s.view == .messages else { return false }
            let thread = s.folded.threads[row]
            return !thread.lastFromOwner && !s.readThreads.contains(thread.counterpart)
        case .flagged:
            if s.view == .invitations { return s.analysis.invitation(from: s.folded.invitations[row].from)?.decision == .ignore }
            return Self.verdict(row: row, in: s)?.flagged ?? false
        case .stage(let stage):
            guard s.view != .invitations else { return false }
            return Self.verdict(row: row, in: s)?.stages.contains(stage) ?? false
        case .score(let comparison, let value):
            let score = s.view == .invitations
                ? s.analysis.invitation(from: s.folded.invitations[row].from)?.score
                : Self.verdict(row: row, in: s)?.score
            return score.map { comparison.holds($0, value) } ?? false
        }
    }

    private static func verdict(row: Int, in s: AppState) -> ThreadVerdict? {
        s.threadVerdict(with: s.rows.person(forRow: row, in: s.view, state: s.folded))
    }

    /// When the row happened: the invitation, the thread's last message, the connection.
    private static func time(row: Int, in s: AppState) -> Timestamp? {
        switch s.view {
        case .invitations: return s.folded.invitations[row].at
        case .messages: return s.folded.threads[row].lastAt
        case .network: return s.folded.connectedSince[row]
        }
    }
}
