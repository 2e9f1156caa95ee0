/// A scope's conditions as one word of bits a context fills in a single
/// pass, for `EvaluationMemo`'s key.
///
/// Testing each condition through `holds`' switch costs a mispredicted
/// jump per condition, and a rulebook repeats the same few (`first_message:
/// true` under many rules). A yes/no predicate is one fact with two bits,
/// "holds when asked yes" and "holds when asked no", written without a
/// branch; any other condition (a number, an invitation predicate) is
/// tested once however often the rulebook repeats it. Two units with the
/// same bits under `mask` have every condition of the scope alike.
struct ConditionFacts {
    /// Bits any of the scope's conditions reads.
    let mask: UInt64
    /// Conditions that are not a yes/no fact, without repeats: bit
    /// `otherBase + k` is whether `others[k]` holds.
    let others: [Condition]

    static let otherBase = 32
    static let otherLimit = 64 - otherBase

    /// Nil when the scope has more distinct other conditions than the word holds.
    init?(conditions: UnsafeBufferPointer<Condition>) {
        var mask: UInt64 = 0
        var others: [Condition] = []
        for c in conditions {
            if let slot = Self.slot(of: c.predicate) {
                mask |= 1 &<< UInt64(2 * slot + (c.value != 0 ? 0 : 1))
                continue
            }
            var k = others.firstIndex(of: c) ?? others.count
            if k == others.count {
                guard others.count < Self.otherLimit else { return nil }
                others.append(c)
                k = others.count - 1
            }
            mask |= 1 &<< UInt64(Self.otherBase + k)
        }
        self.mask = mask
        self.others = others
    }

    /// The bit that says whether `c` holds; nil for a condition the
    /// scope does not have.
    func bit(of c: Condition) -> UInt64? {
        if let slot = Self.slot(of: c.predicate) { return 1 &<< UInt64(2 * slot + (c.value != 0 ? 0 : 1)) }
        return others.firstIndex(of: c).map { 1 &<< UInt64(Self.otherBase + $0) }
    }

    /// The yes/no predicates `MessageContext.facts` writes, by slot
    /// (bits `2 * slot` and `2 * slot + 1`); at most 16.
    static func slot(of p: Condition.Predicate) -> Int? {
        switch p {
        case .noEngagementBeforeMessage: return 0
        case .recipientReplied: return 1
        case .recipientRequestedMeeting: return 2
        case .recipientAskedQuestion: return 3
        case .recipientInitiated: return 4
        case .notConnected: return 5
        case .firstMessage: return 6
        case .genuineQuestion: return 7
        case .question: return 8
        case .shortQuestion: return 9
        case .askedGenuineQuestionBefore: return 10
        case .currencyAmount: return 11
        case .recipientDeclined: return 12
        case .recipientAskedPrice: return 13
        case .recipientAskedGenuineQuestion: return 14
        case .pitchedBefore: return 15
        default: return nil
        }
    }
}

extension MessageContext {
    /// Every fact of `ConditionFacts` at once: bit `2 * slot` is set when
    /// the predicate holds asked yes, the next bit when it holds asked no
    /// (as `holds` answers them), then the other conditions.
    func conditionFacts(_ plan: ConditionFacts) -> UInt64? {
        @inline(__always) func fact(_ slot: Int, _ v: Bool) -> UInt64 {
            (v ? 1 : 2) &<< UInt64(2 * slot)
        }
        // Unknown engagement answers neither yes nor no.
        var f: UInt64 = engagementKnown ? fact(0, engagementBefore == 0) : 0
        f |= fact(1, recipientReplies > 0)
        f |= fact(2, recipientRequestedMeeting)
        f |= fact(3, recipientAskedQuestion)
        f |= fact(4, recipientInitiated)
        f |= fact(5, secondsSinceConnected == nil)
        f |= fact(6, isSendersFirst)
        f |= fact(7, features.genuineQuestion)
        f |= fact(8, features.question)
        f |= fact(9, features.shortQuestion)
        f |= fact(10, askedGenuineQuestionBefore)
        f |= fact(11, features.currencyAmount)
        f |= fact(12, recipientDeclined)
        f |= fact(13, recipientAskedPrice)
        f |= fact(14, recipientAskedGenuineQuestion)
        f |= fact(15, pitchedBefore)
        for k in plan.others.indices where holds(plan.others[k]) {
            f |= 1 &<< UInt64(ConditionFacts.otherBase + k)
        }
        return f & plan.mask
    }
}
