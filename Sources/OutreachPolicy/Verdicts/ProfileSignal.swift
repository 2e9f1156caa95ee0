/// One fact about an invitation's sender, for the detail pane: what it is,
/// whether the rulebook counted it as a weak signal, and a sentence.
public struct ProfileSignal: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case photo, connections, accountAge = "account_age", mutuals, headline, name
    }

    public var kind: Kind
    /// A rule of the rulebook counted this as a sign of a fake profile.
    public var weak: Bool
    /// "Account is 4 days old", "No profile photo", "12 mutual connections".
    public var sentence: String

    public init(kind: Kind, weak: Bool, sentence: String) {
        self.kind = kind
        self.weak = weak
        self.sentence = sentence
    }
}
