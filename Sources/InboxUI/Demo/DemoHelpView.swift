import ScreenKit

/// The demo's `?` overlay, generated from the key table so it can never
/// disagree with what the keys do.
enum DemoHelpView {
    static func draw(_ keys: KeyTable, into screen: inout Screen, in body: Rect) {
        let lines = HelpContent.demoLines(keys)

        let keyWidth = min(16, lines.map { $0.0.displayWidth }.max() ?? 10)
        let width = min(body.width - 2, max(60, keyWidth + 50))
        let height = min(body.height, lines.count + 2)
        let box = body.centered(width: width, height: height)
        guard box.width > 4, box.height > 2 else { return }
        screen.fill(box)
        // A full frame, as the browser's help: nothing behind shows through at the sides.
        screen.box(box, style: Theme.border)
        let title = " Demo keys — any key closes "
        screen.put(title, x: box.x + max(0, (box.width - title.displayWidth) / 2), y: box.y, style: Theme.heading)
        let inner = Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
        HelpView.drawEntries(lines.prefix(inner.height), keyWidth: keyWidth, in: inner, into: &screen)
    }
}
