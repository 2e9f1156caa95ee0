import InboxModel

/// The policy's recommendation for one received invitation.
///
/// Kept compact: the findings are stored packed and the profile signals as
/// the facts they describe; both become text when read.
public struct InvitationVerdict: Sendable, Equatable {
    public enum Decision: String, Sendable, Equatable { case accept, ignore }

    public var from: PersonRef
    /// Index of the `invite` event.
    public var eventIndex: Int
    public var at: Timestamp
    public var decision: Decision
    /// Why to ignore it; empty when accepting.
    public var reasons: [InvitationReason]
    public var score: Double
    public var threshold: Double
    public var findings: [Finding] {
        get { findingStorage.findings(PackedFinding.Context(profile: profile.context)) }
        set { findingStorage = .plain(newValue) }
    }
    public var signals: [ProfileSignal] {
        get { signalStorage ?? profile.signals }
        set { signalStorage = newValue }
    }

    /// `score=6.0 required=5.0 tests=INAPPROPRIATE_SCAM(6.0)`
    public var explanation: String {
        OutreachPolicy.explanation(score: score, required: threshold, tests: findingStorage.rulesAndScores)
    }

    private var findingStorage: FindingStorage
    private var profile: ProfileFacts
    /// Signals someone assigned, replacing the ones made from `profile`.
    private var signalStorage: [ProfileSignal]?

    init(
        from: PersonRef, eventIndex: Int, at: Timestamp, decision: Decision, reasons: [InvitationReason],
        score: Double, threshold: Double, findings: FindingStorage, profile: ProfileFacts
    ) {
        self.from = from
        self.eventIndex = eventIndex
        self.at = at
        self.decision = decision
        self.reasons = reasons
        self.score = score
        self.threshold = threshold
        self.findingStorage = findings
        self.profile = profile
        self.signalStorage = nil
    }

    public static func == (a: InvitationVerdict, b: InvitationVerdict) -> Bool {
        a.from == b.from && a.eventIndex == b.eventIndex && a.at == b.at && a.decision == b.decision
            && a.reasons == b.reasons && a.score == b.score && a.threshold == b.threshold
            && a.findings == b.findings && a.signals == b.signals
    }
}

/// The sender's profile as an invitation verdict keeps it: the facts the
/// signal sentences and profile evidence are made from.
struct ProfileFacts: Sendable {
    var context: ProfileContext
    var name: String
    /// Bit k: a rule counted `ProfileSignal.Kind.allCases[k]` as weak.
    var weak: UInt8

    var signals: [ProfileSignal] {
        InvitationAnalyzer.signals(name: name, headline: context.headline, profile: context, weak: weak)
    }
}

extension InvitationReason {
    /// Every set of reasons in order, by bits (bit k is `allCases[k]`), so
    /// verdicts share one array per set.
    private static let subsets: [[InvitationReason]] = (0..<4).map { bits in
        allCases.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element)
    }

    static func list(bits: UInt8) -> [InvitationReason] { subsets[Int(bits & 3)] }

    static func bit(_ reason: InvitationReason) -> UInt8 { UInt8(1 << (allCases.firstIndex(of: reason) ?? 0)) }
}
