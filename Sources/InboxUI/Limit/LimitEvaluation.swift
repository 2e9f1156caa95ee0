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
    /// each term is then one tight loop over plain arrays, and what several
    /// terms read (the verdict facts) is gathered once.
    func filter(_ rows: [Int]) -> [Int] {
        let items = itemCount
        if rows.count * 4 >= items {
            // Most of the view: judge every item in the order it is stored,
            // reading the log's arrays front to back, then keep the rows in
            // their own order. Gathered row by row in display order, the
            // same reads jump about memory and cost more than the terms.
            let everything = Array(0..<items)
            var columns = Columns(rows: everything, people: everything.map { Int(person($0).index) })
            let kept = mask(term, &columns)
            return rows.filter { $0 < items && kept[$0] }
        }
        var columns = Columns(rows: rows, people: rows.map { Int(person($0).index) })
        let kept = mask(term, &columns)
        var out: [Int] = []
        out.reserveCapacity(rows.count)
        for i in rows.indices where kept[i] { out.append(rows[i]) }
        return out
    }

    /// How many items the view has: invitations, threads or people.
    private var itemCount: Int {
        switch view {
        case .invitations: state.invitations.count
        case .messages: state.threads.count
        case .network: people.count
        }
    }

    func keeps(_ row: Int) -> Bool { filter([row]) == [row] }

    /// The rows being judged, and what the terms read of them, gathered
    /// on first use.
    private struct Columns {
        let rows: [Int]
        /// Row `i`'s person index.
        let people: [Int]
        var facts: [VerdictFacts?]?
    }

    /// Whether `t` holds for each row.
    private func mask(_ t: Term, _ c: inout Columns) -> [Bool] {
        let rows = c.rows
        switch t {
        case .not(let a):
            var m = mask(a, &c)
            for i in m.indices { m[i].toggle() }
            return m
        case .and(let a, let b), .or(let a, let b):
            var m = mask(a, &c)
            let n = mask(b, &c)
            if case .and = t {
                for i in m.indices { m[i] = m[i] && n[i] }
            } else {
                for i in m.indices { m[i] = m[i] || n[i] }
            }
            return m
        case .from(let name):
            let everyone = self.people
            return c.people.map { CaseFolding.contains(everyone[$0].name, folded: name) }
        case .before(let t): return times(rows).map { $0.map { $0 < t } ?? false }
        case .after(let t): return times(rows).map { $0.map { $0 >= t } ?? false }
        case .unread:
            guard view == .messages else { return Array(repeating: false, count: rows.count) }
            // The read threads as bits: a set lookup per row would hash.
            var read = Bitset(count: self.people.count)
            for p in self.read { read.insert(Int(p.index)) }
            let threads = state.threads
            return rows.indices.map { !threads[rows[$0]].lastFromOwner && !read.contains(c.people[$0]) }
        case .flagged:
            return facts(&c).map { $0?.flagged ?? false }
        case .stage(let bit):
            guard view != .invitations else { return Array(repeating: false, count: rows.count) }
            return facts(&c).map { $0.map { $0.stages & bit != 0 } ?? false }
        case .score(let comparison, let value):
            return facts(&c).map { $0.map { comparison.holds($0.score, value) } ?? false }
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
    private func facts(_ c: inout Columns) -> [VerdictFacts?] {
        if let gathered = c.facts { return gathered }
        let rows = c.rows, people = c.people
        let gathered: [VerdictFacts?]
        switch facts {
        case .columns(let column):
            if view == .invitations {
                let invitations = state.invitations
                gathered = rows.map { row in
                    let i = Int(invitations[row].from.index)
                    return i < column.count ? column[i] : nil
                }
            } else {
                gathered = people.map { $0 < column.count ? column[$0] : nil }
            }
        case .sent(let sent):
            gathered = people.map { sent.verdict(for: PersonRef($0)).map(VerdictFacts.init) }
        }
        c.facts = gathered
        return gathered
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
