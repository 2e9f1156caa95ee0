import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An interactive shell in a private tmux server, for tests that need what
/// `TmuxSession` hides: the shell the user returns to (is it still usable
/// after a signal?), the program's pid, the pane's modes and title, and
/// tmux's view of bells and clipboard writes.
///
/// The shell is dash (`sh -i`): unlike bash it never saves or restores the
/// tty modes around a command, so whatever thirsty leaves behind is exactly
/// what the next command sees.
final class ShellSession {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let directory: URL
    let socket: String
    let width: Int
    let height: Int
    private var closed = false
    private static let target = "shell"
    static let prompt = "$ "

    /// Where the `alert-bell` hook leaves a mark when anything in the pane rings the bell.
    var bellMark: URL { directory.appendingPathComponent("bell-rang") }

    init(width: Int = 100, height: Int = 30, files: [String: String] = [:], name: String = #function) throws {
        try TerminalSlot.requireHeld("a shell session")
        self.width = width
        self.height = height
        let label = String(name.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.map(Character.init).prefix(24))
        socket = "thirsty-sh-\(label)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket, isDirectory: true)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("home"), withIntermediateDirectories: true)
        for (file, contents) in files {
            try Data(contents.utf8).write(to: directory.appendingPathComponent(file))
        }
        // set-clipboard on: an OSC 52 write from the pane would become a
        // paste buffer, which the tests look for. The bell hook makes a BEL
        // observable even in the current window.
        let conf = """
        set -g status off
        set -g history-limit 0
        set -g set-clipboard on
        set -g bell-action any
        set-hook -g alert-bell "run-shell \\"touch \(bellMark.path)\\""

        """
        try Data(conf.utf8).write(to: directory.appendingPathComponent("tmux.conf"))
        let env = [
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
            "HOME": directory.appendingPathComponent("home").path,
            "XDG_DATA_HOME": directory.appendingPathComponent("home/.local/share").path,
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "PS1": Self.prompt,
            "SWIFT_BACKTRACE": Spawn.backtraceSettings,
        ]
        let assignments = env.sorted { $0.key < $1.key }.map { Self.quote("\($0.key)=\($0.value)") }
        // No core files from the crash tests.
        let shell = "cd \(Self.quote(directory.path)) && ulimit -c 0 && exec env -i \(assignments.joined(separator: " ")) /bin/sh -i"
        try tmux([
            "-f", directory.appendingPathComponent("tmux.conf").path,
            "new-session", "-d", "-s", Self.target, "-x", String(width), "-y", String(height), shell,
        ])
    }

    deinit { close() }

    func close() {
        guard !closed else { return }
        closed = true
        if let pid = try? currentPID() { kill(pid, SIGKILL) }
        _ = try? tmux(["kill-server"])
        // A killed server leaves its socket file behind.
        let socketDirectory = (ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())"
        try? FileManager.default.removeItem(atPath: socketDirectory + "/" + socket)
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: The shell

    /// Types a command line and Enter.
    func run(_ commandLine: String) throws {
        try tmux(["send-keys", "-t", Self.target, "-l", commandLine])
        try tmux(["send-keys", "-t", Self.target, "Enter"])
    }

    /// Starts thirsty from the shell as a user would, recording its pid.
    /// The command goes into a script (`sh start.sh`, which execs thirsty,
    /// so the pid is thirsty's) to keep escapes in the environment out of
    /// the typed line. `unset` removes variables from the environment;
    /// `set` adds or overrides them.
    func startThirsty(_ arguments: [String], set: [String: String] = [:], unset: [String] = [], stderrFile: String? = nil) throws {
        removeIfPresent("thirsty.pid")
        var command = ["env"] + unset.flatMap { ["-u", $0] } + set.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        command += [TmuxSession.binary] + arguments
        var script = "echo $$ > thirsty.pid\n"
        if let stderrFile { script += "exec 2>\(Self.quote(stderrFile))\n" }
        script += "exec " + command.map(Self.quote).joined(separator: " ") + "\n"
        try writeFile("start.sh", script)
        try run("sh start.sh")
    }

    /// The pid of the running thirsty, once it has started. Generous: on a
    /// busy machine the shell itself can take many seconds to run the line.
    func pid(timeout: Duration = .seconds(60)) async throws -> pid_t {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let pid = try currentPID() { return pid }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw Failure(description: "thirsty did not start within \(timeout):\n\(try screen())")
    }

    private func currentPID() throws -> pid_t? {
        guard let text = try? String(contentsOf: directory.appendingPathComponent("thirsty.pid"), encoding: .utf8) else { return nil }
        return pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Waits for the process to be gone (reaped by the shell).
    func waitForEnd(of pid: pid_t, timeout: Duration = TmuxSession.patience) async throws {
        let deadline = ContinuousClock.now + timeout
        while kill(pid, 0) == 0 || errno != ESRCH {
            if ContinuousClock.now >= deadline {
                throw Failure(description: "thirsty (pid \(pid)) did not end within \(timeout):\n\(try screen())")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Once thirsty has ended, asks the shell for its status (`$?`: 128 +
    /// signal when a signal ended it), as a user would. Typed only after
    /// the process is gone, so thirsty cannot read the keys.
    func exitStatus(of pid: pid_t, timeout: Duration = TmuxSession.patience) async throws -> Int32 {
        try await waitForEnd(of: pid, timeout: timeout)
        let marker = "status\(UInt32.random(in: 0...UInt32.max))"
        try run("echo \(marker)=$?")
        let screen = try await waitUntil("the shell to print the status", timeout: TmuxSession.patience) { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix(marker + "=") && !$0.contains("$") }
        }
        let line = screen.split(separator: "\n").first { $0.hasPrefix(marker + "=") && !$0.contains("$") } ?? ""
        guard let status = Int32(line.dropFirst(marker.count + 1).trimmingCharacters(in: .whitespaces)) else {
            throw Failure(description: "no status in \(line)")
        }
        return status
    }

    /// Waits until the UI is up: the pane switched to the alternate screen
    /// and shows `text`.
    func waitForUI(showing text: String, timeout: Duration = .seconds(60)) async throws {
        try await waitUntil("the UI to show \"\(text)\"", timeout: timeout) { screen in
            (try? self.format("#{alternate_on}")) == "1" && screen.contains(text)
        }
    }

    func writeFile(_ name: String, _ contents: String) throws {
        try Data(contents.utf8).write(to: directory.appendingPathComponent(name))
    }

    func readFile(_ name: String) -> String? {
        try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    private func removeIfPresent(_ name: String) {
        try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
    }

    /// Waits for the shell's prompt on the last non-blank row (tmux trims
    /// the space after `$`).
    func waitForPrompt(timeout: Duration = TmuxSession.patience) async throws {
        try await waitUntil("the shell prompt", timeout: timeout) { screen in
            screen.split(separator: "\n").last.map { $0.trimmingCharacters(in: .whitespaces) == "$" } ?? false
        }
    }

    // MARK: The pane

    /// A tmux format for the pane, e.g. `#{alternate_on}` or `#{pane_title}`.
    func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", Self.target, format]).trimmingCharacters(in: .newlines)
    }

    func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", Self.target] + (escapes ? ["-e"] : []))
    }

    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", Self.target] + keys)
    }

    func setTitle(_ title: String) throws {
        try tmux(["select-pane", "-t", Self.target, "-T", title])
    }

    /// Paste buffers; an OSC 52 clipboard write would add one.
    func buffers() throws -> String {
        try tmux(["list-buffers"])
    }

    @discardableResult
    func waitFor(_ text: String, timeout: Duration = TmuxSession.patience) async throws -> String {
        try await waitUntil("the screen to show \"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    @discardableResult
    func waitUntil(_ expectation: String, timeout: Duration = TmuxSession.patience, _ condition: (String) -> Bool) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        var last = ""
        var previous: String?
        // As in `TmuxSession.waitUntil`: a late wake still lets a matching screen settle.
        var settlingAfterDeadline = 20
        while true {
            last = try screen()
            // Only a settled screen: matched twice in a row, unchanged (see
            // `TmuxSession.waitUntil`).
            if condition(last) && last == previous { return last }
            previous = condition(last) ? last : nil
            if ContinuousClock.now >= deadline {
                if previous != nil && settlingAfterDeadline > 0 {
                    settlingAfterDeadline -= 1
                    try await Task.sleep(for: .milliseconds(50))
                    continue
                }
                throw Failure(description: "timed out after \(timeout) waiting for \(expectation). Last screen:\n\(last)")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    // MARK: tmux

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil
        env["TMUX_PANE"] = nil
        let result = try Spawn.run("tmux", ["-L", socket] + arguments, environment: env)
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)")
        }
        return result.stdout
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension ShellSession {
    /// The terminal modes a full-screen program could leave behind, read
    /// from tmux: all must be off again (and the cursor shown) for the
    /// shell to be usable.
    struct PaneModes: Equatable, CustomStringConvertible {
        var alternateScreen: String
        var cursorVisible: String
        var applicationCursorKeys: String
        var applicationKeypad: String
        var mouse: String

        static let restored = PaneModes(alternateScreen: "0", cursorVisible: "1", applicationCursorKeys: "0", applicationKeypad: "0", mouse: "0")

        var description: String {
            "alternate=\(alternateScreen) cursor=\(cursorVisible) DECCKM=\(applicationCursorKeys) keypad=\(applicationKeypad) mouse=\(mouse)"
        }
    }

    func modes() throws -> PaneModes {
        let parts = try format("#{alternate_on} #{cursor_flag} #{keypad_cursor_flag} #{keypad_flag} #{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}")
            .split(separator: " ").map(String.init)
        guard parts.count == 5 else { throw Failure(description: "unexpected pane modes: \(parts)") }
        let mouse = parts[4] == "000" ? "0" : parts[4]
        return PaneModes(alternateScreen: parts[0], cursorVisible: parts[1], applicationCursorKeys: parts[2], applicationKeypad: parts[3], mouse: mouse)
    }

    /// Types a probe into the shell and reads back the tty's line
    /// discipline: canonical mode and echo must be on for a usable shell,
    /// and the typed command must show (echo) and run (the shell got a
    /// newline, so CR was still translated). Throws when the shell never
    /// answers.
    func probeTTY(timeout: Duration = TmuxSession.patience) async throws -> (icanon: Bool, echo: Bool, echoedCommand: Bool) {
        let marker = "probe\(UInt32.random(in: 0...UInt32.max))"
        // The answer is computed, so the echoed command line cannot be
        // mistaken for it.
        try writeFile("probe.sh", """
        stty -a | tr -s ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '
        echo "$1-$((6*7))"

        """)
        try run("sh probe.sh \(marker)")
        let screen = try await waitFor("\(marker)-42", timeout: timeout)
        let rows = screen.split(separator: "\n").map(String.init)
        let answer = rows.first { $0.contains("\(marker)-42") } ?? ""
        let words = Set(answer.split(separator: " ").map(String.init))
        return (words.contains("icanon"), words.contains("echo"), rows.contains { $0.contains("sh probe.sh \(marker)") })
    }
}
