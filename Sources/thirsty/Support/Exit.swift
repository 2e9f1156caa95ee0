#if canImport(Glibc)
import Glibc
#endif
import Shared

/// sysexits(3) statuses for errors a user can cause.
enum Exit {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let software: Int32 = 70
    static let cantCreate: Int32 = 73
    static let ioError: Int32 = 74
    static let tempFail: Int32 = 75
    /// A configuration file that does not read (EX_CONFIG).
    static let config: Int32 = 78
    /// No usable terminal, as other full-screen programs report it.
    static let noTerminal: Int32 = 2
}

/// An error the user can cause, or a part of the program shipped inside the
/// binary that does not load: it ends the run with one line on stderr and
/// a sysexits status. Commands throw it; `Thirsty.main` alone prints it
/// (`Stderr.line`), so the message may quote untrusted text as it is.
struct UserError: Error, CustomStringConvertible {
    var status: Int32
    var message: String

    init(status: Int32, message: String) {
        self.status = status
        self.message = message
    }

    /// A bundled file (the rulebook, the built-in inbox, a demo, a scene)
    /// that does not load: a broken build, reported like any other error.
    static func broken(_ what: String, _ error: some Error) -> UserError {
        UserError(status: Exit.software, message: "\(what) is broken: \(error)")
    }

    var description: String { message }
}

enum Stderr {
    /// `thirsty: message` as one inert line: every unsafe character
    /// escaped, capped in bytes (`TerminalText.errorLine`). Every error and
    /// note the program prints on stderr goes through here.
    static func line(_ message: String) {
        write("thirsty: " + TerminalText.errorLine(message) + "\n")
    }

    static func write(_ text: String) {
        var s = text
        s.withUTF8 { buf in _ = Glibc.write(2, buf.baseAddress, buf.count) }
    }
}

enum Stdout {
    /// Writes all of `text`, retrying short writes; large reports go out in one call.
    static func write(_ text: String) {
        var s = text
        s.withUTF8 { buf in
            var offset = 0
            while offset < buf.count {
                let n = Glibc.write(1, buf.baseAddress.map { $0 + offset }, buf.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += n
            }
        }
    }
}
