/// A built-in predicate with its parameter, as written under a rule's
/// `condition:` (`unanswered_in_a_row: 2`, `recipient_replied: true`).
///
/// Thread predicates are direction-agnostic: they look at one message from
/// the *sender* to the *recipient*. When the engine judges an incoming
/// thread the sender is the counterpart and the recipient the owner; when
/// the coach reviews a draft the sender is the owner.
public struct Condition: Sendable, Equatable {
    public var predicate: Predicate
    /// The threshold for numeric predicates; for yes/no predicates 1 means
    /// "must hold" and 0 "must not hold".
    public var value: Double

    public init(_ predicate: Predicate, _ value: Double = 1) {
        self.predicate = predicate
        self.value = value
    }

    public enum Predicate: String, Sendable, CaseIterable {
        // Thread scope: the message's place in the timeline.
        /// The sender started the thread with this message, at most N hours
        /// after connecting (or without being connected at all).
        case firstMessageWithinHours = "first_message_within_hours"
        /// The sender had not liked or commented on any of the recipient's posts before this message.
        case noEngagementBeforeMessage = "no_engagement_before_message"
        /// The sender had liked or commented on the recipient's posts at least N times before this message.
        case engagedBeforeMessageAtLeast = "engaged_before_message_at_least"
        /// This is at least the Nth message in a row from the sender with no reply in between.
        case unansweredInARow = "unanswered_in_a_row"
        /// The recipient had sent at least one message before this one.
        case recipientReplied = "recipient_replied"
        /// An earlier message from the recipient asked for a call or meeting.
        case recipientRequestedMeeting = "recipient_requested_meeting"
        /// An earlier message from the recipient asked a question.
        case recipientAskedQuestion = "recipient_asked_question"
        /// The recipient sent the thread's first message.
        case recipientInitiated = "recipient_initiated"
        /// The two had been connected for at least N days when this message was sent.
        case connectedDaysAtLeast = "connected_days_at_least"
        /// The two were not connected when this message was sent.
        case notConnected = "not_connected"
        /// This is the sender's first message in the thread.
        case firstMessage = "first_message"
        /// At most N hours since the sender's previous message.
        case hoursSincePreviousMessageAtMost = "hours_since_previous_message_at_most"
        /// The message asks a genuine question (see Rules/README.md).
        case genuineQuestion = "genuine_question"
        /// The message asks any question.
        case question
        /// The message asks a question shorter than a genuine one ("Interested?").
        case shortQuestion = "short_question"
        /// An earlier message from the sender asked a genuine question.
        case askedGenuineQuestionBefore = "asked_genuine_question_before"
        /// The message has at least N words.
        case wordsAtLeast = "words_at_least"
        /// The message has at most N words.
        case wordsAtMost = "words_at_most"
        /// The message names an amount of money by its currency: a symbol
        /// or code next to a number ("$450", "€1,200", "300 USD").
        case currencyAmount = "currency_amount"
        /// The recipient's latest message declined (a rule of
        /// `decline_rules` matched it).
        case recipientDeclined = "recipient_declined"
        /// The recipient's latest message asked what something costs (a
        /// rule of `price_request_rules` matched it).
        case recipientAskedPrice = "recipient_asked_price"
        /// The recipient's latest message asked a genuine question.
        case recipientAskedGenuineQuestion = "recipient_asked_genuine_question"
        /// An earlier message from the sender reached the pitch stage.
        case pitchedBefore = "pitched_before"

        // Invitation scope: the sender's profile when the invitation was sent.
        case noPhoto = "no_photo"
        /// Known connection count below N.
        case connectionsBelow = "connections_below"
        case connectionsAtLeast = "connections_at_least"
        /// Known account age below N days at the time of the invitation.
        case accountAgeDaysBelow = "account_age_days_below"
        case accountAgeDaysAtLeast = "account_age_days_at_least"
        /// Known mutual connections at most N.
        case mutualAtMost = "mutual_at_most"
        case mutualAtLeast = "mutual_at_least"
        case headlineEmpty = "headline_empty"
        case noteEmpty = "note_empty"

        public var scope: RuleScope {
            switch self {
            case .noPhoto, .connectionsBelow, .connectionsAtLeast, .accountAgeDaysBelow, .accountAgeDaysAtLeast,
                 .mutualAtMost, .mutualAtLeast, .headlineEmpty, .noteEmpty:
                return .invitation
            default:
                return .thread
            }
        }

        /// Yes/no predicates take `true`/`false`; the rest a number.
        public var takesNumber: Bool {
            switch self {
            case .firstMessageWithinHours, .engagedBeforeMessageAtLeast, .unansweredInARow, .connectedDaysAtLeast,
                 .hoursSincePreviousMessageAtMost, .wordsAtLeast, .wordsAtMost,
                 .connectionsBelow, .connectionsAtLeast, .accountAgeDaysBelow, .accountAgeDaysAtLeast,
                 .mutualAtMost, .mutualAtLeast:
                return true
            default:
                return false
            }
        }

        /// Whether the predicate reads the message text (so a rule using it
        /// can be tested with example strings).
        var readsText: Bool {
            switch self {
            case .genuineQuestion, .question, .shortQuestion, .wordsAtLeast, .wordsAtMost, .noteEmpty, .currencyAmount: return true
            default: return false
            }
        }

        /// Which profile signal a fired predicate marks as weak.
        var profileSignal: ProfileSignal.Kind? {
            switch self {
            case .noPhoto: return .photo
            case .connectionsBelow: return .connections
            case .accountAgeDaysBelow: return .accountAge
            case .mutualAtMost: return .mutuals
            case .headlineEmpty: return .headline
            default: return nil
            }
        }
    }
}
