import InboxModel

/// Rulebook-wide settings: thresholds and how the built-in text features
/// (question detection) and the ladder-to-article-rule mapping work.
public struct RulebookSettings: Sendable, Equatable {
    /// A thread is flagged when its score reaches this.
    public var threadThreshold: Double = 5
    /// An invitation is ignored when its score reaches this.
    public var invitationThreshold: Double = 5
    /// Thresholds the evaluation report tabulates besides the default.
    public var evaluationThresholds: [Double] = [3, 4, 5, 6, 7]
    /// A sentence ending in `?` is a question when it has at least this many words.
    public var questionMinWords: Int = 5
    /// Rules whose match makes a sentence a question even without `?`
    /// ("I was wondering how…").
    public var questionRules: [String] = []
    /// A question is not genuine when a rule of these categories matches
    /// inside it (a scheduling question, a pitch phrased as a question).
    public var questionExcludedCategories: [RuleCategory] = [.flattery, .meeting, .nudge, .pitch, .value, .sincere]
    /// Further rules that make a question not genuine ("how are you?").
    public var questionExcludedRules: [String] = []
    /// Which article rules reaching each ladder stage breaks.
    public var breaks: [Stage: [ArticleRule]] = [.flattery: [.sincere], .meeting: [.value], .nudge: [.relax], .pitch: [.value]]
    /// A like counts as engaging before a message only when it came at least
    /// this long before it: a like a minute before a pitch is not getting to
    /// know someone. A comment counts as soon as it is written.
    public var engagementLeadMinutes: Double = 60
    /// The coach fails an article rule when the draft's rules in it add up
    /// to at least this; anything less but above zero is a warning.
    public var coachFailAt: Double = 2.0
    /// Rules of these categories do not fire on a phrase a negation governs
    /// ("we are not looking for investors", "I don't need a demo").
    public var negatedCategories: [RuleCategory] = []
    /// Rules whose match on the recipient's message means the recipient
    /// said no (`recipient_declined` holds for the sender's next messages).
    public var declineRules: [String] = []
    /// Rules that, matching the recipient's latest message, mean they asked
    /// what something costs, so a price in answer is no pitch.
    public var priceRequestRules: [String] = []
    /// Credits for the timeline (a reply, engagement, a long connection)
    /// that do not shield a turn: once the sender turns to a pitch or
    /// pushes, the thread is also judged from that message on without them.
    public var turnIgnoresCredits: [String] = []
    /// A comment on the recipient's post counts as engaging only when it
    /// says something: one of its words is not among these ("Great post!",
    /// "Love this", "Thanks for sharing" are not getting to know someone).
    public var engagementFillerWords: [String] = [] {
        didSet { fillerWords = Set(engagementFillerWords.map { WordHash.of(Array($0.lowercased().utf8)) }) }
    }
    /// Hashes of the filler words, as `commentSaysSomething` hashes words.
    private(set) var fillerWords: Set<UInt64> = []

    /// Whether a comment says something beyond filler praise. Runs for
    /// every comment of every thread judged, so it reads bytes and hashes
    /// words without allocating: ASCII letters lowercased, apostrophes
    /// dropped, any other byte below 0x80 that is not a letter or digit
    /// ending a word.
    /// When a like or comment on the recipient's posts starts to count as
    /// engagement, or nil when it never does: a comment at once, and only
    /// when it says something ("Great post!" does not); a like only after
    /// the lead time (a like right before a pitch is not getting to know
    /// someone). One past the instant, so a message sent at that instant
    /// comes after it.
    func engagementStart(isLike: Bool, at: Timestamp, text: String) -> Int64? {
        if isLike { return at.milliseconds + Int64(engagementLeadMinutes * 60_000) + 1 }
        return commentSaysSomething(text) ? at.milliseconds + 1 : nil
    }

    func commentSaysSomething(_ text: String) -> Bool {
        guard !fillerWords.isEmpty else { return true }
        var h = WordHasher()
        var length = 0
        for b in text.utf8 {
            if b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) {
                h.add(b)
                length += 1
            } else if b >= 0x41 && b <= 0x5A {
                h.add(b | 0x20)
                length += 1
            } else if b != 0x27 {
                if length > 0 && !fillerWords.contains(h.value) { return true }
                h = WordHasher()
                length = 0
            }
        }
        return length > 0 && !fillerWords.contains(h.value)
    }

    public init() {}
}
