/// Index of a person in `Inbox.people`; the owner is always index 0.
/// Events refer to people by index so a 300,000-event log stays compact.
public struct PersonRef: Hashable, Comparable, Sendable {
    public var index: Int32
    public init(_ index: Int) { self.index = Int32(truncatingIfNeeded: index) }
    public static let owner = PersonRef(0)
    public var isOwner: Bool { index == 0 }
    public static func < (a: PersonRef, b: PersonRef) -> Bool { a.index < b.index }
}

/// Expected verdict for a person's thread, used by evaluation corpora.
public enum ThreadLabel: String, Sendable, CaseIterable {
    case thirsty, sincere
}

/// Expected decision for an invitation, used by evaluation corpora.
public enum InvitationLabel: String, Sendable, CaseIterable {
    case accept, ignore
}

/// What stands behind a name in the inbox. Data exports hold more than
/// one-to-one conversations; the other kinds are shown, marked, and never
/// judged as someone's outreach.
public enum PersonKind: String, Sendable, CaseIterable {
    /// A member writing one to one (the default).
    case person
    /// A group conversation: its messages come from several members.
    case group
    /// Sponsored InMail: an advertiser's mailing, not a person's outreach.
    case sponsored
}

public struct Person: Sendable, Identifiable, Equatable {
    public var id: String
    public var name: String
    public var headline: String
    public var photo: Bool
    public var connections: Int?
    /// When the account was created.
    public var joined: Timestamp?
    /// Mutual connections with the owner.
    public var mutual: Int?
    /// Connected to the owner since this time, before the event log begins.
    public var connected: Timestamp?
    public var label: ThreadLabel?
    public var kind: PersonKind

    public init(
        id: String, name: String, headline: String = "", photo: Bool = true,
        connections: Int? = nil, joined: Timestamp? = nil, mutual: Int? = nil,
        connected: Timestamp? = nil, label: ThreadLabel? = nil, kind: PersonKind = .person
    ) {
        self.id = id
        self.name = name
        self.headline = headline
        self.photo = photo
        self.connections = connections
        self.joined = joined
        self.mutual = mutual
        self.connected = connected
        self.label = label
        self.kind = kind
    }

    /// The part of the name people are addressed by ("Hana" for "Hana Sato").
    public var firstName: String {
        name.split(separator: " ").first.map(String.init) ?? name
    }
}
