/// The walk most compose tests start with, written once: from the first
/// screen to the reply editor of one person.
extension TmuxSession {
    /// Waits for the browser, finds `search` on tab `tab` ("2" Messages,
    /// "3" Network), presses `r` and waits for the editor addressed to
    /// `fullName`.
    func openReply(tab: String = "2", find search: String, fullName: String) async throws {
        try await waitFor("Invitations")
        try send(tab)
        try send("/")
        try type(search)
        try send("Enter")
        try send("r")
        try await waitFor("To \(fullName)")
    }
}
