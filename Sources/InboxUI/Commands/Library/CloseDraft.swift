/// `close-draft`: closes compose, keeping the draft for that person.
enum CloseDraft: BrowserCommand {
    static let name = "close-draft"
    static let summary = "Close (the draft is kept)"
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.closeCompose()
    }
}
