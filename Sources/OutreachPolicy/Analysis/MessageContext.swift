/// Where one message from the sender stands in the thread's timeline, for
/// the thread predicates. Direction-agnostic: the sender is the counterpart
/// when judging a thread and the owner when coaching a draft.
struct MessageContext: ConditionContext, Sendable {
    var isSendersFirst = true
    /// The sender wrote the thread's first message.
    var senderInitiated = true
    /// Nil when the two were not connected when the message was sent.
    var secondsSinceConnected: Int64?
    /// The sender's likes and comments on the recipient's posts before the message.
    var engagementBefore = 0
    /// False when the data does not record engagement (a data export):
    /// then neither "engaged" nor "never engaged" holds.
    var engagementKnown = true
    /// Messages in a row from the sender with no reply, this one included.
    var unanswered = 1
    var recipientReplies = 0
    var recipientRequestedMeeting = false
    var recipientAskedQuestion = false
    var recipientInitiated = false
    var secondsSincePrevious: Int64?
    var askedGenuineQuestionBefore = false
    /// The recipient's latest message declined.
    var recipientDeclined = false
    var recipientAskedPrice = false
    /// The recipient's latest message asked a genuine question.
    var recipientAskedGenuineQuestion = false
    /// An earlier message from the sender reached the pitch stage.
    var pitchedBefore = false
    var features = TextFeatures()

    /// Takes in a message from the recipient: a reply, or the note of an
    /// invitation the recipient sent, which opens the conversation as a
    /// first message does.
    mutating func heard(from features: TextFeatures, matched rules: [Int32], table: RuleTable) {
        recipientReplies += 1
        unanswered = 0
        if features.asksForMeeting { recipientRequestedMeeting = true }
        if features.question { recipientAskedQuestion = true }
        recipientAskedGenuineQuestion = features.genuineQuestion
        recipientDeclined = rules.contains { table.flags[Int($0)] & RuleTable.declines != 0 }
        recipientAskedPrice = rules.contains { table.flags[Int($0)] & RuleTable.asksPrice != 0 }
    }

    /// A stranger's first message a month after connecting: the context the
    /// rulebook's examples are tested in.
    static let neutral = MessageContext(secondsSinceConnected: 30 * 86_400)

    func holds(_ c: Condition) -> Bool {
        let yes = c.value != 0
        switch c.predicate {
        case .firstMessageWithinHours:
            guard isSendersFirst && senderInitiated else { return false }
            guard let s = secondsSinceConnected, s >= 0 else { return true }
            return Double(s) <= c.value * 3600
        case .noEngagementBeforeMessage: return engagementKnown && (engagementBefore == 0) == yes
        case .engagedBeforeMessageAtLeast: return engagementKnown && Double(engagementBefore) >= c.value
        case .unansweredInARow: return Double(unanswered) >= c.value
        case .recipientReplied: return (recipientReplies > 0) == yes
        case .recipientRequestedMeeting: return recipientRequestedMeeting == yes
        case .recipientAskedQuestion: return recipientAskedQuestion == yes
        case .recipientInitiated: return recipientInitiated == yes
        case .connectedDaysAtLeast:
            guard let s = secondsSinceConnected else { return false }
            return Double(s) >= c.value * 86_400
        case .notConnected: return (secondsSinceConnected == nil) == yes
        case .firstMessage: return isSendersFirst == yes
        case .hoursSincePreviousMessageAtMost:
            guard let s = secondsSincePrevious else { return false }
            return Double(s) <= c.value * 3600
        case .genuineQuestion: return features.genuineQuestion == yes
        case .question: return features.question == yes
        case .shortQuestion: return features.shortQuestion == yes
        case .askedGenuineQuestionBefore: return askedGenuineQuestionBefore == yes
        case .wordsAtLeast: return Double(features.words) >= c.value
        case .wordsAtMost: return Double(features.words) <= c.value
        case .currencyAmount: return features.currencyAmount == yes
        case .recipientDeclined: return recipientDeclined == yes
        case .recipientAskedPrice: return recipientAskedPrice == yes
        case .recipientAskedGenuineQuestion: return recipientAskedGenuineQuestion == yes
        case .pitchedBefore: return pitchedBefore == yes
        case .noPhoto, .connectionsBelow, .connectionsAtLeast, .accountAgeDaysBelow, .accountAgeDaysAtLeast,
             .mutualAtMost, .mutualAtLeast, .headlineEmpty, .noteEmpty:
            return false
        }
    }

    /// The one number `evidence(for:)` reads for a predicate, so a finding
    /// can keep that instead of the sentence.
    func evidenceNumber(for p: Condition.Predicate) -> Int64? {
        switch p {
        case .firstMessageWithinHours, .connectedDaysAtLeast: return secondsSinceConnected
        case .engagedBeforeMessageAtLeast: return Int64(engagementBefore)
        case .unansweredInARow: return Int64(unanswered)
        case .recipientReplied: return Int64(recipientReplies)
        case .hoursSincePreviousMessageAtMost: return secondsSincePrevious
        case .wordsAtLeast, .wordsAtMost: return Int64(features.words)
        default: return nil
        }
    }

    /// A sentence stating the fact behind a condition that held.
    func evidence(for c: Condition, recipient: String) -> String {
        let yes = c.value != 0
        switch c.predicate {
        case .firstMessageWithinHours:
            guard let s = secondsSinceConnected, s >= 0 else { return "first message sent without being connected" }
            return "first message \(describeDuration(seconds: s)) after connecting"
        case .noEngagementBeforeMessage:
            return yes ? "no likes or comments on \(recipient)’s posts before this message"
                : "liked or commented on \(recipient)’s posts before this message"
        case .engagedBeforeMessageAtLeast:
            return "\(count(engagementBefore, "like or comment", "likes and comments")) on \(recipient)’s posts before this message"
        case .unansweredInARow:
            return "\(ordinal(unanswered)) message in a row without a reply"
        case .recipientReplied:
            return yes ? "\(recipient) had replied \(count(recipientReplies, "time", "times"))" : "\(recipient) had not replied"
        case .recipientRequestedMeeting:
            return yes ? "\(recipient) asked for the call" : "\(recipient) had not asked for a call"
        case .recipientAskedQuestion:
            return yes ? "answers a question from \(recipient)" : "\(recipient) had not asked anything"
        case .recipientInitiated:
            return yes ? "\(recipient) started the conversation" : "started the conversation"
        case .connectedDaysAtLeast:
            return "connected for \(describeDuration(seconds: secondsSinceConnected ?? 0))"
        case .notConnected:
            return yes ? "not connected" : "connected"
        case .firstMessage:
            return yes ? "first message" : "follow-up message"
        case .hoursSincePreviousMessageAtMost:
            return "\(describeDuration(seconds: secondsSincePrevious ?? 0)) after the previous message"
        case .genuineQuestion: return yes ? "asks a genuine question" : "no genuine question"
        case .question: return yes ? "asks a question" : "asks nothing"
        case .shortQuestion: return yes ? "ends with a yes-or-no closer" : "no short closer"
        case .askedGenuineQuestionBefore: return yes ? "follows up on a genuine question" : "no genuine question earlier"
        case .wordsAtLeast, .wordsAtMost: return count(features.words, "word", "words")
        case .currencyAmount: return yes ? "names a price" : "names no price"
        case .recipientDeclined: return yes ? "after \(recipient) said no" : "\(recipient) had not said no"
        case .recipientAskedPrice: return yes ? "\(recipient) asked for a price" : "\(recipient) had not asked for a price"
        case .recipientAskedGenuineQuestion:
            return yes ? "answers a real question from \(recipient)" : "\(recipient) had asked nothing"
        case .pitchedBefore: return yes ? "after an earlier pitch" : "no earlier pitch"
        default: return c.predicate.rawValue
        }
    }
}

extension MessageContext {
    /// A context in which every number `evidence(for:)` reads is `n`: the
    /// inverse of `evidenceNumber(for:)` for whichever predicate is asked.
    init(evidenceNumber n: Int64?) {
        self.init()
        secondsSinceConnected = n
        secondsSincePrevious = n
        let count = Int(truncatingIfNeeded: n ?? 0)
        engagementBefore = count
        unanswered = count
        recipientReplies = count
        features.words = count
    }
}

/// "4 minutes", "3 hours", "2 days", "5 months".
func describeDuration(seconds s: Int64) -> String {
    let m = max(0, s) / 60
    if m < 60 { return count(Int(m), "minute", "minutes") }
    let h = m / 60
    if h < 48 { return count(Int(h), "hour", "hours") }
    let d = h / 24
    if d < 60 { return count(Int(d), "day", "days") }
    if d < 730 { return count(Int(d / 30), "month", "months") }
    return count(Int(d / 365), "year", "years")
}

func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }

func ordinal(_ n: Int) -> String {
    let words = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
    if n >= 0 && n < words.count { return words[n] }
    let suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][n % 10]
    return "\(n)\(suffix)"
}
