import Foundation
import Testing

/// The real binary in tmux, on the built-in inbox: what a user sees and
/// how it exits. One server per test; serialized so a loaded machine
/// doesn't starve several debug binaries starting at once.
@Suite(.serialized, .terminalSlot) struct BrowserEndToEndTests {
    /// A debug binary compiles the rulebook at startup; give it room on a busy machine.
    static let startup: Duration = .seconds(30)

    @Test func builtInInboxOpensOnInvitations() async throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        let screen = try await tmux.waitFor("Ravi Menon", timeout: Self.startup)
        #expect(screen.contains("1 Invitations (6)"))
        #expect(screen.contains("Recommendation:"))
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test func acceptingRemovesThePersonAndSaysSo() async throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        try await tmux.waitFor("Ravi Menon", timeout: Self.startup)
        try tmux.send("a")
        let screen = try await tmux.waitFor("Accepted Ravi Menon")
        let rows = screen.split(separator: "\n").dropLast()
        #expect(!rows.contains { $0.contains("Ravi Menon") }, "\(tmux.framed(screen))")
        #expect(screen.contains("1 Invitations (5)"))
        try tmux.send("3")
        try await tmux.waitFor("3 Network (14)")
        #expect(try tmux.screen().contains("Ravi Menon"))
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test func flaggedOnlyLeavesOnlyFlaggedThreads() async throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        try await tmux.waitFor("Ravi Menon", timeout: Self.startup)
        try tmux.send("2")
        try await tmux.waitFor("Kwame Asante")
        try tmux.send("f")
        let screen = try await tmux.waitFor("Showing flagged threads only")
        let rows = screen.split(separator: "\n").dropFirst().dropLast().filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(rows.contains { $0.contains("Dario Mendes") })
        #expect(!screen.contains("Kwame Asante"))
        #expect(!screen.contains("Aisha Bello"))
        let threads = rows.filter { $0.contains("Dario Mendes") || $0.contains("Tomasz") || $0.contains("Bastian") }
        #expect(threads.count == 3 && threads.allSatisfy { $0.contains("FLAGGED") }, "every row should say FLAGGED:\n\(tmux.framed(screen))")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test func questionMarkShowsHelp() async throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        try await tmux.waitFor("Ravi Menon", timeout: Self.startup)
        try tmux.send("?")
        let screen = try await tmux.waitFor("Keys — press ? or q to close")
        #expect(screen.contains("Move down"))
        // The list's keys come after the moves: scroll down to them.
        try tmux.type("jjjjjjjjjj")
        try await tmux.waitFor("Accept the invitation")
        try tmux.send("q")
        try await tmux.waitForAbsence(of: "Keys — press")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test func resizingDownAndBackKeepsTheSelection() async throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        try await tmux.waitFor("Ravi Menon", timeout: Self.startup)
        try tmux.send("3", "j", "j", "j")
        let before = try await tmux.waitUntil("the cursor on the fourth connection") { Self.selectedRow($0)?.contains("Tomasz") == true }
        let name = try #require(Self.selectedRow(before))
        try tmux.resize(width: 50, height: 12)
        let small = try await tmux.waitUntil("a 50-column layout") { screen in
            screen.split(separator: "\n").allSatisfy { $0.count <= 50 } && !screen.contains("│")
                && Self.selectedRow(screen)?.contains("Tomasz") == true
        }
        #expect(small.split(separator: "\n").count <= 12)
        try tmux.resize(width: 120, height: 40)
        try await tmux.waitUntil("the split layout again, on the same row") { screen in
            screen.contains("│") && Self.selectedRow(screen)?.contains("Tomasz") == true
        }
        // Still responsive.
        try tmux.send("j")
        try await tmux.waitUntil("the cursor to move on") { Self.selectedRow($0).map { $0 != name } ?? false }
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test func noColorDropsColoursButKeepsEmphasis() async throws {
        let plain = try TmuxSession(width: 80, height: 24, noColor: true)
        try await plain.waitFor("Ravi Menon", timeout: Self.startup)
        let mono = try plain.screen(escapes: true)
        #expect(!Self.hasColour(mono), "NO_COLOR output has colour codes")
        #expect(mono.contains("\u{1b}["), "emphasis (bold, reverse) should remain")
        try plain.send("q")
        #expect(try await plain.waitForExit() == 0)

        let colour = try TmuxSession(width: 80, height: 24)
        try await colour.waitFor("Ravi Menon", timeout: Self.startup)
        #expect(Self.hasColour(try colour.screen(escapes: true)))
        try colour.send("q")
        #expect(try await colour.waitForExit() == 0)
    }

    /// The row with the selection marker, without the marker.
    static func selectedRow(_ screen: String) -> String? {
        // The cursor's mark is the first column inside the list's frame.
        screen.split(separator: "\n").first { $0.dropFirst().hasPrefix("▸") }.map { String($0.dropFirst(2)) }
    }

    /// Whether SGR sequences set a foreground or background colour.
    static func hasColour(_ escaped: String) -> Bool {
        var rest = escaped[...]
        while let start = rest.range(of: "\u{1b}[") {
            let tail = rest[start.upperBound...]
            guard let end = tail.firstIndex(of: "m") else { break }
            let params = tail[..<end].split(separator: ";").compactMap { Int($0) }
            if params.contains(where: { (30...37).contains($0) || (40...47).contains($0) || (90...97).contains($0) || (100...107).contains($0) || $0 == 38 || $0 == 48 }) {
                return true
            }
            rest = tail[end...]
        }
        return false
    }
}
