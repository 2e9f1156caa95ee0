import ScreenKit

/// The demo screen: clock, thread(s), live policy panel, subtitle.
enum DemoView {
    static func draw(_ state: AppState, into screen: inout Screen) {}
}
