/// `find next|previous`: the next or previous row matching the last search.
enum Find: BrowserCommand {
    static let name = "find"
    static let summary = "The next or previous match"
    static func check(_ args: [String]) -> String? { oneOf(["next", "previous"], args) }
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.findNext(forward: args.first != "previous")
    }
}
