import InboxModel

/// A reply being written to one person, with the coach's latest review.
public struct ComposeState: Sendable {
    public var person: PersonRef
    public var editor: TextEditor
    /// Visual-line scroll of the editor.
    public var scroll = 0

    public init(person: PersonRef, draft: String) {
        self.person = person
        self.editor = TextEditor(text: draft)
    }
}
