import InboxModel
import OutreachPolicy

/// The policy's verdicts for the browser, indexed by person so every
/// lookup while drawing is O(1), and refreshed one person at a time after
/// an action instead of re-judging the whole inbox.
public struct InboxAnalysis: Sendable {
    private var threadVerdicts: [ThreadVerdict?]
    private var invitationVerdicts: [InvitationVerdict?]
    public private(set) var flaggedCount: Int

    public init(policy: Policy, inbox: Inbox, state: InboxState) {
        let all = policy.analyze(inbox, state: state)
        self.init(verdicts: all, people: inbox.people.count)
    }

    public init(verdicts: InboxVerdicts, people: Int) {
        threadVerdicts = Array(repeating: nil, count: people)
        invitationVerdicts = Array(repeating: nil, count: people)
        for v in verdicts.threads where Int(v.counterpart.index) < people { threadVerdicts[Int(v.counterpart.index)] = v }
        for v in verdicts.invitations where Int(v.from.index) < people { invitationVerdicts[Int(v.from.index)] = v }
        flaggedCount = verdicts.threads.reduce(0) { $0 + ($1.flagged ? 1 : 0) }
    }

    public func thread(with person: PersonRef) -> ThreadVerdict? {
        let i = Int(person.index)
        return i < threadVerdicts.count ? threadVerdicts[i] : nil
    }

    public func invitation(from person: PersonRef) -> InvitationVerdict? {
        let i = Int(person.index)
        return i < invitationVerdicts.count ? invitationVerdicts[i] : nil
    }

    public func isFlagged(_ person: PersonRef) -> Bool { thread(with: person)?.flagged ?? false }

    public func recommendsIgnore(_ person: PersonRef) -> Bool { invitation(from: person)?.decision == .ignore }

    /// Re-judges one person's thread and invitation after the log changed.
    public mutating func refresh(person: PersonRef, policy: Policy, inbox: Inbox, state: InboxState) {
        let i = Int(person.index)
        while threadVerdicts.count < inbox.people.count {
            threadVerdicts.append(nil)
            invitationVerdicts.append(nil)
        }
        let wasFlagged = threadVerdicts[i]?.flagged ?? false
        threadVerdicts[i] = state.thread(with: person).flatMap { _ in policy.judgeThread(with: person, in: inbox, state: state) }
        if let inv = state.invitation(with: person), inv.isIncoming {
            invitationVerdicts[i] = policy.judgeInvitation(inv, in: inbox, state: state)
        }
        let isFlagged = threadVerdicts[i]?.flagged ?? false
        flaggedCount += (isFlagged ? 1 : 0) - (wasFlagged ? 1 : 0)
    }
}
