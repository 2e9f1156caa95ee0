import InboxModel

/// A practice exercise: a scene from an inbox, the person to write to, the
/// moment of writing, what the learner is asked to do, and what a strong
/// answer looks like, with the checks its answer must meet. Exercises are
/// data (`Fixtures/exercises/*.yaml`; the
/// format is documented in that folder's README).
public struct Exercise: Sendable, Equatable {
    /// The file name without its extension; how `thirsty practice NAME` finds it.
    public var name: String
    public var title: String
    public var kind: Kind
    public var scene: SceneSource
    /// The id of the person the learner writes to.
    public var person: String
    /// The simulated now; nil means the scene's own `now`.
    public var at: Timestamp?
    /// The task, as shown to the learner.
    public var prompt: String
    /// One strong answer, shown after the attempt.
    public var example: String
    /// What strong answers do, one point per entry.
    public var strongAnswers: [String]
    /// What the answer must do beyond the article's three rules.
    public var checks: [ExerciseCheck]
    /// Answers the exercise must accept and must refuse; the test suite
    /// runs every one, so the checks are held to what the file says.
    public var mustPass: [String]
    public var mustFail: [String]

    public init(
        name: String, title: String, kind: Kind, scene: SceneSource, person: String, at: Timestamp?,
        prompt: String, example: String, strongAnswers: [String],
        checks: [ExerciseCheck] = [], mustPass: [String] = [], mustFail: [String] = []
    ) {
        self.name = name
        self.title = title
        self.kind = kind
        self.scene = scene
        self.person = person
        self.at = at
        self.prompt = prompt
        self.example = example
        self.strongAnswers = strongAnswers
        self.checks = checks
        self.mustPass = mustPass
        self.mustFail = mustFail
    }

    /// What the exercise practises.
    public enum Kind: String, Sendable, CaseIterable {
        case firstMessage = "first-message"
        case followUp = "follow-up"
        case answerPitch = "answer-pitch"
        case decline
        case answerQuestion = "answer-question"
        case question

        public var title: String {
            switch self {
            case .firstMessage: return "First message"
            case .followUp: return "Following up"
            case .answerPitch: return "Answering a pitch"
            case .decline: return "Declining politely"
            case .answerQuestion: return "Answering a genuine question"
            case .question: return "Asking a genuine question"
            }
        }
    }

    /// Which inbox the scene is set in.
    public enum SceneSource: Sendable, Equatable {
        /// The built-in inbox (`scene: builtin`).
        case builtin
        /// A bundled demo or practice scene, by name (`scene: the-article`).
        case bundled(String)
        /// A fixture file, relative to the exercise file (`scene: ./my-inbox.yaml`).
        case file(String)

        /// `builtin`, a bare name, or anything that looks like a path.
        public init(_ text: String) {
            if text == "builtin" || text == "built-in" {
                self = .builtin
            } else if text.contains("/") || text.hasSuffix(".yaml") || text.hasSuffix(".yml") || text.hasSuffix(".json") {
                self = .file(text)
            } else {
                self = .bundled(text)
            }
        }

        public var description: String {
            switch self {
            case .builtin: return "the built-in inbox"
            case .bundled(let name): return name
            case .file(let path): return path
            }
        }
    }
}
