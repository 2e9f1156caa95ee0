/// `select +1`, `select -1`, `select top|bottom|page-down|page-up`: moves
/// the cursor in a list, scrolls a detail or the help overlay.
enum Select: BrowserCommand {
    static let name = "select"
    static let summary = "Move the cursor (or scroll): a number of rows, top, bottom, page-down, page-up"
    static let words = ["top", "bottom", "page-down", "page-up"]

    static func check(_ args: [String]) -> String? {
        guard args.count == 1, words.contains(args[0]) || Int(args[0]) != nil else {
            return "select takes a number of rows (+1, -1) or one of: \(words.joined(separator: ", "))"
        }
        return nil
    }

    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        let arg = args.first ?? "+1"
        let page = s.listHeight - 1
        if s.mode == .help {
            let delta = Int(arg) ?? (arg == "page-down" || arg == "bottom" ? Int.max / 2 : -(Int.max / 2))
            s.scrollHelp(by: delta)
            return []
        }
        let detail = s.mode == .detail
        switch arg {
        case "top": if detail { s.resetDetailScroll() } else { s.moveCursor(by: Int.min / 2) }
        case "bottom": if detail { s.scrollDetailToBottom() } else { s.moveCursor(by: Int.max / 2) }
        case "page-down": if detail { s.scrollDetail(by: page) } else { s.moveCursor(by: page) }
        case "page-up": if detail { s.scrollDetail(by: -page) } else { s.moveCursor(by: -page) }
        default: s.moveCursor(by: Int(arg) ?? 0)
        }
        return []
    }
}
