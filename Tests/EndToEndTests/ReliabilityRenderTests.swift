import BundledFixtures
import InboxModel
import InboxUI
import OutreachPolicy
import ScreenKit
import Testing

/// The views at every terminal size, in every mode, without a terminal:
/// the fast companion of the tmux resize storm. A trap here would be a
/// crash on a real resize.
@Suite("Rendering at every size", .terminalSlot)
struct ReliabilityRenderTests {
    /// Every small size (where layouts give up), the edges of the minimum
    /// and of the wide layout, and a stepped sweep up to 200x60.
    static let widths = Array(1...12) + Array(stride(from: 15, through: 195, by: 9)) + [39, 40, 41, 99, 100, 101, 200]
    static let heights = Array(1...12) + Array(stride(from: 14, through: 59, by: 5)) + [60]

    /// The states a user can be in: each view's list, a detail pane, help, compose.
    static func states(_ inbox: Inbox, policy: Policy) -> [(String, AppState)] {
        var result: [(String, AppState)] = []
        let base = AppState(inbox: inbox, policy: policy, width: 120, height: 40)
        for (name, view) in [("invitations", Command.showInvitations), ("messages", .showMessages), ("network", .showNetwork)] {
            var s = base
            _ = s.update(.command(view))
            result.append((name, s))
            var detail = s
            _ = detail.update(.command(.open))
            _ = detail.update(.command(.pageDown))
            result.append((name + " detail", detail))
        }
        var help = base
        _ = help.update(.command(.help))
        result.append(("help", help))
        var compose = base
        _ = compose.update(.command(.showNetwork))
        _ = compose.update(.command(.reply))
        for c in "Hi — saw your post on onboarding; which step did you remove first?" { _ = compose.update(.key(.char(c))) }
        result.append(("compose", compose))
        return result
    }

    static func check(_ inbox: Inbox, label: String) throws {
        let policy = Policy()
        var problems: [String] = []
        for (name, state) in states(inbox, policy: policy) {
            for w in widths {
                for h in heights {
                    var s = state
                    _ = s.update(.resize(width: w, height: h))
                    let screen = InboxScreen.render(s)
                    if screen.width != w || screen.height != h {
                        problems.append("\(name) \(w)x\(h): screen is \(screen.width)x\(screen.height)")
                        continue
                    }
                    for (y, line) in screen.lines.enumerated() where line.displayWidth != w {
                        problems.append("\(name) \(w)x\(h): row \(y) is \(line.displayWidth) columns")
                    }
                    for cell in screen.cells where cell.grapheme.unicodeScalars.contains(where: { HostileFixture.forbidden($0, allowNewline: false) }) {
                        problems.append("\(name) \(w)x\(h): cell \(cell.grapheme.debugDescription)")
                    }
                    let tooSmall = screen.text.contains("Terminal too small")
                    if (w < 40 || h < 10) && w >= 20 && h >= 2 && !tooSmall {
                        problems.append("\(name) \(w)x\(h): no minimum-size notice")
                    }
                    if w >= 40 && h >= 10 && tooSmall {
                        problems.append("\(name) \(w)x\(h): minimum-size notice at a usable size")
                    }
                }
            }
        }
        #expect(problems.isEmpty, "\(label): \(problems.count) problems, first: \(problems.prefix(10))")
    }

    @Test("the built-in inbox renders full-width frames at every size from 1x1 to 200x60")
    func builtin() throws {
        try Self.check(try FixtureDecoder.decode(Bundled.seedInbox, format: .yaml), label: "built-in")
    }

    @Test("the hostile fixture renders only harmless cells at every size")
    func hostile() throws {
        try Self.check(try FixtureDecoder.decode(HostileFixture.json, format: .json), label: "hostile")
    }
}
