import InboxSearch

extension SearchIndex {
    /// The people whose text shown in `view` may contain `query`.
    func candidates(for query: [UInt8], in view: InboxView) -> Bitset? {
        switch view {
        case .invitations: candidates(for: query, in: Scope.notes)
        case .messages: candidates(for: query, in: Scope.messageBodies)
        case .network: candidates(for: query, in: Scope.profiles)
        }
    }
}
