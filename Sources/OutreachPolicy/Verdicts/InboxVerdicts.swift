import InboxModel

/// Every verdict for one inbox state: all received invitations and all threads.
public struct InboxVerdicts: Sendable {
    /// In the order the invitations arrived.
    public var invitations: [InvitationVerdict]
    /// In the order the threads started.
    public var threads: [ThreadVerdict]
    /// Per person index: position of their verdict, or -1. Arrays rather
    /// than dictionaries: tens of thousands of people, a few bytes each.
    private var invitationIndex: [Int32]
    private var threadIndex: [Int32]

    public init(invitations: [InvitationVerdict], threads: [ThreadVerdict]) {
        self.invitations = invitations
        self.threads = threads
        self.invitationIndex = Self.index(invitations.map(\.from))
        self.threadIndex = Self.index(threads.map(\.counterpart))
    }

    /// Later entries win, as a dictionary built in order would.
    private static func index(_ people: [PersonRef]) -> [Int32] {
        let size = people.reduce(0) { max($0, Int($1.index) + 1) }
        var out = [Int32](repeating: -1, count: size)
        for (i, p) in people.enumerated() where p.index >= 0 { out[Int(p.index)] = Int32(truncatingIfNeeded: i) }
        return out
    }

    private static func lookup(_ index: [Int32], _ person: PersonRef) -> Int? {
        let p = Int(person.index)
        guard p >= 0, p < index.count, index[p] >= 0 else { return nil }
        return Int(index[p])
    }

    /// The latest invitation from `person`.
    public func invitation(from person: PersonRef) -> InvitationVerdict? {
        Self.lookup(invitationIndex, person).map { invitations[$0] }
    }

    public func thread(with person: PersonRef) -> ThreadVerdict? {
        Self.lookup(threadIndex, person).map { threads[$0] }
    }

    public var flaggedCount: Int { threads.reduce(0) { $0 + ($1.flagged ? 1 : 0) } }
    public var ignoreCount: Int { invitations.reduce(0) { $0 + ($1.decision == .ignore ? 1 : 0) } }
}
