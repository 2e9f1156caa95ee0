import InboxModel
import InboxSearch

/// Finds the next row of a view, in its visible order, whose text contains
/// a query: the index rules out rows that cannot match, so only candidates
/// are read, and reading stops at the first real match.
struct RowSearch {
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
        self.rows = rows
        self.view = view
        self.inbox = inbox
        self.state = state
        let folded = CaseFolding.fold(query)
        self.query = folded
        var candidates = folded.isEmpty ? nil : index?.candidates(for: folded, in: view)
        for p in changed { candidates?.insert(Int(p.index)) }
        self.candidates = candidates
        indexed = index?.personCount ?? 0
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

    /// Positions of every matching row, in order; nil when there is no
    /// index and more than `limit` rows would have to be read.
    func all(limit: Int) -> [Int]? {
        guard !rows.isEmpty, !query.isEmpty else { return [] }
        if candidates == nil && rows.count > limit { return nil }
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
