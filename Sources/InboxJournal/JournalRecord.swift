import Foundation
import InboxModel

/// One thing the user did, as the journal stores it: people by id, so the
/// record means the same thing whenever the fixture is loaded again.
public struct JournalRecord: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case accept, ignore, message, draft
        /// Takes back the last action (accept, ignore or message) still
        /// standing; nothing is ever removed from the journal itself.
        case undo
    }

    public var kind: Kind
    /// Simulated time the action happened at.
    public var at: Timestamp
    /// The other person's id.
    public var person: String
    /// Message body or draft text ("" clears a draft); for an undo, the
    /// text of the message it takes back.
    public var text: String
    /// For an undo: the kind of action it takes back. Written only then,
    /// so journals without undos read as they always did.
    public var undoes: Kind?

    public init(kind: Kind, at: Timestamp, person: String, text: String = "") {
        self.kind = kind
        self.at = at
        self.person = person
        self.text = text
    }

    /// The record that takes back `action`, made at `at`.
    public init(undoing action: JournalRecord, at: Timestamp) {
        self.init(kind: .undo, at: at, person: action.person, text: action.text)
        undoes = action.kind
    }

    /// The record for an owner action appended to the log, or nil for
    /// events that are not user actions.
    public init?(event: Event, in inbox: Inbox) {
        guard event.actor.isOwner, let other = event.counterpart else { return nil }
        switch event.type {
        case .accept: kind = .accept
        case .ignore: kind = .ignore
        case .message: kind = .message
        default: return nil
        }
        at = event.at
        person = inbox.person(other).id
        text = event.type == .message ? event.text : ""
    }

    /// The event this record stands for (nil for drafts or unknown people).
    public func event(in inbox: Inbox) -> Event? {
        guard let ref = inbox.ref(forPersonID: person) else { return nil }
        switch kind {
        case .accept: return Event(type: .accept, at: at, actor: .owner, subject: ref)
        case .ignore: return Event(type: .ignore, at: at, actor: .owner, subject: ref)
        case .message: return Event(type: .message, at: at, actor: .owner, subject: ref, text: text)
        case .draft, .undo: return nil
        }
    }

    /// Why a record cannot be stored.
    public struct EncodingError: Error, Equatable, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The record's JSON. Throws rather than store anything that would not
    /// read back as this same record: a journal line the reader rejects
    /// would look like damage and could be cut off with the actions after it.
    func encoded() throws(EncodingError) -> [UInt8] {
        guard at.isPrintable else {
            throw EncodingError(description: "its time is outside the years 0000 to 9999")
        }
        var bytes: [UInt8] = []
        var fields = [("at", at.iso8601), ("person", person), ("text", text), ("type", kind.rawValue)]
        if let undoes { fields.append(("undoes", undoes.rawValue)) }
        for (n, (key, value)) in fields.enumerated() {
            bytes.append(n == 0 ? UInt8(ascii: "{") : UInt8(ascii: ","))
            Self.appendJSONString(key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            Self.appendJSONString(value, to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
        guard JournalRecord(json: bytes[...]) == self else {
            throw EncodingError(description: "it would not read back as written")
        }
        return bytes
    }

    /// A JSON string with every character a reader might drop or a
    /// terminal act on (controls, line separators, a byte order mark)
    /// written as an escape: Foundation's reader drops a raw U+FEFF.
    static func appendJSONString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for u in s.unicodeScalars {
            switch u.value {
            case 0x22: out += Array("\\\"".utf8)
            case 0x5C: out += Array("\\\\".utf8)
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF:
                let hex = String(u.value, radix: 16)
                out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default:
                out += Array(String(u).utf8)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    init?(json bytes: ArraySlice<UInt8>) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let type = object["type"] as? String, let kind = Kind(rawValue: type),
              let atText = object["at"] as? String, let at = try? Timestamp.parse(atText),
              let person = object["person"] as? String else { return nil }
        self.init(kind: kind, at: at, person: person, text: object["text"] as? String ?? "")
        if let undoes = object["undoes"] as? String {
            guard let k = Kind(rawValue: undoes) else { return nil }
            self.undoes = k
        }
    }
}
