import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// sysexits(3) statuses for errors a user can cause.
enum Exit {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let software: Int32 = 70
    static let cantCreate: Int32 = 73
    static let ioError: Int32 = 74
    static let tempFail: Int32 = 75
    /// No usable terminal, as other full-screen programs report it.
    static let noTerminal: Int32 = 2
}

/// Prints `thirsty: message` on stderr and ends with `status`.
func fail(_ message: String, status: Int32) -> ExitCode {
    Stderr.write("thirsty: \(message)\n")
    return ExitCode(status)
}

enum Stderr {
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
