import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The practice screen in a real terminal: write, submit, compare with the
/// strong answer, retry, move on; and results confirmed on screen survive
/// a `kill -9`.
@Suite("Practice screen, end to end", .serialized, .terminalSlot)
struct PracticeEndToEndTests {
    static let startup = Duration.seconds(60)

    @Test("submit → compare → retry → next, then the summary")
    func submitCompareRetryNext() async throws {
        let tmux = try TmuxSession(arguments: ["practice"])
        defer { tmux.close() }
        try await tmux.waitFor("exercise 1 of 17", timeout: Self.startup)
        try await tmux.waitFor("Coach")
        // r, n and q type while writing.
        try tmux.type("Hi Noor, thanks for connecting, and nice work.")
        try await tmux.waitFor("nice work.")
        try tmux.send("C-d")
        var screen = try await tmux.waitFor("A strong answer")
        #expect(screen.contains("Your answer"), "\(tmux.framed(screen))")
        #expect(screen.contains("not yet"), "\(tmux.framed(screen))")
        #expect(screen.contains("What it does that yours doesn't"), "\(tmux.framed(screen))")
        try await tmux.waitFor("Saved to your progress")

        try tmux.send("r")
        screen = try await tmux.waitFor("Try again")
        #expect(screen.contains("nice work."), "the answer comes back to edit: \(tmux.framed(screen))")
        try tmux.send("C-u")
        try await tmux.waitForAbsence(of: "nice work.")
        try tmux.type("Hi Noor, we grandfathered existing accounts for three months. How did the teams under ten seats react when you went annual-only?")
        try await tmux.waitFor("annual-only?")
        try tmux.send("C-d")
        screen = try await tmux.waitFor("answer 2")
        #expect(screen.contains("passed"), "\(tmux.framed(screen))")

        try tmux.send("n")
        screen = try await tmux.waitFor("exercise 2 of 17")
        #expect(screen.contains("Priya"), "\(tmux.framed(screen))")
        try tmux.send("Escape")
        screen = try await tmux.waitFor("Session summary")
        #expect(screen.contains("2 answers; 1 did what the exercise asked"), "\(tmux.framed(screen))")
        #expect(screen.contains("2 results saved to your progress"), "\(tmux.framed(screen))")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test("a result confirmed on screen survives kill -9 and shows in --progress")
    func resultSurvivesKill() async throws {
        let tmux = try TmuxSession(arguments: ["practice", "decline-sales-pitch"])
        defer { tmux.close() }
        try await tmux.waitFor("exercise 1 of 1", timeout: Self.startup)
        let pid = try await tmux.programPID()
        try tmux.type("later")
        try await tmux.waitFor("later")
        try tmux.send("C-d")
        try await tmux.waitFor("Saved to your progress")
        #expect(kill(pid, SIGKILL) == 0)
        #expect(try await tmux.waitForExit(timeout: .seconds(20)) == 137)

        let home = tmux.directory.appendingPathComponent("home")
        let env = [
            "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent(".local/share").path,
            "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
        ]
        let out = try Spawn.run(TmuxSession.binary, ["practice", "--progress"], environment: env)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("1 answer to 1 exercise"), "\(out.stdout)")
        #expect(out.stdout.contains("decline-sales-pitch"), "\(out.stdout)")
        #expect(out.stdout.contains("0/1 passed"), "\(out.stdout)")
        #expect(out.stdout.contains("declines"), "\(out.stdout)")
        #expect(out.stderr.isEmpty, "\(out.stderr)")
    }
}
