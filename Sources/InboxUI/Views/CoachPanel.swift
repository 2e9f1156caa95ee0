import InboxModel
import ScreenKit

/// The coach beside the editor: the three rules, re-scored on every key.
enum CoachPanel {
    /// Rows the panel takes on narrow screens.
    static let compactHeight = 5

    static func draw(_ state: AppState, into screen: inout Screen, in area: Rect, compact: Bool) {
        guard area.width > 0, area.height > 0 else { return }
        screen.put("Coach", x: area.x, y: area.y, style: Theme.heading, maxWidth: area.width)
    }
}
