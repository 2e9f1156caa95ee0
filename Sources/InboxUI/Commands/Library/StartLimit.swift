/// `limit`: opens the `l` prompt, to show only the rows a query keeps.
enum StartLimit: BrowserCommand {
    static let name = "limit"
    static let summary = "Limit the list to rows a query keeps (flagged, stage:pitch, score>10, from:NAME, …)"
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.startLimit()
        return []
    }
}
