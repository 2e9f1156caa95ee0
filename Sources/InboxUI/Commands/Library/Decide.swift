/// `decide accept|ignore`: the owner's answer to the selected invitation.
enum Decide: BrowserCommand {
    static let name = "decide"
    static let summary = "Accept or ignore the invitation"
    static let needsWholeInbox = true
    static func check(_ args: [String]) -> String? { oneOf(["accept", "ignore"], args) }
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.decide(accept: args.first != "ignore")
    }
}
