import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the reliability tests need from a `TmuxSession` beyond keys and
/// screens: the program's pid (to kill it), and its status bar.
extension TmuxSession {
    /// The running thirsty: the pane runs `sh run.sh`, whose child `env`
    /// has exec'd the binary.
    func programPID(timeout: Duration = .seconds(20)) async throws -> pid_t {
        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil
        env["TMUX_PANE"] = nil
        let shell = try Spawn.run("tmux", ["-L", socket, "display-message", "-p", "-t", "thirsty", "#{pane_pid}"], environment: env)
        guard let panePID = pid_t(shell.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure(description: "no pane pid: \(shell.stdout) \(shell.stderr)")
        }
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let children = (try? String(contentsOfFile: "/proc/\(panePID)/task/\(panePID)/children", encoding: .utf8)) ?? ""
            for child in children.split(separator: " ").compactMap({ pid_t($0) }) {
                let comm = (try? String(contentsOfFile: "/proc/\(child)/comm", encoding: .utf8)) ?? ""
                if comm.trimmingCharacters(in: .whitespacesAndNewlines) == "thirsty" { return child }
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw Failure(description: "thirsty's process did not appear under pane \(panePID)")
    }

    /// The bottom row, where the status line shows confirmations and warnings.
    func statusBar() throws -> String {
        try lines().last ?? ""
    }
}

/// A fixture file and a data directory that outlive single tmux sessions,
/// so a test can reopen the same inbox (journals are keyed by the file's
/// path and content).
final class JournalWorkspace {
    let directory: URL
    var fixture: String { directory.appendingPathComponent("inbox.yaml").path }
    var dataHome: String { directory.appendingPathComponent("data").path }
    var journals: String { dataHome + "/thirsty/journals" }
    var environment: [String: String] { ["XDG_DATA_HOME": dataHome] }

    init(fixture text: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-journal-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try write(fixture: text)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func write(fixture text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: fixture))
    }

    /// A UI session on the workspace's fixture.
    func session(_ extra: [String] = [], width: Int = 120, height: Int = 30, name: String = #function) throws -> TmuxSession {
        try TmuxSession(arguments: [fixture] + extra, width: width, height: height, environment: environment, name: name)
    }

    /// `thirsty history` (or another non-UI command) on the workspace's data.
    func run(_ arguments: [String]) throws -> Spawn.Result {
        try Spawn.run(
            TmuxSession.binary, arguments,
            environment: ["LANG": "C.UTF-8", "HOME": directory.path, "XDG_DATA_HOME": dataHome],
            timeout: .seconds(60)
        )
    }

    /// The journal files now in the data directory.
    func journalFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: journals)) ?? []).filter { $0.hasSuffix(".journal") }.sorted()
    }

    /// The actions `thirsty history --format json` lists, as (type, person, text).
    func history() throws -> [(type: String, person: String, text: String)] {
        let result = try run(["history", fixture, "--format", "json"])
        guard result.status == 0 else { throw TmuxSession.Failure(description: "history failed: \(result.stderr)") }
        guard let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
              let actions = object["actions"] as? [[String: Any]] else {
            throw TmuxSession.Failure(description: "history printed no action list: \(result.stdout)")
        }
        return actions.map { ($0["type"] as? String ?? "", $0["person"] as? String ?? "", $0["text"] as? String ?? "") }
    }
}
