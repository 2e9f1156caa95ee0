import Foundation
import ScreenKit
import Shared
#if canImport(Glibc)
import Glibc
#endif

/// `Ctrl-E`: hands the draft to `$VISUAL` or `$EDITOR` (else `vi`) in a temp
/// file, the way mutt and aerc do.
///
/// The editor must run in the terminal's foreground process group: started
/// in a group of its own (as Foundation's `Process` does) a terminal editor
/// is stopped by SIGTTOU/SIGTTIN the moment it touches the tty, and the
/// screen hangs blank. So it is spawned directly, in thirsty's own group,
/// after curses has left the screen. While it runs, thirsty ignores the
/// keyboard's SIGINT and SIGQUIT (they are the editor's to handle) and lets
/// SIGTSTP stop it along with the editor, so Ctrl-Z and `fg` work as in a
/// shell; the editor starts with every signal at its default.
enum ExternalEditor {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// `command`: the configuration's `[editor] command`; "" defers to
    /// $VISUAL, then $EDITOR, then vi.
    static func edit(_ text: String, terminal: any Terminal, command: String = "") throws -> String? {
        let env = ProcessInfo.processInfo.environment
        let editor = [command, env["VISUAL"], env["EDITOR"]].compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "vi"
        let shown = editor.terminalSafe.truncated(toWidth: 40)
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("thirsty-draft-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt")
        do {
            try text.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            throw Failure(description: "could not write a temp file for the editor: \(error.localizedDescription); draft unchanged")
        }
        defer { try? FileManager.default.removeItem(at: url) }

        terminal.suspend()
        let status: Int32
        do {
            defer { terminal.resume() }
            // The editor command may carry arguments ("code -w"); the file is "$1".
            status = try run(["/bin/sh", "-c", editor + " \"$1\"", "thirsty-editor", url.path])
        }
        if status & 0x7f != 0 {
            throw Failure(description: "\(shown) was killed by signal \(status & 0x7f); draft unchanged")
        }
        let code = (status >> 8) & 0xff
        if code == 127 {
            throw Failure(description: "\(shown) not found (set VISUAL or EDITOR); draft unchanged")
        }
        guard code == 0 else {
            throw Failure(description: "\(shown) exited with status \(code); draft unchanged")
        }
        guard let edited = try? String(contentsOf: url, encoding: .utf8) else {
            throw Failure(description: "could not read the edited draft back; draft unchanged")
        }
        return edited.hasSuffix("\n") ? String(edited.dropLast()) : edited
    }

    /// Runs `argv` in this process group with the terminal, waits for it,
    /// and returns its raw wait status.
    private static func run(_ argv: [String]) throws -> Int32 {
        var ignore = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        sigemptyset(&ignore.sa_mask)
        var stopDefault = sigaction()
        stopDefault.__sigaction_handler.sa_handler = nil  // SIG_DFL
        sigemptyset(&stopDefault.sa_mask)
        var savedInt = sigaction(), savedQuit = sigaction(), savedStop = sigaction()
        sigaction(SIGINT, &ignore, &savedInt)
        sigaction(SIGQUIT, &ignore, &savedQuit)
        // Curses' own SIGTSTP handler would repaint its screen over the
        // editor on `fg`; while the editor runs, a stop is a plain stop.
        sigaction(SIGTSTP, &stopDefault, &savedStop)
        defer {
            sigaction(SIGINT, &savedInt, nil)
            sigaction(SIGQUIT, &savedQuit, nil)
            sigaction(SIGTSTP, &savedStop, nil)
        }

        // The editor stays in the foreground process group, with the terminal.
        let pid: pid_t
        switch CleanSpawn.spawn(argv, environment: ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }) {
        case .success(let started): pid = started
        case .failure(let error): throw Failure(description: "could not start the editor: \(error); draft unchanged")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else {
                throw Failure(description: "lost track of the editor: \(String(cString: strerror(errno))); draft unchanged")
            }
        }
        return status
    }
}
