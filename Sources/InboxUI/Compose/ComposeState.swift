import InboxModel

/// A reply being written to one person, with the coach's latest review.
public struct ComposeState: Sendable {
    public var person: PersonRef
    public var editor: TextEditor
    /// Visual-line scroll of the editor.
    public var scroll = 0
    /// The coach's review of the draft as it stands, refreshed after every
    /// edit; nil when no coach is available.
    public internal(set) var feedback: CoachFeedback?

    public init(person: PersonRef, draft: String) {
        self.person = person
        self.editor = TextEditor(text: draft)
    }
}
