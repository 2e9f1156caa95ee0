/// `card title|end`: the presenter's title or end card over the demo.
enum ShowCard: BrowserCommand {
    static let name = "card"
    static let summary = "Show the demo's title or end card"
    static func check(_ args: [String]) -> String? { oneOf(["title", "end"], args) }
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.toggle(card: args.first == "title" ? .title : .end)
    }
}
