import InboxModel
import OutreachPolicy

/// An exercise with its scene loaded: the inbox folded at the exercise's
/// moment, and the person the learner writes to.
public struct PracticeScene: Sendable {
    public let exercise: Exercise
    /// The scene's inbox with `now` moved to the exercise's moment.
    public let inbox: Inbox
    public let state: InboxState
    public let person: PersonRef
    public var at: Timestamp { inbox.now }

    /// Checks that the person exists and could be written to at that
    /// moment (connected, or already in a thread), as `r` requires.
    public init(exercise: Exercise, scene: Inbox, file: String) throws(ExerciseError) {
        var inbox = scene
        if let at = exercise.at { inbox.now = at }
        guard let ref = inbox.ref(forPersonID: exercise.person), !ref.isOwner else {
            let known = inbox.others.prefix(6).map(\.id).joined(separator: ", ")
            throw ExerciseError(file: file, field: "person",
                                message: "no person \"\(exercise.person)\" in \(exercise.scene.description) (known: \(known)\(inbox.others.count > 6 ? ", …" : ""))")
        }
        let state = inbox.state()
        guard state.isConnected(ref) || state.thread(with: ref) != nil else {
            throw ExerciseError(file: file, field: "person",
                                message: "\(exercise.person) is neither connected to the owner nor in a thread at \(inbox.now.iso8601)")
        }
        self.exercise = exercise
        self.inbox = inbox
        self.state = state
        self.person = ref
    }

    public var personName: String { inbox.person(person).name }

    /// The coach's review of `answer` as the owner's next message at the
    /// exercise's moment.
    public func review(_ answer: String, policy: Policy) -> CoachFeedback {
        DraftCoach.review(answer, to: person, in: inbox, state: state, at: at, policy: policy)
    }
}

/// One answer to one exercise, as the coach saw it.
public struct PracticeAttempt: Sendable, Equatable {
    public var exercise: Exercise
    public var answer: String
    public var feedback: CoachFeedback

    public init(exercise: Exercise, answer: String, feedback: CoachFeedback) {
        self.exercise = exercise
        self.answer = answer
        self.feedback = feedback
    }
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
}
