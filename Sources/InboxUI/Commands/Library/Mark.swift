/// `mark thirsty|sincere`: teach the learned rule that the selected thread
/// is thirsty outreach, or fine (sincere), as `thirsty learn` does.
enum Mark: BrowserCommand {
    static let name = "mark"
    static let summary = "Teach the learned rule: this thread is thirsty, or fine"
    static let needsWholeInbox = true
    static func check(_ args: [String]) -> String? { oneOf(["thirsty", "sincere"], args) }
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.mark(args.first == "thirsty" ? .thirsty : .sincere)
    }
}
