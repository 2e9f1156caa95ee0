import InboxModel

/// Lower-cased text of every row of one view (names, headlines, notes,
/// message bodies) in one contiguous buffer, built on the first search and
/// dropped when the rows change. Finding the next match is a byte scan from
/// the cursor that stops at the first hit.
public struct SearchIndex: Sendable {
    private var blob: [UInt8] = []
    /// Row i's text is `blob[starts[i]..<starts[i + 1]]`.
    private var starts: [Int] = [0]

    public init(rows: [Int], view: InboxView, inbox: Inbox, state: InboxState) {
        blob.reserveCapacity(rows.count * 64)
        for row in rows {
            let person = inbox.person(Rows.personStatic(forRow: row, in: view, state: state))
            append(person.name)
            append(person.headline)
            switch view {
            case .invitations:
                append(inbox.events[state.invitations[row].event].text)
            case .messages:
                for m in state.threads[row].messages { append(inbox.events[Int(m)].text) }
            case .network:
                break
            }
            starts.append(blob.count)
        }
    }

    public var count: Int { starts.count - 1 }

    private mutating func append(_ text: String) {
        blob.append(contentsOf: Self.fold(text))
        blob.append(0x0A)
    }

    public func matches(row i: Int, query: [UInt8]) -> Bool {
        guard i >= 0, i < count, !query.isEmpty else { return false }
        let start = starts[i], end = starts[i + 1]
        let n = query.count
        guard end - start >= n else { return false }
        let first = query[0]
        var k = start
        while k <= end - n {
            if blob[k] == first {
                var j = 1
                while j < n && blob[k + j] == query[j] { j += 1 }
                if j == n { return true }
            }
            k += 1
        }
        return false
    }

    /// The first matching row from `start` in the given direction, wrapping.
    public func find(_ query: String, from start: Int, forward: Bool) -> Int? {
        let q = Self.fold(query)
        guard count > 0, !q.isEmpty else { return nil }
        var i = ((start % count) + count) % count
        for _ in 0..<count {
            if matches(row: i, query: q) { return i }
            i = forward ? (i + 1) % count : (i - 1 + count) % count
        }
        return nil
    }

    /// Case-folds: a byte loop for ASCII (the common case), `lowercased()` otherwise.
    static func fold(_ text: String) -> [UInt8] {
        if text.utf8.contains(where: { $0 >= 0x80 }) { return Array(text.lowercased().utf8) }
        return text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }
}

extension Rows {
    static func personStatic(forRow row: Int, in view: InboxView, state: InboxState) -> PersonRef {
        switch view {
        case .invitations: return state.invitations[row].counterpart
        case .messages: return state.threads[row].counterpart
        case .network: return PersonRef(row)
        }
    }
}
