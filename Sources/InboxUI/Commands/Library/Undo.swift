/// `undo`: takes back the last accept, ignore or sent reply of this session.
enum Undo: BrowserCommand {
    static let name = "undo"
    static let summary = "Undo the last accept, ignore or sent reply"
    static let needsWholeInbox = true
    static func run(_ args: [String], on s: inout AppState) -> [Effect] { s.undoLast() }
}
