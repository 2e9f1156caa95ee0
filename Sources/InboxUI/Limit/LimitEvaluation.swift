import InboxModel
import InboxSearch
import OutreachPolicy

extension LimitQuery {
    /// Whether row `row` of the current view (an index as `visibleRows`
    /// holds it) satisfies the query. For one row; `LimitEvaluator` judges
    /// many.
    func matches(row: Int, in s: AppState) -> Bool {
        LimitEvaluator(self, in: s).keeps(row)
    }
}

/// A limit query ready to judge the rows of the current view: its terms
/// compiled once (names case-folded, stages as bits) and all they read
/// taken from the state once. A limit judges every row of a view again
/// whenever the view, its filters or the log change, so a row has to cost
/// a few array reads, not a verdict copied out per term.
struct LimitEvaluator {
    private indirect enum Term {
        case flagged, unread
        case stage(UInt8)
        case score(LimitQuery.Comparison, Double)
        case from([UInt8])
        case before(Timestamp), after(Timestamp)
        case not(Term), and(Term, Term), or(Term, Term)

        init(_ q: LimitQuery) {
            switch q {
            case .flagged: self = .flagged
            case .unread: self = .unread
            case .stage(let stage): self = .stage(VerdictFacts.bit(stage))
            case .score(let comparison, let value): self = .score(comparison, value)
            case .from(let name): self = .from(CaseFolding.fold(name))
            case .before(let t): self = .before(t)
            case .after(let t): self = .after(t)
            case .not(let a): self = .not(Term(a))
            case .and(let a, let b): self = .and(Term(a), Term(b))
            case .or(let a, let b): self = .or(Term(a), Term(b))
            }
        }
    }

    /// Where a row's verdict facts come from: the analysis's columns, or
    /// (the Sent filter) the owner's own outreach, judged apart.
    private enum Facts {
        case columns([VerdictFacts?])
        case sent(SentAnalysis)
    }

    private let term: Term
    private let view: InboxView
    private let people: [Person]
    private let state: InboxState
    private let facts: Facts
    private let read: Set<PersonRef>

    init(_ query: LimitQuery, in s: AppState) {
        term = Term(query)
        view = s.view
        people = s.inbox.people
        state = s.folded
        read = s.readThreads
        if s.view == .invitations {
            facts = .columns(s.analysis.invitationFacts)
        } else if s.sentOnly && s.view == .messages, let sent = s.session.sent {
            facts = .sent(sent)
        } else {
            facts = .columns(s.analysis.threadFacts)
        }
    }

    /// The rows of `rows` the query keeps, in their order. Term by term
    /// over all the rows rather than row by row through the whole query:
    /// each term is then one tight loop over plain arrays.
    func filter(_ rows: [Int]) -> [Int] {
        let people = rows.map { Int(person($0).index) }
        let kept = mask(term, rows: rows, people: people)
        var out: [Int] = []
        out.reserveCapacity(rows.count)
        for i in rows.indices where kept[i] { out.append(rows[i]) }
        return out
    }

    func keeps(_ row: Int) -> Bool { filter([row]) == [row] }

    /// Whether `t` holds for each row; `people[i]` is row `i`'s person index.
    private func mask(_ t: Term, rows: [Int], people: [Int]) -> [Bool] {
        switch t {
        case .not(let a):
            var m = mask(a, rows: rows, people: people)
            for i in m.indices { m[i].toggle() }
            return m
        case .and(let a, let b), .or(let a, let b):
            var m = mask(a, rows: rows, people: people)
            let n = mask(b, rows: rows, people: people)
            if case .and = t {
                for i in m.indices { m[i] = m[i] && n[i] }
            } else {
                for i in m.indices { m[i] = m[i] || n[i] }
            }
            return m
        case .from(let name):
            let everyone = self.people
            return people.map { CaseFolding.contains(everyone[$0].name, folded: name) }
        case .before(let t): return times(rows).map { $0.map { $0 < t } ?? false }
        case .after(let t): return times(rows).map { $0.map { $0 >= t } ?? false }
        case .unread:
            guard view == .messages else { return Array(repeating: false, count: rows.count) }
            let threads = state.threads, read = self.read
            return rows.map { !threads[$0].lastFromOwner && !read.contains(threads[$0].counterpart) }
        case .flagged:
            return facts(rows: rows, people: people).map { $0?.flagged ?? false }
        case .stage(let bit):
            guard view != .invitations else { return Array(repeating: false, count: rows.count) }
            return facts(rows: rows, people: people).map { $0.map { $0.stages & bit != 0 } ?? false }
        case .score(let comparison, let value):
            return facts(rows: rows, people: people).map { $0.map { comparison.holds($0.score, value) } ?? false }
        }
    }

    private func person(_ row: Int) -> PersonRef {
        switch view {
        case .invitations: return state.invitations[row].counterpart
        case .messages: return state.threads[row].counterpart
        case .network: return PersonRef(row)
        }
    }

    /// Each row's verdict facts (an invitation's are its sender's).
    private func facts(rows: [Int], people: [Int]) -> [VerdictFacts?] {
        switch facts {
        case .columns(let column):
            if view == .invitations {
                let invitations = state.invitations
                return rows.map { row in
                    let i = Int(invitations[row].from.index)
                    return i < column.count ? column[i] : nil
                }
            }
            return people.map { $0 < column.count ? column[$0] : nil }
        case .sent(let sent):
            return people.map { sent.verdict(for: PersonRef($0)).map(VerdictFacts.init) }
        }
    }

    /// When each row happened: the invitation, the thread's last message, the connection.
    private func times(_ rows: [Int]) -> [Timestamp?] {
        switch view {
        case .invitations:
            let invitations = state.invitations
            return rows.map { invitations[$0].at }
        case .messages:
            let threads = state.threads
            return rows.map { threads[$0].lastAt }
        case .network:
            let since = state.connectedSince
            return rows.map { since[$0] }
        }
    }
}
