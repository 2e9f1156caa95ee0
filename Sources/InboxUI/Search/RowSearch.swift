import InboxModel
import InboxSearch

/// Finds the next row of a view, in its visible order, whose text contains
/// a query: the index rules out rows that cannot match, so only candidates
/// are read, and reading stops at the first real match.
struct RowSearch: Sendable {
    let rows: [Int]
    let view: InboxView
    let inbox: Inbox
    let state: InboxState
    let query: [UInt8]
    /// People who may match; nil means anyone may.
    let candidates: Bitset?
    /// People from here on came after the index was built.
    let indexed: Int

    init(query: String, rows: [Int], view: InboxView, inbox: Inbox, state: InboxState, index: SearchIndex?, changed: Set<PersonRef>) {
        let folded = CaseFolding.fold(query)
        self.init(
            folded: folded, rows: rows, view: view, inbox: inbox, state: state,
            candidates: Self.candidates(folded: folded, view: view, index: index, changed: changed),
            indexed: index?.personCount ?? 0
        )
    }

    /// With the candidates worked out before (`candidates(folded:…)`).
    init(folded: [UInt8], rows: [Int], view: InboxView, inbox: Inbox, state: InboxState, candidates: Bitset?, indexed: Int) {
        self.rows = rows
        self.view = view
        self.inbox = inbox
        self.state = state
        self.query = folded
        self.candidates = candidates
        self.indexed = indexed
    }

    /// The people the index says may match a case-folded query, with those
    /// whose text changed since it was built; nil (anyone) without one.
    static func candidates(folded: [UInt8], view: InboxView, index: SearchIndex?, changed: Set<PersonRef>) -> Bitset? {
        guard !folded.isEmpty, var candidates = index?.candidates(for: folded, in: view) else { return nil }
        for p in changed { candidates.insert(Int(p.index)) }
        return candidates
    }

    @inline(__always) private func mayMatch(_ person: PersonRef) -> Bool {
        guard let candidates else { return true }
        let p = Int(person.index)
        return p >= indexed || candidates.contains(p)
    }

    enum Outcome: Equatable {
        case found(Int)
        case noMatch
        /// Read `limit` rows without finding one.
        case stopped
    }

    /// Position in `rows` of the first match from `start` in the given
    /// direction, wrapping; nil when no row matches.
    func find(from start: Int, forward: Bool) -> Int? {
        if case .found(let i) = find(from: start, forward: forward, limit: rows.count) { return i }
        return nil
    }

    /// Rows whose text a search over the whole list reads: the index's
    /// candidates, or every row without one.
    var rowsToRead: Int {
        guard let candidates, !query.isEmpty else { return query.isEmpty ? 0 : rows.count }
        let added = max(0, inbox.people.count - indexed)
        return min(rows.count, candidates.count + added)
    }

    /// Positions of every matching row, in order.
    func all() -> [Int] {
        guard !rows.isEmpty, !query.isEmpty else { return [] }
        var out: [Int] = []
        for (i, row) in rows.enumerated() where mayMatch(Rows.person(forRow: row, in: view, state: state)) {
            if RowText.contains(row: row, view: view, inbox: inbox, state: state, query: query) { out.append(i) }
        }
        return out
    }

    /// The same, giving up after reading `limit` rows' text.
    func find(from start: Int, forward: Bool, limit: Int) -> Outcome {
        let count = rows.count
        guard count > 0, !query.isEmpty else { return .noMatch }
        if let candidates, candidates.isEmpty, inbox.people.count <= indexed { return .noMatch }
        var i = ((start % count) + count) % count
        var read = 0
        for _ in 0..<count {
            let row = rows[i]
            if mayMatch(Rows.person(forRow: row, in: view, state: state)) {
                if RowText.contains(row: row, view: view, inbox: inbox, state: state, query: query) { return .found(i) }
                read += 1
                if read >= limit { return .stopped }
            }
            i = forward ? (i + 1 == count ? 0 : i + 1) : (i == 0 ? count - 1 : i - 1)
        }
        return .noMatch
    }
}
