import Foundation
import Testing

/// The mouse in the real binary, with the terminal's own mouse reports.
@Suite(.serialized, .terminalSlot) struct MouseEndToEndTests {
    @Test func clickingATabSwitchesToItAndClickingARowSelectsIt() async throws {
        let tmux = try TmuxSession(arguments: ["--fresh"], width: 80, height: 24)
        defer { tmux.close() }
        let screen = try await tmux.waitFor("Invitations")
        let header = try #require(screen.split(separator: "\n").first)
        let messages = try #require(header.range(of: "2 Messages"))
        try tmux.click(x: header.distance(from: header.startIndex, to: messages.lowerBound) + 2, y: 0)
        // The Messages list: threads with their ages, the first selected.
        try await tmux.waitUntil("the Messages list") { $0.contains("Kwame Asante") && !$0.contains("Ravi Menon") }
        // Row 0 is the tabs, row 1 the list's frame: the third thread is on row 4.
        try tmux.click(x: 10, y: 4)
        try await tmux.waitUntil("the third thread selected") { s in
            s.split(separator: "\n").dropFirst(4).first?.hasPrefix("┃▸") == true
        }
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }
}
