import InboxModel
import OutreachPolicy

/// What the runtime stores when the user marks a thread: the person's
/// messages to the owner with the label, as `thirsty learn` stores them.
public struct TeachRequest: Equatable, Sendable {
    public var label: ThreadLabel
    /// The person's id in the fixture, and their name for the list.
    public var person: String
    public var name: String
    public var texts: [String]

    public init(label: ThreadLabel, person: String, name: String, texts: [String]) {
        self.label = label
        self.person = person
        self.name = name
        self.texts = texts
    }
}

/// A teaching on disk, and the learned model with every teaching in force
/// (the shipped counts plus the store's teachings, this one included).
public struct TeachOutcome: Equatable, Sendable {
    public var teaching: Teaching
    public var model: LearnedModel?

    public init(teaching: Teaching, model: LearnedModel?) {
        self.teaching = teaching
        self.model = model
    }

    /// The model is rebuilt for each outcome, so one outcome equals another
    /// only when it carries the very same model.
    public static func == (a: TeachOutcome, b: TeachOutcome) -> Bool {
        a.teaching == b.teaching && a.model === b.model
    }
}

extension AppState {
    /// `!` / `=`: teach the learned rule that the selected received thread
    /// is thirsty, or fine. Stored first (an effect); judged again only
    /// once the runtime answers that it is on disk.
    mutating func mark(_ label: ThreadLabel) -> [Effect] {
        guard view == .messages, !sentOnly else {
            status = StatusLine(sentOnly ? "Marking teaches from threads you received (press s for all)" : "Marking works on message threads (press 2)")
            return []
        }
        guard let person = selectedPerson else {
            status = StatusLine("No thread selected")
            return []
        }
        let name = inbox.person(person).name
        let texts = LearnedTrainer.messages(from: person, in: inbox)
        guard !texts.isEmpty else {
            status = StatusLine("\(name) sent you no messages: nothing to learn from", kind: .warning)
            return []
        }
        return [.teach(TeachRequest(label: label, person: inbox.person(person).id, name: name, texts: texts))]
    }

    /// The teaching is stored: every thread is judged again with the new
    /// model (it changes every feature's weight, not only this thread's).
    mutating func taught(_ outcome: TeachOutcome) {
        let t = outcome.teaching
        let what = "Marked \(t.name) \(t.label == .thirsty ? "thirsty" : "fine") (learn #\(t.id))"
        guard policy.learned != nil else {
            status = StatusLine("\(what); the learned rule is off in this session (--no-learned)", kind: .success)
            return
        }
        let person = selectedPerson
        session.relearn(outcome.model)
        reselect(person)
        let verdict = inbox.ref(forPersonID: t.person).flatMap { session.threadVerdict(for: $0) }
        let now = verdict.map { v in v.flagged ? "; now flagged" : "; now not flagged" } ?? ""
        status = StatusLine(what + now, kind: .success)
    }
}
