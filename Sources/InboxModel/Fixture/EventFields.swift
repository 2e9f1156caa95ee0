/// The one list of what an event may carry: for every event type, which
/// keys it takes, whether each must be written, and what a reference field
/// means. The schema's key lists (`FixtureSchema`), the key lookup, the
/// masks both decoding paths check and the resolver's roles are all made
/// from it; `Fixtures/schema/` is held to the same rules by a test.
enum EventFields {
    /// The fields every event has.
    static let common: [EventField] = [.required(.type), .required(.at), .optional(.caption)]

    /// Each type's fields besides the common ones, required ones in the
    /// order a missing one is reported.
    static func fields(_ type: EventType) -> [EventField] {
        switch type {
        case .invite: return [.required(.from, .actor), .required(.to, .recipient), .optional(.note), .optional(.label)]
        case .accept, .ignore: return [.required(.by, .actor), .required(.from, .subject)]
        case .message: return [.required(.from, .actor), .required(.to, .recipient), .required(.body)]
        case .post: return [.required(.by, .actor), .required(.id, .newPost), .required(.text)]
        case .comment: return [.required(.by, .actor), .required(.post, .onPost), .required(.text)]
        case .like: return [.required(.by, .actor), .required(.post, .onPost)]
        }
    }
}

/// Every key an event may have, in the order "did you mean" offers them.
enum EventKey: Int, CaseIterable, Sendable {
    case type, at, caption, from, to, by, note, label, body, id, text, post

    /// The key as written in a fixture.
    var name: String { String(describing: self) }
    var bit: UInt16 { 1 << UInt16(rawValue) }

    /// What the key's value is, the same on every event type that takes it,
    /// so a value can be read before the event's type is known.
    var kind: FieldKind {
        switch self {
        case .type: return .eventType
        case .at: return .timestamp
        case .caption: return .nullableText
        case .from, .to, .by: return .person
        case .id, .post: return .postID
        case .label: return .label
        case .note, .body, .text: return .text
        }
    }

    /// The key spelt `name`, for both paths: from a string, or from the
    /// file's bytes without making one.
    static let words = PackedWords(allCases.map { ($0.name, $0) })
}

/// What a field holds, and so how it is read.
enum FieldKind {
    case eventType, timestamp, text, nullableText, person, postID, label
}

/// What a person or post field means to the event it is on.
enum FieldRole {
    /// Who did it.
    case actor
    /// Who it was done to.
    case subject
    /// Who it was sent to: another person than the sender, and one of the
    /// two the owner.
    case recipient
    /// The id of the post this event creates; the post's author is the subject.
    case newPost
    /// The post this event is on; its author is the subject.
    case onPost
    /// Text or a label, which needs no resolving.
    case content
}

struct EventField {
    let key: EventKey
    let required: Bool
    let role: FieldRole

    static func required(_ key: EventKey, _ role: FieldRole = .content) -> EventField { EventField(key: key, required: true, role: role) }
    static func optional(_ key: EventKey, _ role: FieldRole = .content) -> EventField { EventField(key: key, required: false, role: role) }
}

/// One event type's fields digested into plain values, made once: both
/// paths check every event against it, so it holds no arrays or strings
/// (nothing to retain) and each question is a mask or a field of it.
struct EventRule: Sendable {
    let required: UInt16
    let allowed: UInt16
    /// Required keys besides `type` and `at`, in the order a missing one is
    /// reported: four bits each, `rawValue + 1`, first in the low bits.
    let requiredOrder: UInt64
    let actor: EventKey
    /// The person the event is done to, when a field names one.
    let subject: EventKey?
    let subjectIsRecipient: Bool
    /// The post field, and whether it creates the post or points at one.
    let post: EventKey?
    let createsPost: Bool

    init(_ type: EventType) {
        let fields = EventFields.fields(type)
        let all = EventFields.common + fields
        required = all.reduce(0) { $1.required ? $0 | $1.key.bit : $0 }
        allowed = all.reduce(0) { $0 | $1.key.bit }
        var order: UInt64 = 0
        for (slot, key) in fields.filter(\.required).map(\.key).enumerated() {
            order |= UInt64(key.rawValue + 1) << UInt64(4 * slot)
        }
        requiredOrder = order
        var actor = EventKey.by, subject: EventKey?, recipient = false, post: EventKey?, creates = false
        for f in fields {
            switch f.role {
            case .actor: actor = f.key
            case .subject: subject = f.key
            case .recipient: subject = f.key; recipient = true
            case .newPost: post = f.key; creates = true
            case .onPost: post = f.key
            case .content: break
            }
        }
        self.actor = actor
        self.subject = subject
        self.subjectIsRecipient = recipient
        self.post = post
        self.createsPost = creates
    }

    /// Required keys besides `type` and `at`, in report order.
    var requiredKeys: [EventKey] { EventKey.unpacked(requiredOrder) }

    /// The rule of each type.
    @inline(__always)
    static func of(_ type: EventType) -> EventRule {
        switch type {
        case .invite: return table.invite
        case .accept: return table.accept
        case .ignore: return table.ignore
        case .message: return table.message
        case .post: return table.post
        case .comment: return table.comment
        case .like: return table.like
        }
    }

    private static let table = (
        invite: EventRule(.invite), accept: EventRule(.accept), ignore: EventRule(.ignore), message: EventRule(.message),
        post: EventRule(.post), comment: EventRule(.comment), like: EventRule(.like)
    )
}

extension EventKey {
    /// Keys packed four bits each (`rawValue + 1`, first in the low bits,
    /// 0 ends the list), as `EventRule` and the general path keep an order.
    static func unpacked(_ packed: UInt64) -> [EventKey] {
        var keys: [EventKey] = []
        var rest = packed
        while rest != 0, let k = EventKey(rawValue: Int(rest & 0xF) - 1) {
            keys.append(k)
            rest >>= 4
        }
        return keys
    }
}

extension FixtureSchema {
    /// Every key an event may have, in the order suggestions are offered.
    static let allEventKeys = EventKey.allCases.map(\.name)
}
