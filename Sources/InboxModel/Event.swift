public enum EventType: String, Sendable, CaseIterable {
    case invite, accept, ignore, message, post, comment, like
}

/// Index of a post in `Inbox.posts`.
public struct PostRef: Hashable, Sendable {
    public var index: Int32
    public init(_ index: Int) { self.index = Int32(truncatingIfNeeded: index) }
}

public struct Post: Sendable, Equatable {
    public var id: String
    public var author: PersonRef
    public var at: Timestamp
    public var text: String

    public init(id: String, author: PersonRef, at: Timestamp, text: String) {
        self.id = id
        self.author = author
        self.at = at
        self.text = text
    }
}

/// One entry of the event log. The roles of `actor` and `subject` by type:
///
/// | type    | actor                  | subject                        | post        | text  |
/// |---------|------------------------|--------------------------------|-------------|-------|
/// | invite  | `from` (sender)        | `to` (recipient)               | –           | note  |
/// | accept  | `by` (recipient)       | `from` (who sent the invite)   | –           | –     |
/// | ignore  | `by` (recipient)       | `from` (who sent the invite)   | –           | –     |
/// | message | `from`                 | `to`                           | –           | body  |
/// | post    | `by` (author)          | `by`                           | its own     | text  |
/// | comment | `by`                   | the post's author              | the post    | text  |
/// | like    | `by`                   | the post's author              | the post    | –     |
public struct Event: Sendable, Equatable {
    public var type: EventType
    public var at: Timestamp
    public var actor: PersonRef
    public var subject: PersonRef
    public var post: PostRef?
    public var text: String
    public var caption: String?
    /// Expected decision on an `invite`, for evaluation corpora.
    public var label: InvitationLabel?
    /// Position in the source file (or after it, for appended events); breaks
    /// ties between events at the same time so equal times keep file order.
    public var sequence: Int

    public init(
        type: EventType, at: Timestamp, actor: PersonRef, subject: PersonRef,
        post: PostRef? = nil, text: String = "", caption: String? = nil,
        label: InvitationLabel? = nil, sequence: Int = 0
    ) {
        self.type = type
        self.at = at
        self.actor = actor
        self.subject = subject
        self.post = post
        self.text = text
        self.caption = caption
        self.label = label
        self.sequence = sequence
    }

    /// The person other than the owner this event concerns, if any.
    public var counterpart: PersonRef? { EventFacts.counterpart(actor: actor, subject: subject) }

    /// What is left in a slot an event was moved out of: it holds no
    /// text, so dropping it costs nothing.
    static let movedOut = Event(type: .like, at: Timestamp(milliseconds: 0), actor: .owner, subject: .owner)

    /// What a fold reads of the event: no text, so passing it around
    /// costs no reference counting.
    var facts: EventFacts { EventFacts(type: type, at: at, actor: actor, subject: subject, post: post) }

    @inlinable static func ordered(_ a: Event, _ b: Event) -> Bool {
        a.at != b.at ? a.at < b.at : a.sequence < b.sequence
    }
}

/// An event's kind, time, people and post, without its text.
struct EventFacts {
    var type: EventType
    var at: Timestamp
    var actor: PersonRef
    var subject: PersonRef
    var post: PostRef?

    /// Field by field from the log's storage: handing a function the
    /// event itself from a pointer copies it, text and all.
    @inline(__always) init(_ p: UnsafePointer<Event>) {
        self.init(type: p.pointee.type, at: p.pointee.at, actor: p.pointee.actor, subject: p.pointee.subject, post: p.pointee.post)
    }

    init(type: EventType, at: Timestamp, actor: PersonRef, subject: PersonRef, post: PostRef?) {
        self.type = type
        self.at = at
        self.actor = actor
        self.subject = subject
        self.post = post
    }

    var counterpart: PersonRef? { Self.counterpart(actor: actor, subject: subject) }

    static func counterpart(actor: PersonRef, subject: PersonRef) -> PersonRef? {
        if !actor.isOwner { return actor }
        if !subject.isOwner { return subject }
        return nil
    }
}
