/// `tab 1|2|3|next|previous`: switches view.
enum Tab: BrowserCommand {
    static let name = "tab"
    static let summary = "Switch view: 1 invitations, 2 messages, 3 network, next, previous"

    static func check(_ args: [String]) -> String? { oneOf(["1", "2", "3", "next", "previous"], args) }

    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        switch args.first {
        case "next": s.switchView(s.view.next)
        case "previous": s.switchView(s.view.next.next)
        default: s.switchView(args.first.flatMap { Int($0) }.flatMap(InboxView.init(rawValue:)) ?? s.view)
        }
        return []
    }
}
