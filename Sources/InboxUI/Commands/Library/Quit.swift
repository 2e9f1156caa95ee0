/// `quit`: leaves the program from a list; from anything else, goes back.
enum Quit: BrowserCommand {
    static let name = "quit"
    static let summary = "Quit (from a sub-view: back)"
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        if s.demo != nil, s.mode != .compose { return [.quit] }
        switch s.mode {
        case .detail, .help, .search, .limit: s.back()
        case .confirm: return s.confirm(false)
        case .compose: return s.closeCompose()
        case .list: return [.quit]
        }
        return []
    }
}
