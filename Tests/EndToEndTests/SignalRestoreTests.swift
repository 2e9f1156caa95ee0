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
@Suite("Terminal restored on every way out", .serialized, .terminalSlot)
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

    /// Every catchable signal whose default action ends the process (the
    /// real-time ones by their first, a middle and the last), each by name.
    static let terminatingSignals: [TerminatingSignal] = {
        var signals: [TerminatingSignal] = [
            .init(SIGINT, "SIGINT"), .init(SIGTERM, "SIGTERM"), .init(SIGHUP, "SIGHUP"),
            .init(SIGUSR1, "SIGUSR1"), .init(SIGUSR2, "SIGUSR2"), .init(SIGALRM, "SIGALRM"),
            .init(SIGPIPE, "SIGPIPE"), .init(SIGVTALRM, "SIGVTALRM"), .init(SIGPROF, "SIGPROF"),
            .init(SIGXCPU, "SIGXCPU"), .init(SIGXFSZ, "SIGXFSZ"), .init(SIGIO, "SIGIO"),
            .init(SIGSTKFLT, "SIGSTKFLT"), .init(SIGPWR, "SIGPWR"),
        ]
        // glibc's SIGRTMIN and SIGRTMAX on Linux: the first two real-time
        // signals belong to the C library itself.
        for (number, name) in [(34, "SIGRTMIN"), (49, "SIGRTMIN+15"), (64, "SIGRTMAX")] {
            signals.append(.init(Int32(number), name))
        }
        return signals
    }()

    struct TerminatingSignal: Sendable, CustomTestStringConvertible {
        var number: Int32
        var name: String
        init(_ number: Int32, _ name: String) {
            self.number = number
            self.name = name
        }
        var testDescription: String { name }
    }

    @Test("terminating signals restore the terminal and exit with 128 + signal", arguments: terminatingSignals)
    func terminationSignal(_ signal: TerminatingSignal) async throws {
        let (shell, pid) = try await Self.started()
        defer { shell.close() }
        #expect(kill(pid, signal.number) == 0)
        #expect(try await shell.exitStatus(of: pid) == 128 + signal.number)
        try await Self.expectUsable(shell, "after \(signal.name)")
    }

    /// Started from a terminal with no `SWIFT_BACKTRACE` of its own, a crash
    /// prints its report and ends: the runtime's crash reporter would
    /// otherwise wait up to 30 s for a key and take the first one typed.
    @Test("a crash prints its report and ends at once, without waiting for a key")
    func crashDoesNotWaitForAKey() async throws {
        // Tall enough for the whole report: the pane keeps no scrollback.
        let shell = try ShellSession(width: 120, height: 400, files: ["inbox.yaml": Self.fixture])
        defer { shell.close() }
        try await shell.waitForPrompt()
        try shell.startThirsty(["inbox.yaml", "--fresh"], unset: ["SWIFT_BACKTRACE"])
        let pid = try await shell.pid()
        try await shell.waitForUI(showing: "Hana Sato")
        #expect(kill(pid, SIGSEGV) == 0)
        #expect(try await shell.exitStatus(of: pid) == 128 + SIGSEGV)
        let screen = try shell.screen()
        #expect(screen.contains("Program crashed"), "\(screen)")
        #expect(!screen.contains("Press space to interact"), "\(screen)")
        try await Self.expectUsable(shell, "after the crash")
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
