/// An event as written, its keys checked against its type but its ids not
/// yet resolved. Both ways of reading an event (the general path and the
/// JSON fast path) make one, and `SchemaDecoder.resolved` turns it into an
/// `Event`.
struct RawEvent {
    /// A person as an event names them: found by the id's bytes (the fast
    /// path, which never makes the id a string), or written in `written`
    /// and looked up when the event is resolved (the general path).
    struct PersonField {
        var found: PersonRef?
        var position: SourcePosition
    }

    /// Ids as the general path read them. One optional for all three, so
    /// a fast-path event, which has none, has one thing to not release.
    struct WrittenIDs {
        var from: String?
        var to: String?
        var by: String?
    }

    var index: Int
    var position: SourcePosition
    /// `EventKey` bits of the keys written.
    var present: UInt16 = 0
    var type: EventType = .message
    var at = Timestamp(milliseconds: 0)
    var label: InvitationLabel?
    var caption: String?
    var text: String?
    var from: PersonField?
    var to: PersonField?
    var by: PersonField?
    var written: WrittenIDs?
    /// The `id` of a post, or the `post` a comment or like is on (a type
    /// takes one of the two).
    var postID: String?
    var postPosition: SourcePosition = 0

    init(index: Int, position: SourcePosition) {
        self.index = index
        self.position = position
    }

    /// The person field written under `key`.
    @inline(__always)
    func person(_ key: EventKey) -> PersonField? {
        switch key {
        case .from: return from
        case .to: return to
        case .by: return by
        default: return nil
        }
    }

    @inline(__always)
    mutating func setPerson(_ key: EventKey, _ value: PersonField) {
        switch key {
        case .from: from = value
        case .to: to = value
        case .by: by = value
        default: break
        }
    }

    /// The id written under `key` (the general path).
    func writtenID(_ key: EventKey) -> String? {
        switch key {
        case .from: return written?.from
        case .to: return written?.to
        case .by: return written?.by
        default: return nil
        }
    }

    mutating func setWrittenID(_ key: EventKey, _ id: String, position: SourcePosition) {
        setPerson(key, PersonField(position: position))
        // In place: a copy out and back would retain every id already read.
        if written == nil { written = WrittenIDs() }
        switch key {
        case .from: written?.from = id
        case .to: written?.to = id
        case .by: written?.by = id
        default: break
        }
    }
}
