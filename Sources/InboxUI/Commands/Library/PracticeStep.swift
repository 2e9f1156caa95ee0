/// `practice …`: submit an answer, retry, move on, or end the session.
enum PracticeStep: BrowserCommand {
    static let name = "practice"
    static let summary = "Step through a practice session"
    static let actions = ["submit", "retry", "next", "end", "quit", "down", "up"]
    static func check(_ args: [String]) -> String? { oneOf(actions, args) }
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        switch args.first {
        case "submit": return s.submitPractice()
        case "retry": return s.retryPractice()
        case "next": return s.nextPractice()
        case "end":
            s.endPractice()
            return []
        case "quit": return [.quit]
        case "down":
            s.scrollPractice(by: 1)
            return []
        case "up":
            s.scrollPractice(by: -1)
            return []
        default: return []
        }
    }
}
