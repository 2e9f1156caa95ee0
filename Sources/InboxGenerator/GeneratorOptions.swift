import InboxModel

/// What to generate: how many people, how many messages in all, how many
/// invitations still waiting, and the seed that makes it repeatable.
public struct GeneratorOptions: Sendable, Equatable {
    public var people: Int
    /// Messages across every thread (about `messages / people` per person).
    public var messages: Int
    /// Pending invitations to the owner; nil for one in twenty people.
    public var invitations: Int?
    public var seed: UInt64

    public static let defaultSeed: UInt64 = 20_260_320

    public init(people: Int, messages: Int, invitations: Int? = nil, seed: UInt64 = GeneratorOptions.defaultSeed) {
        self.people = people
        self.messages = messages
        self.invitations = invitations
        self.seed = seed
    }

    /// The pending invitations actually generated: never more than the
    /// people, and when there are messages, someone is left to write them.
    public var pendingInvitations: Int {
        let n = max(0, people)
        let cap = messages > 0 ? max(0, n - 1) : n
        return min(cap, max(0, invitations ?? (n == 0 ? 0 : max(1, n / 20))))
    }
}
