/// `open`: the selected row's detail takes the keys.
enum Open: BrowserCommand {
    static let name = "open"
    static let summary = "Open the selected item"
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.open()
        return []
    }
}
