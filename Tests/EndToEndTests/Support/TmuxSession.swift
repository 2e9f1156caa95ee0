import Foundation

/// The real `thirsty` binary running in a detached tmux session, so a test
/// can type keys and read the screen exactly as a user's terminal shows it.
///
/// Each session has its own tmux server (a private socket), its own fixed
/// size and its own temporary HOME/XDG_DATA_HOME, so journals and servers
/// never leak between tests. Sessions start only inside a `.terminalSlot`
/// suite, which bounds how many run at once.
///
///     let tmux = try TmuxSession(arguments: ["inbox.yaml"], files: ["inbox.yaml": yaml])
///     try await tmux.waitFor("Invitations")
///     try tmux.send("j", "Enter")
///     try tmux.type("hello")                 // literal text
///     #expect(try await tmux.waitForExit() == 0)
///
/// The pane stays alive after the program exits (its status is written to
/// a file), and the server is killed when the session is released. Waits
/// poll every 50 ms and fail with the last screen; never sleep instead.
/// Their timeouts only bound a failing test, so they are generous: a debug
/// binary on a slow, busy machine may take many seconds to start.
/// Programs run without a terminal (a pipe on stdin, say) go through
/// `Spawn.run`, not Foundation's `Process` (see there why).
final class TmuxSession {
    /// A failed tmux command or a wait that timed out; the description
    /// carries the last screen so the failure explains itself.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The `thirsty` binary built next to the test bundle; `THIRSTY_BINARY`
    /// overrides it.
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["THIRSTY_BINARY"], !path.isEmpty { return path }
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return exe.deletingLastPathComponent().appendingPathComponent("thirsty").path
    }

    /// The working directory of the program: files given to `init` are
    /// written here, and HOME and XDG_DATA_HOME point inside it.
    let directory: URL
    let socket: String
    private(set) var width: Int
    private(set) var height: Int
    private var closed = false
    private static let target = "thirsty"

    /// Starts `thirsty ARGUMENTS` in a `width`x`height` pane.
    /// - Parameters:
    ///   - files: written into `directory` before the program starts (relative names).
    ///   - environment: added to the clean environment (TERM, LANG, HOME, XDG_DATA_HOME, PATH).
    ///   - noColor: sets `NO_COLOR=1`.
    ///   - name: a label for the socket, to tell servers apart in `ps`.
    init(
        arguments: [String] = [],
        width: Int = 80,
        height: Int = 24,
        files: [String: String] = [:],
        environment: [String: String] = [:],
        noColor: Bool = false,
        name: String = #function
    ) throws {
        try TerminalSlot.requireHeld("a tmux session")
        self.width = width
        self.height = height
        let label = String(name.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.map(Character.init).prefix(24))
        socket = "thirsty-\(label)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (file, contents) in files {
            let url = directory.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }

        var env = [
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
            "HOME": directory.appendingPathComponent("home").path,
            "XDG_DATA_HOME": directory.appendingPathComponent("home/.local/share").path,
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "SWIFT_BACKTRACE": Spawn.backtraceSettings,
        ]
        if noColor { env["NO_COLOR"] = "1" }
        env.merge(environment) { _, new in new }
        let assignments = env.sorted { $0.key < $1.key }.map { Self.quote("\($0.key)=\($0.value)") }
        let command = ([Self.quote(Self.binary)] + arguments.map(Self.quote)).joined(separator: " ")
        // env -i drops everything tmux and the test runner would pass on
        // (TMUX, COLUMNS, NO_COLOR...). The status goes through a rename so a
        // reader never sees a half-written file; the sleep keeps the pane,
        // and so the final screen, around after the program ends.
        let script = """
        cd \(Self.quote(directory.path)) || exit 1
        env -i \(assignments.joined(separator: " ")) \(command)
        echo $? > status.tmp && mv status.tmp status
        exec sleep 600
        """
        try Data(script.utf8).write(to: directory.appendingPathComponent("run.sh"))
        // No status line: the pane gets the whole window, as a terminal would.
        try Data("set -g status off\nset -g history-limit 0\n".utf8).write(to: directory.appendingPathComponent("tmux.conf"))
        try run([
            "-f", directory.appendingPathComponent("tmux.conf").path,
            "new-session", "-d", "-s", Self.target, "-x", String(width), "-y", String(height),
            "/bin/sh", directory.appendingPathComponent("run.sh").path,
        ])
    }

    deinit { close() }

    /// Kills the tmux server and removes the temporary directory; safe to call twice.
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? run(["kill-server"])
        // tmux leaves its socket file behind; hundreds of test runs add up.
        unlink(Self.socketPath(socket))
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: Input

    /// Sends tmux key names: "j", "Enter", "Escape", "Tab", "BTab", "C-d", "Up", "PageDown".
    ///
    /// As from a terminal, a key that follows "Escape" within the escape
    /// delay reads as Alt with that key: wait for what Esc does before
    /// sending the next key.
    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", Self.target] + keys)
    }

    /// A left click at column `x`, row `y` (from 0), as the terminal
    /// reports it in SGR mouse mode (what ncurses asks for under xterm):
    /// the press and release bytes go to the program as typed.
    func click(x: Int, y: Int) throws {
        for report in ["\u{1B}[<0;\(x + 1);\(y + 1)M", "\u{1B}[<0;\(x + 1);\(y + 1)m"] {
            try run(["send-keys", "-t", Self.target, "-H"] + report.utf8.map { String($0, radix: 16) })
        }
    }

    /// Sends `text` literally, character by character (no key-name lookup).
    func type(_ text: String) throws {
        try run(["send-keys", "-t", Self.target, "-l", text])
    }

    /// Resizes the window; the program gets SIGWINCH as with a real terminal.
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", Self.target, "-x", String(width), "-y", String(height)])
        self.width = width
        self.height = height
    }

    // MARK: Output

    /// The visible screen, one line per row (trailing blanks trimmed by
    /// tmux); with `escapes`, SGR sequences are kept (`capture-pane -e`).
    func screen(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", Self.target] + (escapes ? ["-e"] : []))
    }

    /// The terminal cursor: its cell (0-based) and whether it is shown.
    func cursor() throws -> (x: Int, y: Int, visible: Bool) {
        let fields = try run(["display-message", "-p", "-t", Self.target, "#{cursor_x} #{cursor_y} #{cursor_flag}"])
            .split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard fields.count == 3 else { throw Failure(description: "tmux gave no cursor position") }
        return (fields[0], fields[1], fields[2] == 1)
    }

    /// The screen's lines, exactly `height` of them.
    func lines() throws -> [String] {
        var rows = try screen().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if rows.last == "" && rows.count > height { rows.removeLast() }
        return rows
    }

    /// The program's exit status once it has ended, else nil.
    var exitStatus: Int32? {
        guard let text = try? String(contentsOf: directory.appendingPathComponent("status"), encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    // MARK: Waiting

    /// How long a wait lasts by default before it reports failure.
    static let patience: Duration = .seconds(60)

    /// Polls (every 50 ms) until the screen contains `text` and has settled; returns that screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = TmuxSession.patience) async throws -> String {
        try await waitUntil("the screen to show \"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Polls until `text` is no longer on the screen; returns that screen.
    @discardableResult
    func waitForAbsence(of text: String, timeout: Duration = TmuxSession.patience) async throws -> String {
        try await waitUntil("\"\(text)\" to leave the screen", timeout: timeout) { !$0.contains(text) }
    }

    /// Polls until `condition` holds for the screen; the failure names
    /// `expectation` and shows the last screen.
    @discardableResult
    func waitUntil(
        _ expectation: String,
        timeout: Duration = TmuxSession.patience,
        escapes: Bool = false,
        _ condition: (String) -> Bool
    ) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        var last = ""
        var previous: String?
        // A test runner busy with other work may not wake this task until
        // after the deadline; a matching screen then still gets the few
        // captures it needs to show it has settled.
        var settlingAfterDeadline = 20
        while true {
            // Read before capturing: once the status exists the screen is final.
            let exited = exitStatus
            last = try screen(escapes: escapes)
            // The text can show while the frame around it is still being
            // written (a slow machine draws a frame in several pieces), and
            // callers go on to check the rest of that screen: return only a
            // screen that matched twice in a row, unchanged.
            if condition(last) && (last == previous || exited != nil) { return last }
            previous = condition(last) ? last : nil
            if let status = exited {
                throw Failure(description: "waited for \(expectation), but thirsty exited with \(status). Last screen:\n\(framed(last))")
            }
            if ContinuousClock.now >= deadline {
                if previous != nil && settlingAfterDeadline > 0 {
                    settlingAfterDeadline -= 1
                    try await Task.sleep(for: .milliseconds(50))
                    continue
                }
                throw Failure(description: "timed out after \(timeout) waiting for \(expectation). Last screen:\n\(framed(last))")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Waits for the program to end and returns its exit status.
    func waitForExit(timeout: Duration = TmuxSession.patience) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while true {
            // Checked once more after the deadline: a busy test runner may
            // not wake this task until long after the program has ended.
            if let status = exitStatus { return status }
            if ContinuousClock.now >= deadline { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        let last = (try? screen()) ?? ""
        throw Failure(description: "thirsty did not exit within \(timeout). Last screen:\n\(framed(last))")
    }

    /// The screen inside a frame, so trailing blanks and empty rows show.
    func framed(_ screen: String) -> String {
        let rule = "+" + String(repeating: "-", count: width) + "+"
        var rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        if rows.last == "" { rows.removeLast() }
        let body = rows.map { "|\($0)" }
        return ([rule] + body + [rule]).joined(separator: "\n")
    }

    // MARK: tmux

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        var env = ProcessInfo.processInfo.environment
        // A test runner inside tmux must not talk to the user's server.
        env["TMUX"] = nil
        env["TMUX_PANE"] = nil
        let result = try Spawn.run("tmux", ["-L", socket] + arguments, environment: env)
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return result.stdout
    }

    /// Where `tmux -L name` puts its socket.
    static func socketPath(_ name: String) -> String {
        let base = ProcessInfo.processInfo.environment["TMUX_TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return "\(base)/tmux-\(getuid())/\(name)"
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
