/// `reply`: compose to the selected thread or connection, with the coach.
enum Reply: BrowserCommand {
    static let name = "reply"
    static let summary = "Reply, with the coach watching"
    static let needsWholeInbox = true
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.startCompose()
    }
}
