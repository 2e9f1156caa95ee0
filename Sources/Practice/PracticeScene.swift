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
    /// exercise's moment, with the same rulebook as everyone else.
    public func coach(_ answer: String, policy: Policy) -> CoachReport {
        Coach.review(draft: answer, to: person, in: inbox, state: state, at: at, policy: policy)
    }

    /// The exercise's verdict on `answer`: its own checks and the coach.
    public func judge(_ answer: String, policy: Policy) -> ExerciseVerdict {
        ExerciseVerdict(exercise: exercise, answer: answer, report: coach(answer, policy: policy), policy: policy)
    }
}
