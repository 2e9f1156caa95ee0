import Foundation
import InboxModel

/// One thing the user did, as the journal stores it: people by id, so the
/// record means the same thing whenever the fixture is loaded again.
public struct JournalRecord: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case accept, ignore, message, draft
    }

    public var kind: Kind
    /// Simulated time the action happened at.
    public var at: Timestamp
    /// The other person's id.
    public var person: String
    /// Message body or draft text ("" clears a draft).
    public var text: String

    public init(kind: Kind, at: Timestamp, person: String, text: String = "") {
        self.kind = kind
        self.at = at
        self.person = person
        self.text = text
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
        case .draft: return nil
        }
    }

    func encoded() -> [UInt8] {
        let object: [String: String] = ["type": kind.rawValue, "at": at.iso8601, "person": person, "text": text]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return [UInt8](data)
    }

    init?(json bytes: ArraySlice<UInt8>) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let type = object["type"] as? String, let kind = Kind(rawValue: type),
              let atText = object["at"] as? String, let at = try? Timestamp.parse(atText),
              let person = object["person"] as? String else { return nil }
        self.init(kind: kind, at: at, person: person, text: object["text"] as? String ?? "")
    }
}
