import InboxModel

/// Every verdict for one inbox state: all received invitations and all threads.
public struct InboxVerdicts: Sendable {
    /// In the order the invitations arrived.
    public var invitations: [InvitationVerdict]
    /// In the order the threads started.
    public var threads: [ThreadVerdict]
    private var invitationIndex: [PersonRef: Int]
    private var threadIndex: [PersonRef: Int]

    public init(invitations: [InvitationVerdict], threads: [ThreadVerdict]) {
        self.invitations = invitations
        self.threads = threads
        var ii: [PersonRef: Int] = [:]
        for (i, v) in invitations.enumerated() { ii[v.from] = i }
        var ti: [PersonRef: Int] = [:]
        for (i, v) in threads.enumerated() { ti[v.counterpart] = i }
        self.invitationIndex = ii
        self.threadIndex = ti
    }

    /// The latest invitation from `person`.
    public func invitation(from person: PersonRef) -> InvitationVerdict? {
        invitationIndex[person].map { invitations[$0] }
    }

    public func thread(with person: PersonRef) -> ThreadVerdict? {
        threadIndex[person].map { threads[$0] }
    }

    public var flaggedCount: Int { threads.reduce(0) { $0 + ($1.flagged ? 1 : 0) } }
    public var ignoreCount: Int { invitations.reduce(0) { $0 + ($1.decision == .ignore ? 1 : 0) } }
}
