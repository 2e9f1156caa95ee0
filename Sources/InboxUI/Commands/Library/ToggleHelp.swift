/// `help`: opens or closes the `?` overlay.
enum ToggleHelp: BrowserCommand {
    static let name = "help"
    static let summary = "This help"
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.helpScroll = 0
        s.mode = s.mode == .help ? .list : .help
        if s.mode == .help { s.markerHintShown = true }
        return []
    }
}
