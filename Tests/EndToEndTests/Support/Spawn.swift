import Foundation
import Shared
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with posix_spawn, capturing its output.
///
/// Not Foundation's `Process`: a child started from a test thread inherits
/// that thread's blocked signals, and a tmux server started that way never
/// sees SIGCHLD (it hangs on kill-server); here the child gets an empty
/// signal mask and default handlers, as it would from a shell.
enum Spawn {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// For every program a test starts: a crash prints its report and
    /// ends at once, instead of waiting 30 s for a key on a terminal.
    static let backtraceSettings = "interactive=no"

    /// Runs `executable` (a path, or a name looked up in PATH) with
    /// `arguments`. `stdin` is a file path (default /dev/null). A run past
    /// `timeout` is killed and reported as a failure.
    static func run(
        _ executable: String,
        _ arguments: [String],
        environment: [String: String]? = nil,
        stdin: String = "/dev/null",
        timeout: Duration = .seconds(60)
    ) throws -> Result {
        if executable == TmuxSession.binary { try TerminalSlot.requireHeld("thirsty") }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("spawn-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = scratch.appendingPathComponent("out").path
        let errPath = scratch.appendingPathComponent("err").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var environment = environment ?? ProcessInfo.processInfo.environment
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = backtraceSettings }
        let env = environment.map { "\($0.key)=\($0.value)" }
        let pid: pid_t
        switch CleanSpawn.spawn([executable] + arguments, environment: env, fileActions: &actions, searchPath: !executable.contains("/")) {
        case .success(let started): pid = started
        case .failure(let error): throw Failure(description: "could not start \(executable): \(error)")
        }

        let deadline = ContinuousClock.now + timeout
        var status: Int32 = 0
        while true {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { break }
            if r < 0 && errno != EINTR {
                throw Failure(description: "waitpid \(executable): \(String(cString: strerror(errno)))")
            }
            if ContinuousClock.now > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw Failure(description: "\(executable) \(arguments.joined(separator: " ")) did not finish within \(timeout)")
            }
            usleep(2_000)
        }
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        // Exited normally: the status is in bits 8-15; killed: 128 + signal, as shells report it.
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: code, stdout: out, stderr: err)
    }
}
