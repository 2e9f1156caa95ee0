/// What a rule is evidence of. Ladder stages and article rules drive a
/// thread's verdict, credits lower a score, invitation reasons explain an
/// `ignore`, and `signal` marks helper rules that only feed meta rules.
public enum RuleCategory: String, Sendable, CaseIterable, Codable {
    case flattery, meeting, nudge, pitch
    case relax, value, sincere
    case credit
    case inappropriate, fake
    case signal

    public var stage: Stage? { Stage(rawValue: rawValue) }
    public var articleRule: ArticleRule? { ArticleRule(rawValue: rawValue) }
    public var invitationReason: InvitationReason? { InvitationReason(rawValue: rawValue) }

    /// The scope a rule of this category belongs to when the rule doesn't say.
    var impliedScope: RuleScope? {
        switch self {
        case .flattery, .meeting, .nudge, .pitch, .relax, .value, .sincere: return .thread
        case .inappropriate, .fake: return .invitation
        case .credit, .signal: return nil
        }
    }
}

/// The escalation ladder of thirsty outreach, in the order it usually climbs.
public enum Stage: String, Sendable, CaseIterable, Codable, Comparable {
    case flattery, meeting, nudge, pitch

    public static func < (a: Stage, b: Stage) -> Bool { a.order < b.order }
    private var order: Int { Stage.allCases.firstIndex(of: self) ?? 0 }
}

/// The source article's three rules for reaching out.
public enum ArticleRule: String, Sendable, CaseIterable, Codable, Comparable {
    /// Don't message right away; engage with someone's content first.
    case relax
    /// Reach out only with a genuine question or real value, not a sale.
    case value
    /// Be sincere: no flattery, no template.
    case sincere

    public static func < (a: ArticleRule, b: ArticleRule) -> Bool { a.order < b.order }
    private var order: Int { ArticleRule.allCases.firstIndex(of: self) ?? 0 }

    public var title: String {
        switch self {
        case .relax: return "Relax"
        case .value: return "Value"
        case .sincere: return "Sincere"
        }
    }
}

/// Why an invitation should be ignored; anything else is accepted.
public enum InvitationReason: String, Sendable, CaseIterable, Codable {
    case inappropriate, fake
}

/// What a rule looks at: one message of a thread (with the thread's timeline
/// up to it), or one invitation (its note and the sender's profile).
public enum RuleScope: String, Sendable, CaseIterable, Codable {
    case thread, invitation
}

/// Which text a pattern rule reads.
public enum TextField: String, Sendable, CaseIterable, Codable {
    /// A message body (thread scope).
    case body
    /// An invitation's note.
    case note
    /// The sender's headline (invitation scope).
    case headline
    /// The sender's display name (invitation scope).
    case name

    var scope: RuleScope { self == .body ? .thread : .invitation }
}
