import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The terminal is handed back usable however thirsty ends: `q`, a
/// termination signal, or a crash. Each test starts thirsty from an
/// interactive shell in tmux, ends it, then checks what tmux says about the
/// pane's modes and what `stty` says about the tty, and that the shell still
/// reads, echoes and runs a typed command.
///
/// Runtime traps: a Swift trap (overflow, force-unwrap of nil, index out of
/// range) is a `ud2` instruction on x86_64, delivered as SIGILL, and a `brk`
/// on arm64, delivered as SIGTRAP; `fatalError` and `abort` raise SIGABRT; a
/// bad pointer is SIGSEGV or SIGBUS. The product has no switch to crash on
/// purpose, so these tests send those signals with kill(2). That enters the
/// same handler a trap does: it restores the terminal, runs the handler that
/// was there before (the Swift runtime's crash reporter), and dies of the
/// signal.
@Suite("Terminal restored on every way out", .serialized)
struct SignalRestoreTests {
    static let fixture = """
    version: 1
    owner: {id: me, name: Robin Okafor}
    now: 2026-03-20T09:00:00Z
    people:
      - {id: hana, name: Hana Sato, headline: "Senior Product Designer at Kitemark"}
      - {id: ravi, name: Ravi Menon, headline: "Senior Product Manager at Orbitly"}
    events:
      - {type: invite, at: 2026-03-19T10:00:00Z, from: hana, to: me, note: "Loved your onboarding post"}
      - {type: invite, at: 2026-03-18T10:00:00Z, from: ravi, to: me}
    """

    /// Starts thirsty and waits for its first frame.
    static func started(_ environment: [String: String] = [:], name: String = #function) async throws -> (ShellSession, pid_t) {
        let shell = try ShellSession(files: ["inbox.yaml": fixture], name: name)
        try await shell.waitForPrompt()
        try shell.startThirsty(["inbox.yaml", "--fresh"], set: environment)
        let pid = try await shell.pid()
        try await shell.waitForUI(showing: "Hana Sato")
        #expect(try shell.modes().alternateScreen == "1", "the UI should be on the alternate screen while it runs")
        return (shell, pid)
    }

    static func expectUsable(_ shell: ShellSession, _ context: String) async throws {
        #expect(try shell.modes() == .restored, "\(context)")
        let tty = try await shell.probeTTY()
        #expect(tty.icanon, "\(context): canonical mode is off")
        #expect(tty.echo, "\(context): echo is off")
        #expect(tty.echoedCommand, "\(context): the typed command did not show")
    }

    @Test("q leaves the alternate screen and restores the tty; status 0")
    func quit() async throws {
        let (shell, pid) = try await Self.started()
        defer { shell.close() }
        try shell.send("q")
        #expect(try await shell.exitStatus(of: pid) == 0)
        try await Self.expectUsable(shell, "after q")
    }

    @Test(
        "termination signals restore the terminal and exit with 128 + signal",
        arguments: [(SIGINT, 130), (SIGTERM, 143), (SIGHUP, 129)] as [(Int32, Int32)]
    )
    func terminationSignal(_ signal: Int32, _ status: Int32) async throws {
        let (shell, pid) = try await Self.started()
        defer { shell.close() }
        #expect(kill(pid, signal) == 0)
        #expect(try await shell.exitStatus(of: pid) == status)
        try await Self.expectUsable(shell, "after signal \(signal)")
    }

    @Test(
        "Ctrl-C and Ctrl-\\ typed at the keyboard end thirsty the same way",
        arguments: [("C-c", 130), ("C-\\", 131)] as [(String, Int32)]
    )
    func keyboardSignal(_ key: String, _ status: Int32) async throws {
        let (shell, pid) = try await Self.started(["SWIFT_BACKTRACE": "interactive=no"])
        defer { shell.close() }
        try shell.send(key)
        #expect(try await shell.exitStatus(of: pid, timeout: .seconds(60)) == status)
        try await Self.expectUsable(shell, "after \(key)")
    }

    @Test(
        "crash signals (how runtime traps arrive) restore the terminal, then still end the process by the signal",
        arguments: [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGQUIT, SIGSYS] as [Int32]
    )
    func crashSignal(_ signal: Int32) async throws {
        // The runtime's crash reporter still runs after the restore; keep
        // it from waiting for a key and its report short enough to stay on
        // screen.
        let (shell, pid) = try await Self.started(["SWIFT_BACKTRACE": "interactive=no,registers=none,images=none,threads=crashed,limit=4"])
        defer { shell.close() }
        #expect(kill(pid, signal) == 0)
        #expect(try await shell.exitStatus(of: pid, timeout: .seconds(60)) == 128 + signal)
        // Its report prints below the restored screen instead of vanishing
        // with the alternate one (SIGSYS has no reporter).
        if signal != SIGSYS {
            let screen = try shell.screen()
            #expect(screen.contains("Program crashed"), "\(screen)")
        }
        try await Self.expectUsable(shell, "after crash signal \(signal)")
    }

    @Test("Ctrl-Z hands the terminal back to the shell; fg brings the UI back and the arrow keys still work")
    func suspendAndResume() async throws {
        let (shell, pid) = try await Self.started()
        defer { shell.close() }
        try shell.send("Down")
        try await shell.waitFor("▸ Ravi Menon")
        try shell.send("C-z")
        try await shell.waitFor("Stopped")
        try await Self.expectUsable(shell, "while suspended")
        try shell.run("fg")
        try await shell.waitForUI(showing: "▸ Ravi Menon")
        // The first key after resuming arrives before curses re-enables
        // keypad mode; it must still read as an arrow.
        try shell.send("Up")
        let screen = try await shell.waitFor("▸ Hana Sato")
        #expect(!screen.contains("Apply the policy"), "\(screen)")
        try shell.send("q")
        #expect(try await shell.exitStatus(of: pid) == 0)
        try await Self.expectUsable(shell, "after fg and q")
    }

    /// The checks above can fail: SIGKILL cannot be caught, so nothing
    /// restores the terminal, and they notice.
    @Test("control: after SIGKILL the same checks find the terminal broken")
    func controlSigkill() async throws {
        let (shell, pid) = try await Self.started()
        defer { shell.close() }
        #expect(kill(pid, SIGKILL) == 0)
        try await shell.waitForEnd(of: pid)
        #expect(try shell.modes() != .restored)
        // With curses' modes left on, the typed probe either never runs
        // (Enter arrives as CR) or reports the raw modes.
        let probe = try? await shell.probeTTY(timeout: .seconds(5))
        #expect(probe == nil || probe?.icanon == false || probe?.echo == false)
    }
}
