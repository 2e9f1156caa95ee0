/// What the `playback` command does to a demo.
public enum DemoAction: String, CaseIterable, Sendable {
    case togglePause = "toggle", next, previous, start, end, faster, slower, practise, help, quit
}
