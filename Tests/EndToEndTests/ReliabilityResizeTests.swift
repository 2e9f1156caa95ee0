import Foundation
import Testing

/// Terminals get dragged around: dozens of SIGWINCHes a second, down to a
/// single cell and up to a wall-sized window.
@Suite("Resize storms", .serialized, .terminalSlot)
struct ReliabilityResizeTests {
    /// Sizes in the order a storm visits them: extremes, the minimum's
    /// edges, and a deterministic scatter in between.
    static let stormSizes: [(Int, Int)] = {
        var sizes: [(Int, Int)] = [(1, 1), (300, 100), (2, 1), (1, 2), (39, 10), (40, 9), (40, 10), (300, 1), (1, 100), (99, 24), (100, 24)]
        var x: UInt32 = 12345
        while sizes.count < 60 {
            x = x &* 1_103_515_245 &+ 12345
            sizes.append((Int((x >> 16) % 300) + 1, Int((x >> 4) % 100) + 1))
        }
        return sizes
    }()

    @Test("dozens of resizes within a second, 1x1 to 300x100: still running, then the normal layout")
    func storm() async throws {
        let tmux = try TmuxSession(arguments: ["--fresh"], width: 120, height: 40)
        defer { tmux.close() }
        try await tmux.waitFor("Invitations", timeout: .seconds(60))
        // As fast as tmux takes the commands; how fast that is depends on
        // the machine, so it is not checked.
        for (w, h) in Self.stormSizes { try tmux.resize(width: w, height: h) }
        #expect(tmux.exitStatus == nil, "thirsty exited during the storm")

        try tmux.resize(width: 120, height: 40)
        // A frame for a size from the storm can still be on screen while
        // the last resize is handled: wait for the whole 120x40 layout.
        let screen = try await tmux.waitUntil("the normal layout at 120x40") { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count >= 40 && rows[0].contains("Invitations") && !screen.contains("Terminal too small")
                && rows[1..<39].filter { $0.contains("│") }.count >= 30
                && !rows[39].trimmingCharacters(in: .whitespaces).isEmpty
        }
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[0].contains("thirsty") && rows[0].contains("Messages") && rows[0].contains("Network"))

        // Still responsive to keys after the storm.
        try tmux.send("2")
        try await tmux.waitUntil("the messages view", timeout: .seconds(40)) { $0.contains("Dario Mendes") }
        try tmux.send("q")
        #expect(try await tmux.waitForExit(timeout: .seconds(40)) == 0)
    }

    @Test(
        "below 40x10 the minimum-size notice shows; at 40x10 the inbox does",
        arguments: [(39, 24, true), (80, 9, true), (1, 1, false), (40, 10, false), (80, 24, false)] as [(Int, Int, Bool)]
    )
    func minimumSize(width: Int, height: Int, tooSmallIsReadable: Bool) async throws {
        let tmux = try TmuxSession(arguments: ["--fresh"], width: 80, height: 24)
        defer { tmux.close() }
        try await tmux.waitFor("Invitations", timeout: .seconds(60))
        try tmux.resize(width: width, height: height)
        if width < 40 || height < 10 {
            if tooSmallIsReadable {
                try await tmux.waitFor("Terminal too small", timeout: .seconds(40))
                try await tmux.waitFor("need 40x10", timeout: .seconds(5))
            } else {
                // One cell has room for no words; the inbox must be gone and thirsty alive.
                try await tmux.waitForAbsence(of: "Invitations", timeout: .seconds(40))
            }
        } else {
            try await tmux.waitForAbsence(of: "Terminal too small", timeout: .seconds(40))
            try await tmux.waitFor("Invitations", timeout: .seconds(40))
        }
        #expect(tmux.exitStatus == nil)
        try tmux.resize(width: 100, height: 30)
        try await tmux.waitUntil("the inbox again", timeout: .seconds(40)) { $0.contains("Invitations") && !$0.contains("Terminal too small") }
        try tmux.send("q")
        #expect(try await tmux.waitForExit(timeout: .seconds(40)) == 0)
    }
}
