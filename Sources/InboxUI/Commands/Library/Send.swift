/// `send`: sends the draft as the owner's message at the session's time.
enum Send: BrowserCommand {
    static let name = "send"
    static let summary = "Send the reply"
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.sendCompose()
    }
}
