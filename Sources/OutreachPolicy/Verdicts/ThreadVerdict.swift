import InboxModel

/// The policy's verdict on one thread: the counterpart's messages to the
/// owner (or, for the coach, the owner's to the counterpart).
///
/// Kept compact (an inbox at LinkedIn's cap has tens of thousands): the
/// findings and per-message stages are stored packed and become `Finding`s
/// and dictionaries when read.
public struct ThreadVerdict: Sendable, Equatable {
    public var counterpart: PersonRef
    public var flagged: Bool
    public var score: Double
    public var threshold: Double
    /// Ladder stages reached, in the order first reached.
    public var stages: [Stage]
    /// Article rules broken, always in the order relax, value, sincere.
    public var brokenRules: [ArticleRule]
    /// Each scored rule once, at the message where it first fired.
    public var findings: [Finding] {
        get { findingStorage.findings(PackedFinding.Context(recipient: recipient)) }
        set { findingStorage = .plain(newValue) }
    }
    /// Stages each of the sender's messages reached, by event index.
    public var messageStages: [Int: [Stage]] {
        get { stageStorage.dictionary }
        set { stageStorage = .plain(newValue) }
    }
    /// The message at which the running score first reached the threshold.
    public var flaggedAt: Moment?
    /// For a flagged thread that opened without reaching any ladder stage:
    /// the sender's first message that did (where a sincere start turned).
    public var turnedAt: Moment?
    /// False when the inbox does not record likes and comments (a data
    /// export): the rules about engaging first were not applied.
    public var engagementKnown: Bool
    /// Set for a thread that is not one person's outreach (a group
    /// conversation, sponsored InMail): shown, not judged.
    public var notJudged: PersonKind?

    /// `score=9.5 required=5.0 tests=FLATTERY_HONORED(2.0),MEETING_NO_PURPOSE(2.5),…`
    public var explanation: String {
        switch notJudged {
        case .group?: return "not judged: a group conversation is not one person's outreach"
        case .sponsored?: return "not judged: sponsored InMail is an advertiser's mailing, not a person's outreach"
        case .person?, nil: break
        }
        let base = OutreachPolicy.explanation(score: score, required: threshold, tests: findingStorage.rulesAndScores)
        return engagementKnown ? base : base + " engagement=unknown (the data does not say who liked or commented; rules about engaging first not applied)"
    }

    /// The stages message `eventIndex` reached, without building the whole
    /// `messageStages` dictionary; empty when none.
    public func stages(atEvent eventIndex: Int) -> [Stage] { stageStorage.stages(at: eventIndex) }

    public struct Moment: Sendable, Equatable {
        /// Event index of the message; nil for a coach draft.
        public var eventIndex: Int?
        public var at: Timestamp
    }

    private var findingStorage: FindingStorage
    private var stageStorage: MessageStageStorage
    /// First name of the messages' recipient, for timeline evidence.
    private var recipient: String

    init(
        counterpart: PersonRef, flagged: Bool, score: Double, threshold: Double, stages: [Stage], brokenRules: [ArticleRule],
        findings: FindingStorage, messageStages: MessageStageStorage, flaggedAt: Moment?, recipient: String,
        engagementKnown: Bool = true
    ) {
        self.counterpart = counterpart
        self.flagged = flagged
        self.score = score
        self.threshold = threshold
        self.stages = stages
        self.brokenRules = brokenRules
        self.findingStorage = findings
        self.stageStorage = messageStages
        self.flaggedAt = flaggedAt
        self.recipient = recipient
        self.engagementKnown = engagementKnown
        self.notJudged = nil
    }

    public static func == (a: ThreadVerdict, b: ThreadVerdict) -> Bool {
        a.counterpart == b.counterpart && a.flagged == b.flagged && a.score == b.score && a.threshold == b.threshold
            && a.stages == b.stages && a.brokenRules == b.brokenRules && a.flaggedAt == b.flaggedAt && a.turnedAt == b.turnedAt
            && a.findings == b.findings && a.messageStages == b.messageStages
            && a.engagementKnown == b.engagementKnown && a.notJudged == b.notJudged
    }
}

/// One message's stages: bit k is `Stage.allCases[k]`.
struct MessageStage: Sendable {
    var eventIndex: Int32
    var bits: UInt8
}

/// A verdict's per-message stages: packed as the analyzer made them, or a
/// dictionary someone assigned.
enum MessageStageStorage: Sendable {
    case packed([MessageStage])
    case plain([Int: [Stage]])

    static let empty = MessageStageStorage.packed([])

    var dictionary: [Int: [Stage]] {
        switch self {
        case .plain(let d): return d
        case .packed(let list):
            var d = [Int: [Stage]](minimumCapacity: list.count)
            for m in list { d[Int(m.eventIndex)] = Stage.list(bits: m.bits) }
            return d
        }
    }

    func stages(at eventIndex: Int) -> [Stage] {
        switch self {
        case .plain(let d): return d[eventIndex] ?? []
        case .packed(let list):
            for m in list where Int(m.eventIndex) == eventIndex { return Stage.list(bits: m.bits) }
            return []
        }
    }
}

extension Stage {
    /// Every set of stages in ladder order, by bits (bit k is `allCases[k]`).
    private static let lists: [[Stage]] = (0..<16).map { bits in
        allCases.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element)
    }

    static func list(bits: UInt8) -> [Stage] { lists[Int(bits & 15)] }
}

extension ArticleRule {
    /// Every set of article rules in order, by bits (bit k is `allCases[k]`),
    /// so verdicts share one array per set.
    private static let subsets: [[ArticleRule]] = (0..<8).map { bits in
        allCases.enumerated().filter { bits & (1 << $0.offset) != 0 }.map(\.element)
    }

    static func list(bits: UInt8) -> [ArticleRule] { subsets[Int(bits & 7)] }
}
