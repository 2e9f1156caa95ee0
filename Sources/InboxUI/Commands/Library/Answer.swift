/// `answer yes|no`: answers the question on the status line.
enum Answer: BrowserCommand {
    static let name = "answer"
    static let summary = "Answer the question"
    static func check(_ args: [String]) -> String? { oneOf(["yes", "no"], args) }
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.confirm(args.first == "yes")
    }
}
