import Foundation
import Testing

/// `thirsty demo` in front of an audience, in tmux: the meter, presenter
/// mode and its options. `--time-scale 0` holds the clock still while it
/// shows as playing, so only keys move it and no wait depends on speed.
@Suite(.terminalSlot) struct DemoPresenterEndToEndTests {
    static let startup: Duration = .seconds(60)

    /// The meter row: the line with the score figures on it.
    static func meter(_ screen: String, score: String) -> Substring? {
        screen.split(separator: "\n").first { $0.contains(score + " / 5.0") && $0.contains("┃") }
    }

    @Test func theMeterOfNineAndOfTwentyEightLookDifferent() async throws {
        let tmux = try TmuxSession(arguments: ["demo", "the-article", "--time-scale", "0"], width: 80, height: 24)
        defer { tmux.close() }
        try await tmux.waitFor("▶ 1 day/s", timeout: Self.startup)
        try tmux.send("Space")
        try await tmux.waitFor("❚❚ paused")
        // The first message is flagged at 9.0; the last one takes it to 28.0.
        try tmux.send("n", "n", "n")
        try await tmux.waitFor("event 4 of 7")
        let first = try await tmux.waitFor("9.0 / 5.0")
        let nine = Self.meter(first, score: "9.0")
        let nineLine = try #require(nine, "\(tmux.framed(first))")
        try tmux.send("G")
        try await tmux.waitFor("event 7 of 7")
        let screen = try await tmux.waitFor("28.0 / 5.0")
        let eightLine = try #require(Self.meter(screen, score: "28.0"), "\(tmux.framed(screen))")
        let bars = { (line: Substring) in line.filter { $0 == "█" }.count }
        #expect(bars(eightLine) >= 2 * bars(nineLine), "9: \(nineLine)\n28: \(eightLine)")
        let mark = { (line: Substring) in line.firstIndex(of: "┃").map { line.distance(from: line.startIndex, to: $0) } }
        #expect(mark(nineLine) == mark(eightLine), "the threshold sits in one place")
        #expect(nineLine.contains("░") && !eightLine.contains("░"))
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test func presentShowsTitleCardLargeCaptionsAndEndCard() async throws {
        let tmux = try TmuxSession(arguments: ["demo", "side-by-side", "--present", "--time-scale", "0"], width: 100, height: 30)
        defer { tmux.close() }
        try await tmux.waitFor("title card", timeout: Self.startup)
        try await tmux.waitFor("Space starts the story")
        try await tmux.waitFor("Blake Donovan")
        try tmux.send("Space")
        try await tmux.waitFor("▶ 1 day/s")
        try tmux.send("Space")
        try await tmux.waitFor("❚❚ paused")
        try tmux.send("n")
        let caption = "Day 1: two invitations on the same morning."
        let screen = try await tmux.waitFor(caption)
        let line = try #require(screen.split(separator: "\n").first { $0.contains(caption) })
        let lead = line.prefix { $0 == " " }.count
        let trail = 100 - lead - caption.count
        #expect(lead > 10 && abs(lead - trail) <= 1, "centred: \(tmux.framed(screen))")
        try tmux.send("G", "n")
        try await tmux.waitFor("What we saw")
        try await tmux.waitFor("Which one would you take a call from?")
        try await tmux.waitFor("■ end card")
        try tmux.send("t")
        try await tmux.waitFor("Space starts the story")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test func startAtOpensOnThatDayAndSpeedSetsTheClock() async throws {
        let tmux = try TmuxSession(arguments: ["demo", "the-article", "--start-at", "4", "--speed", "2", "--time-scale", "0"], width: 80, height: 24)
        defer { tmux.close() }
        try await tmux.waitFor("▶ 2 days/s", timeout: Self.startup)
        try await tmux.waitFor("Day 4 · Thu Mar 5 10:00")
        try await tmux.waitFor("event 6 of 7")
        try tmux.send("+")
        try await tmux.waitFor("3 days/s")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test func pauseAtCaptionsWaitsForSpace() async throws {
        let tmux = try TmuxSession(arguments: ["demo", "side-by-side", "--pause-at-captions", "--time-scale", "100"], width: 100, height: 30)
        defer { tmux.close() }
        // Fast-forwarded, it still stops at the first captioned event.
        try await tmux.waitFor("❚❚ caption", timeout: Self.startup)
        try await tmux.waitFor("Robin asks the network a real question")
        try tmux.send("Space")
        try await tmux.waitFor("Day 1: two invitations on the same morning.")
        try await tmux.waitFor("❚❚ caption")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test(arguments: [
        (["--speed", "-1"], "--speed"),
        (["--speed", "0"], "--speed"),
        (["--speed", "nan"], "--speed"),
        (["--start-at", "0"], "--start-at"),
        (["--start-at", "30"], "--start-at 30: this demo ends on day"),
        (["--present", "--plain"], "--present is for playing"),
    ])
    func badOptionsAreOneLineAndUsage(_ extra: [String], _ message: String) throws {
        let result = try Spawn.run(TmuxSession.binary, ["demo", "the-article"] + extra, timeout: .seconds(120))
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
