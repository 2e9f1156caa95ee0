import ScreenKit
import Testing
@testable import InboxUI

/// A command that exists only here: one type and one table line are all
/// it takes for the help overlay, the status bar and `--keys` to know it.
enum Wave: BrowserCommand {
    static let name = "wave"
    static let summary = "Wave at the inbox"
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.status = StatusLine("You waved")
        return []
    }
}

@Suite struct KeyTableTests {
    static let withWave = KeyTable(StandardKeys.bindings + [
        KeyBinding(.list, [.char("w")], Command(Wave.self), "Wave at the inbox", hint: Hint("wave", order: 0)),
    ])

    @Test func aNewCommandIsOneTypeAndOneTableLine() throws {
        var s = try BrowserFixtures.seed(width: 120, height: 60)
        s.use(keys: Self.withWave)
        // The status bar's hints.
        #expect(s.keys.hints(for: s).contains { $0 == ("w", "wave") })
        #expect(s.screenText.contains(" w  wave "))
        // The help overlay.
        #expect(HelpContent.lines(s.keys).contains { $0 == ("w", "Wave at the inbox") })
        try s.send("?")
        #expect(s.screenText.contains("Wave at the inbox"))
        try s.send("q")
        // The key, in `--keys` notation, through the loop as the binary runs it.
        let terminal = RecordingTerminal(size: Size(width: 120, height: 40), script: [])
        let end = AppLoop(replay: try Key.parse("w")).run(s, on: terminal) { _, _ in nil }
        #expect(end.status?.text == "You waved")
        #expect(terminal.lastFrame?.text.contains("You waved") == true)
    }

    @Test func withoutItsLineTheKeyIsNotBound() throws {
        var s = try BrowserFixtures.seed()
        try s.send("w")
        #expect(s.status?.text.contains("not bound") == true)
        #expect(!HelpContent.lines(s.keys).contains { $0.1 == "Wave at the inbox" })
    }

    @Test func commandsTakeArguments() throws {
        var s = try BrowserFixtures.seed()
        _ = s.run(Command(Tab.self, "2"))
        #expect(s.view == .messages)
        _ = s.run(Command(Select.self, "+2"))
        #expect(s.list.selected == 2)
        _ = s.run(Command(Select.self, "-1"))
        #expect(s.list.selected == 1)
        #expect(Select.check(["-1"]) == nil)
        #expect(Select.check(["sideways"]) != nil)
        #expect(Tab.check(["4"]) != nil)
        #expect(Open.check(["now"]) != nil)
    }

    /// Every binding of the standard table names a command that accepts
    /// its arguments, and no key is bound twice in one context.
    @Test func theStandardTableIsConsistent() {
        for b in KeyTable.standard.bindings {
            #expect(b.command.action.check(b.command.args) == nil, "\(b.command)")
        }
        for c in KeyContext.allCases {
            let keys = KeyTable.standard.bindings(in: c).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "a key bound twice in \(c)")
        }
    }

    @Test func rebindingAKeyMovesItsHelpAndHint() throws {
        let table = KeyTable.standard.rebinding([.char("x")], to: .accept, in: .list)
        var s = try BrowserFixtures.seed()
        s.use(keys: table)
        #expect(s.keys.hints(for: s).contains { $0 == ("x", "accept") })
        #expect(HelpContent.lines(table).contains { $0 == ("x", "Accept the invitation") })
        let before = s.inbox.events.count
        try s.send("a")
        #expect(s.inbox.events.count == before, "a no longer accepts in a list")
        try s.send("x")
        #expect(s.inbox.events.count == before + 1)
    }

    @Test func unbindingAKeyLeavesItsCommandOtherKeysAndContexts() throws {
        let table = KeyTable.standard.unbinding([.char("j")], in: .list)
        #expect(table.command(for: .char("j"), in: .list) == nil)
        #expect(table.command(for: .down, in: .list) == .moveDown)
        #expect(table.command(for: .char("j"), in: .detail) == .moveDown)
        #expect(HelpContent.lines(table).contains { $0 == ("Down", "Move down") })
        var s = try BrowserFixtures.seed()
        s.use(keys: table)
        try s.send("2")
        let before = s.list.selected
        try s.send("j")
        #expect(s.list.selected == before)
    }
}
