import OutreachPolicy

/// What an exercise's answer must do beyond the article's three rules, as
/// data (`checks:` in the exercise file). Each check is a test of the
/// engine's own text features (see `DraftSignals`), never a phrase list of
/// its own: "declines" means what a decline means to the rulebook.
public enum ExerciseCheck: Sendable, Equatable, Hashable {
    /// `declines`: says no plainly (`__DECLINE`) and doesn't hedge it with a
    /// maybe (`__HEDGE`): "later" or "maybe another time" fails.
    case declines
    /// `no-sarcasm`: no sarcasm, scorn or lecture (`SINCERE_SARCASM`).
    case noSarcasm
    /// `asks-question`: asks a genuine question (`__GENUINE_QUESTION`): long
    /// enough, and free of pitches, scheduling, flattery and small talk.
    case asksQuestion
    /// `offers`: offers something concrete (`__OFFER`: a link, a write-up,
    /// an introduction) or carries concrete details (`__SPECIFIC`), and
    /// sells nothing (`__PITCH_ASK`).
    case offers
    /// `no-call`: proposes no call or meeting (`__MEETING_ASK`).
    case noCall
    /// `no-pitch`: pitches nothing (`__PITCH_ASK`).
    case noPitch
    /// `max-words: N`: at most N words, as the engine counts them.
    case maxWords(Int)

    /// The names checks are written with, in the order they are documented.
    public static let names = ["declines", "no-sarcasm", "asks-question", "offers", "no-call", "no-pitch", "max-words"]

    /// A check written as a bare name; nil for an unknown one or for
    /// `max-words`, which needs its number.
    public init?(name: String) {
        switch name {
        case "declines": self = .declines
        case "no-sarcasm": self = .noSarcasm
        case "asks-question": self = .asksQuestion
        case "offers": self = .offers
        case "no-call": self = .noCall
        case "no-pitch": self = .noPitch
        default: return nil
        }
    }

    public var name: String {
        switch self {
        case .declines: return "declines"
        case .noSarcasm: return "no-sarcasm"
        case .asksQuestion: return "asks-question"
        case .offers: return "offers"
        case .noCall: return "no-call"
        case .noPitch: return "no-pitch"
        case .maxWords: return "max-words"
        }
    }

    /// What the check asks for, as the learner reads it.
    public var title: String {
        switch self {
        case .declines: return "Declines clearly"
        case .noSarcasm: return "No sarcasm or lecture"
        case .asksQuestion: return "Asks a specific question"
        case .offers: return "Offers something concrete"
        case .noCall: return "Proposes no call"
        case .noPitch: return "Pitches nothing"
        case .maxWords(let n): return "At most \(n) words"
        }
    }

    /// The rulebook rules the check reads; a test keeps them in the rulebook.
    public var ruleIDs: [String] {
        switch self {
        case .declines: return ["__DECLINE", "__HEDGE"]
        case .noSarcasm: return ["SINCERE_SARCASM"]
        case .asksQuestion: return ["__GENUINE_QUESTION"]
        case .offers: return ["__OFFER", "__SPECIFIC", "__PITCH_ASK"]
        case .noCall: return ["__MEETING_ASK"]
        case .noPitch: return ["__PITCH_ASK"]
        case .maxWords: return []
        }
    }

    /// Whether `signals` (of the answer) meet the check, and if not, one
    /// sentence saying what to change.
    public func evaluate(_ s: DraftSignals) -> CheckResult {
        switch self {
        case .declines:
            if s.fired("__HEDGE") { return fail("This puts the answer off; a maybe invites the next nudge. Say no plainly") }
            if !s.fired("__DECLINE") { return fail("Nothing here says no; say it plainly (\"thanks, but I'll pass\")") }
        case .noSarcasm:
            if s.fired("SINCERE_SARCASM") { return fail("This reads as sarcasm or a lecture; decline or answer plainly") }
        case .asksQuestion:
            if !s.fired("__GENUINE_QUESTION") { return fail("No specific question; ask one they can answer from their own work") }
        case .offers:
            if s.fired("__PITCH_ASK") { return fail("This sells something; offer something useful instead") }
            if !s.fired("__OFFER") && !s.fired("__SPECIFIC") {
                return fail("Nothing concrete on offer; share a link, a write-up, an introduction or the details")
            }
        case .noCall:
            if s.fired("__MEETING_ASK") { return fail("This proposes a call; answer in writing instead") }
        case .noPitch:
            if s.fired("__PITCH_ASK") { return fail("This pitches something nobody asked for") }
        case .maxWords(let n):
            if s.words > n { return fail("\(s.words) words; keep it to \(n)") }
        }
        return CheckResult(check: self, passed: true, advice: nil)
    }

    private func fail(_ advice: String) -> CheckResult { CheckResult(check: self, passed: false, advice: advice) }
}

/// One check applied to one answer.
public struct CheckResult: Sendable, Equatable {
    public var check: ExerciseCheck
    public var passed: Bool
    /// What to change, for a check that failed.
    public var advice: String?

    public init(check: ExerciseCheck, passed: Bool, advice: String?) {
        self.check = check
        self.passed = passed
        self.advice = advice
    }
}
