/// An event as written, its keys checked against its type but its ids not
/// yet resolved. Both ways of reading an event (the general path and the
/// JSON fast path) make one, and `SchemaDecoder.resolved` turns it into an
/// `Event`.
struct RawEvent {
    /// A person as an event names them: the id as written, or (from the
    /// fast path, which looks ids up by their bytes) already found.
    enum PersonID {
        case written(String)
        case found(PersonRef)
    }

    var index: Int
    var position: SourcePosition
    /// `EventKey` bits of the keys written.
    var present: UInt16 = 0
    var type: EventType = .message
    var at = Timestamp(milliseconds: 0)
    var caption: String?
    var from: (PersonID, SourcePosition)?
    var to: (PersonID, SourcePosition)?
    var by: (PersonID, SourcePosition)?
    /// The `id` of a post, or the `post` a comment or like is on (a type
    /// takes one of the two).
    var postID: (String, SourcePosition)?
    var label: InvitationLabel?
    var text: String?

    init(index: Int, position: SourcePosition) {
        self.index = index
        self.position = position
    }

    /// The person field written under `key`.
    func person(_ key: EventKey) -> (PersonID, SourcePosition)? {
        switch key {
        case .from: return from
        case .to: return to
        case .by: return by
        default: return nil
        }
    }

    mutating func setPerson(_ key: EventKey, _ value: (PersonID, SourcePosition)) {
        switch key {
        case .from: from = value
        case .to: to = value
        case .by: by = value
        default: break
        }
    }
}
