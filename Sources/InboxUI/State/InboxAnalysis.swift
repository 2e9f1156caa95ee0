import InboxModel
import OutreachPolicy

/// The policy's verdicts for the browser, indexed by person so every
/// lookup while drawing is O(1), and refreshed one person at a time after
/// an action instead of re-judging the whole inbox.
public struct InboxAnalysis: Sendable {
    private var threadVerdicts: [ThreadVerdict?]
    private var invitationVerdicts: [InvitationVerdict?]
    /// What a limit reads of each verdict, by person, kept beside them: a
    /// limit judges every row of a view, and reading a few plain values
    /// per row costs far less than copying each verdict out.
    private(set) var threadFacts: [VerdictFacts?]
    private(set) var invitationFacts: [VerdictFacts?]
    public private(set) var flaggedCount: Int

    public init(policy: Policy, inbox: Inbox, state: InboxState) {
        let all = policy.analyze(inbox, state: state)
        self.init(verdicts: all, people: inbox.people.count)
    }

    public init(verdicts: InboxVerdicts, people: Int) {
        threadVerdicts = Array(repeating: nil, count: people)
        invitationVerdicts = Array(repeating: nil, count: people)
        threadFacts = Array(repeating: nil, count: people)
        invitationFacts = Array(repeating: nil, count: people)
        for v in verdicts.threads where Int(v.counterpart.index) < people {
            threadVerdicts[Int(v.counterpart.index)] = v
            threadFacts[Int(v.counterpart.index)] = VerdictFacts(v)
        }
        for v in verdicts.invitations where Int(v.from.index) < people {
            invitationVerdicts[Int(v.from.index)] = v
            invitationFacts[Int(v.from.index)] = VerdictFacts(v)
        }
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
            threadFacts.append(nil)
            invitationFacts.append(nil)
        }
        let wasFlagged = threadVerdicts[i]?.flagged ?? false
        threadVerdicts[i] = state.thread(with: person).flatMap { _ in policy.judgeThread(with: person, in: inbox, state: state) }
        threadFacts[i] = threadVerdicts[i].map(VerdictFacts.init)
        if let inv = state.invitation(with: person), inv.isIncoming {
            let verdict = policy.judgeInvitation(inv, in: inbox, state: state)
            invitationVerdicts[i] = verdict
            invitationFacts[i] = VerdictFacts(verdict)
        }
        let isFlagged = threadVerdicts[i]?.flagged ?? false
        flaggedCount += (isFlagged ? 1 : 0) - (wasFlagged ? 1 : 0)
    }
}

/// The parts of a verdict a limit query reads: for a thread, whether it
/// is flagged, its score and the stages it reached; for an invitation,
/// whether the policy says ignore (its "flagged") and its score.
struct VerdictFacts: Sendable, Equatable {
    var flagged: Bool
    var score: Double
    /// One bit per `Stage`, in `Stage.allCases` order.
    var stages: UInt8

    init(_ v: ThreadVerdict) {
        flagged = v.flagged
        score = v.score
        stages = v.stages.reduce(0) { $0 | Self.bit($1) }
    }

    init(_ v: InvitationVerdict) {
        flagged = v.decision == .ignore
        score = v.score
        stages = 0
    }

    static func bit(_ stage: Stage) -> UInt8 {
        UInt8(truncatingIfNeeded: 1 << (Stage.allCases.firstIndex(of: stage) ?? 0))
    }

    func reached(_ stage: Stage) -> Bool { stages & Self.bit(stage) != 0 }
}
