import Practice

/// A practice session on screen: the exercises in order, where the learner
/// is, and what they have answered so far.
public struct PracticeState: Sendable {
    public enum Phase: Equatable, Sendable {
        /// Writing the answer, with the coach live beside it.
        case writing
        /// The verdict beside the strong answer.
        case verdict
        /// The session's summary, after `q` or the last exercise.
        case summary
    }

    public let scenes: [PracticeScene]
    public internal(set) var index = 0
    public internal(set) var phase = Phase.writing
    /// The latest submitted answer to the current exercise, and the
    /// strong example's verdict to compare it with.
    public internal(set) var attempt: PracticeAttempt?
    public internal(set) var strong: ExerciseVerdict?
    /// Answers submitted to the current exercise (retries included).
    public internal(set) var tries = 0
    public internal(set) var summary = PracticeSummary()
    /// Whether results are saved to progress (the runtime does the writing).
    public let savesProgress: Bool
    /// Results the runtime has confirmed on disk, this session.
    public internal(set) var saved = 0
    /// The latest attempt's result is on disk.
    public internal(set) var attemptSaved = false
    public internal(set) var scroll = 0

    public init(scenes: [PracticeScene], savesProgress: Bool) {
        self.scenes = scenes
        self.savesProgress = savesProgress
    }

    public var scene: PracticeScene { scenes[index] }
    public var isLast: Bool { index >= scenes.count - 1 }
}
