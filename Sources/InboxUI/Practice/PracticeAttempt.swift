import InboxModel
import OutreachPolicy
import Practice

extension PracticeScene {
    /// The coach's review of `answer`, as the compose panel shows it.
    public func review(_ answer: String, policy: Policy) -> CoachFeedback {
        CoachFeedback(coach(answer, policy: policy))
    }

    /// One scored attempt: the exercise's verdict and the coach's feedback.
    public func attempt(_ answer: String, policy: Policy) -> PracticeAttempt {
        let verdict = judge(answer, policy: policy)
        return PracticeAttempt(exercise: exercise, answer: answer, feedback: CoachFeedback(verdict.report), verdict: verdict)
    }
}

/// One answer to one exercise, as the coach and the exercise's checks saw it.
public struct PracticeAttempt: Sendable, Equatable {
    public var exercise: Exercise
    public var answer: String
    public var feedback: CoachFeedback
    /// Nil for an attempt built by hand from feedback alone.
    public var verdict: ExerciseVerdict?

    public init(exercise: Exercise, answer: String, feedback: CoachFeedback, verdict: ExerciseVerdict? = nil) {
        self.exercise = exercise
        self.answer = answer
        self.feedback = feedback
        self.verdict = verdict
    }

    /// Whether the answer does what the exercise asks (see `ExerciseVerdict`).
    public var passed: Bool { verdict?.passed ?? (feedback.rules.allSatisfy { $0.status != .fail } && !feedback.flagged) }
}

/// Per-rule pass rates over a session's attempts.
public struct PracticeSummary: Sendable, Equatable {
    public struct Tally: Sendable, Equatable {
        public var pass = 0
        public var warn = 0
        public var fail = 0

        public init(pass: Int = 0, warn: Int = 0, fail: Int = 0) {
            self.pass = pass
            self.warn = warn
            self.fail = fail
        }

        public var total: Int { pass + warn + fail }
        /// Share of attempts that passed, 0...1 (0 with no attempts).
        public var passRate: Double { total == 0 ? 0 : Double(pass) / Double(total) }
    }

    public private(set) var attempts: [PracticeAttempt] = []
    public private(set) var tallies: [ArticleRule: Tally] = [:]
    /// Attempts the engine would flag.
    public private(set) var flagged = 0

    public init(attempts: [PracticeAttempt] = []) {
        for a in attempts { add(a) }
    }

    public mutating func add(_ attempt: PracticeAttempt) {
        attempts.append(attempt)
        for rule in ArticleRule.allCases {
            var t = tallies[rule] ?? Tally()
            switch attempt.feedback.status(of: rule) {
            case .pass: t.pass += 1
            case .warn: t.warn += 1
            case .fail: t.fail += 1
            }
            tallies[rule] = t
        }
        if attempt.feedback.flagged { flagged += 1 }
    }

    public func tally(for rule: ArticleRule) -> Tally { tallies[rule] ?? Tally() }

    /// Attempts where every rule passed.
    public var clean: Int { attempts.filter { a in a.feedback.rules.allSatisfy { $0.status == .pass } }.count }

    /// Attempts that did what their exercise asked.
    public var passedExercises: Int { attempts.filter(\.passed).count }
}
