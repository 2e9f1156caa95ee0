/// `playback …`: the demo's clock and its reply practice.
enum Playback: BrowserCommand {
    static let name = "playback"
    static let summary = "Control the demo"
    static func check(_ args: [String]) -> String? { oneOf(DemoAction.allCases.map(\.rawValue), args) }
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        guard let action = args.first.flatMap(DemoAction.init(rawValue:)) else { return [] }
        return s.run(demo: action)
    }
}
