import Foundation
import Testing

/// `thirsty demo` as a user runs it: in tmux for the interactive player,
/// with pipes for the listing and the transcript.
@Suite(.terminalSlot) struct DemoEndToEndTests {
    /// A debug binary on a busy machine can take a while to draw its first frame.
    static let startup: Duration = .seconds(60)

    static let goldens = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("InboxUITests/Goldens/demos")

    /// `--time-scale 0` holds the clock still while it shows as playing, so
    /// every step below is exact however slowly the machine runs.
    @Test func playsStepsPausesAndQuits() async throws {
        let tmux = try TmuxSession(arguments: ["demo", "the-article", "--time-scale", "0"], width: 80, height: 24)
        defer { tmux.close() }
        try await tmux.waitFor("▶ 1 day/s", timeout: Self.startup)
        try await tmux.waitFor("The article")
        try await tmux.waitFor("event 1 of 7")
        try tmux.send("Space")
        try await tmux.waitFor("❚❚ paused")
        #expect(!(try tmux.screen()).contains("[FLATTERY]"))
        try tmux.send("n", "n", "n")
        // Each wait polls until the (paused, so stable) frame is fully drawn.
        try await tmux.waitFor("event 4 of 7")
        try await tmux.waitFor("Day 1 · Mon Mar 2 11:20")
        try await tmux.waitFor("[FLATTERY] → meeting")
        try await tmux.waitFor("truly an honour to be connected")
        try tmux.send("Right", "n")
        try await tmux.waitFor("event 6 of 7")
        try await tmux.waitFor("[FLATTERY] → [MEETING]")
        try await tmux.waitFor("a Zoom ask with no stated purpose")
        try tmux.send("p")
        try await tmux.waitFor("event 5 of 7")
        try await tmux.waitFor("Robin posts again")
        try tmux.send("g")
        try await tmux.waitFor("event 1 of 7")
        // Resume, then pause again.
        try tmux.send("Space")
        try await tmux.waitFor("▶ 1 day/s")
        try tmux.send("Space")
        try await tmux.waitFor("❚❚ paused")
        try await tmux.waitFor("event 1 of 7")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    /// The clock does run by itself: fast-forwarded, the demo plays every
    /// event and stops at the end.
    @Test func playsByItselfToTheEnd() async throws {
        let tmux = try TmuxSession(arguments: ["demo", "the-article", "--time-scale", "40"], width: 80, height: 24)
        defer { tmux.close() }
        try await tmux.waitFor("■ end", timeout: Self.startup)
        try await tmux.waitFor("event 7 of 7")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test func aNegativeTimeScaleIsAUsageError() throws {
        let result = try Spawn.run(TmuxSession.binary, ["demo", "the-article", "--time-scale", "-1"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--time-scale"))
    }

    @Test func practiseTheReplyAndComeBack() async throws {
        let tmux = try TmuxSession(arguments: ["demo", "cold-pitch", "--keys", " G"], width: 100, height: 30)
        defer { tmux.close() }
        try await tmux.waitFor("event 5 of 5", timeout: Self.startup)
        try tmux.send("r")
        try await tmux.waitFor("To Gavin Roche")
        try tmux.type("Thanks Gavin, not for us.")
        try tmux.send("Escape")
        try await tmux.waitFor("Draft kept for Gavin Roche")
        try await tmux.waitFor("event 5 of 5")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test func sideBySidePlaysTwoColumns() async throws {
        let tmux = try TmuxSession(arguments: ["demo", "side-by-side", "--keys", " G"], width: 120, height: 40)
        defer { tmux.close() }
        try await tmux.waitFor("event 14 of 14", timeout: Self.startup)
        try await tmux.waitUntil("both columns with their verdicts") {
            $0.contains("Blake Donovan") && $0.contains("Ifeoma Eze") && $0.contains("» FLAGGED on") && $0.contains("Not flagged")
        }
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test(arguments: ["the-article", "a-good-sequence", "cold-pitch", "nudge-storm", "fake-profile", "side-by-side"])
    func plainPrintsTheGoldenTranscript(_ name: String) throws {
        let result = try Spawn.run(TmuxSession.binary, ["demo", name, "--plain"], timeout: .seconds(120))
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let golden = try String(contentsOf: Self.goldens.appendingPathComponent(name + ".txt"), encoding: .utf8)
        #expect(result.stdout == golden)
    }

    @Test func withoutATerminalFallsBackToTheTranscript() throws {
        let result = try Spawn.run(TmuxSession.binary, ["demo", "nudge-storm"], timeout: .seconds(120))
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("The nudge storm\n"))
        #expect(result.stdout.contains("Summary"))
        let notes = result.stderr.split(separator: "\n")
        #expect(notes.count == 1)
        #expect(notes.first?.contains("not a terminal") == true)
    }

    /// On a real terminal that curses cannot drive, the demo still shows
    /// something: the transcript, a one-line note, status 0.
    @Test(arguments: [("dumb", "TERM=dumb cannot show a full-screen interface"), ("no-such-terminal-7", "unknown terminal type 'no-such-terminal-7'")])
    func anUnusableTerminalGetsTheTranscript(_ term: String, _ note: String) async throws {
        let tmux = try TmuxSession(arguments: ["demo", "cold-pitch"], width: 200, height: 120, environment: ["TERM": term])
        #expect(try await tmux.waitForExit(timeout: Self.startup) == 0)
        let screen = try tmux.screen()
        let golden = try String(contentsOf: Self.goldens.appendingPathComponent("cold-pitch.txt"), encoding: .utf8)
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
        let noteLines = lines.filter { $0.hasPrefix("thirsty: ") }
        #expect(noteLines.count == 1, "\(tmux.framed(screen))")
        #expect(noteLines.first?.hasPrefix("thirsty: \(note)") == true, "\(tmux.framed(screen))")
        #expect(noteLines.first?.hasSuffix("; printing the transcript instead (--plain skips this note)") == true)
        let transcript = lines.drop { !$0.hasPrefix("thirsty: ") }.dropFirst()
        let expected = golden.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(transcript.prefix(expected.count)) == expected, "\(tmux.framed(screen))")
    }

    @Test func listsTheBundledDemos() throws {
        let result = try Spawn.run(TmuxSession.binary, ["demo"], timeout: .seconds(120))
        #expect(result.status == 0)
        for name in ["the-article", "a-good-sequence", "cold-pitch", "nudge-storm", "fake-profile", "side-by-side"] {
            #expect(result.stdout.contains("  " + name + " "), "\(name) missing from:\n\(result.stdout)")
        }
        #expect(result.stdout.contains("A good sequence: relax, ask, give"))
        #expect(!result.stdout.contains("placeholder"))
    }

    @Test func anUnknownNameIsAUsageError() throws {
        let result = try Spawn.run(TmuxSession.binary, ["demo", "the-artcle"], timeout: .seconds(120))
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no demo named \"the-artcle\""))
        #expect(result.stderr.contains("the-article"))
    }

    @Test func aMissingFileIsNoInput() throws {
        let result = try Spawn.run(TmuxSession.binary, ["demo", "no-such-dir/demo.yaml", "--plain"], timeout: .seconds(120))
        #expect(result.status == 66)
    }

    @Test func theTopLevelHelpPointsToTheDemos() throws {
        let result = try Spawn.run(TmuxSession.binary, ["--help"], timeout: .seconds(120))
        #expect(result.stdout.contains("thirsty demo"))
        #expect(result.stdout.contains("demo"))
    }
}
