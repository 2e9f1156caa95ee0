/// `limit-prompt apply|clear|erase|erase-all`: the `l` prompt's own keys;
/// every other key types into the query.
enum LimitPromptKeys: BrowserCommand {
    static let name = "limit-prompt"
    static let summary = "Limit prompt: apply the query, clear the limit, erase a letter or all"
    static let clearsStatus = false
    static func check(_ args: [String]) -> String? { oneOf(["apply", "clear", "erase", "erase-all"], args) }

    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        switch args.first {
        case "apply": s.applyLimit()
        case "clear": s.clearLimit()
        case "erase": s.eraseLimitText(all: false)
        default: s.eraseLimitText(all: true)
        }
        return []
    }
}
