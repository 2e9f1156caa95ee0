import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import Shared

/// The program's version, as `thirsty --version` prints it.
let thirstyVersion = "0.1.0"

extension Thirsty {
    /// The one place errors are printed. Commands throw `UserError` (or
    /// argument errors through ArgumentParser); whatever they quote from a
    /// file or the command line leaves here escaped and capped in bytes
    /// (`TerminalText.errorLine`), with the documented sysexits status.
    static func main() {
        CrashReports.preferNonInteractive()
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            if let unknown = unknownCommand(arguments) { throw unknown }
            var command = try parseAsRoot(arguments)
            do {
                try command.run()
            } catch let error as ValidationError {
                // Thrown by a command's own checks: show that command's usage,
                // not the top-level one ArgumentParser would.
                throw UsageError(message: error.message, command: type(of: command))
            }
        } catch let error as UserError {
            Stderr.line(error.message)
            Glibc.exit(error.status)
        } catch let error as UsageError {
            let name = error.command.configuration.commandName.map { "thirsty " + $0 } ?? "thirsty"
            printLines("Error: \(error.message)\nUsage: \(usageString(for: error.command))\n  See '\(name) --help' for more information.")
            Glibc.exit(Exit.usage)
        } catch {
            let code = exitCode(for: error)
            let text = fullMessage(for: error)
            if code == .success {
                // --help and --version: the program's own text, to stdout.
                if !text.isEmpty { Stdout.write(text + "\n") }
                Glibc.exit(0)
            }
            // Usage errors quote the command line, which may hold anything.
            if !text.isEmpty { printLines(text) }
            Glibc.exit(code.rawValue)
        }
        Glibc.exit(0)
    }

    /// `thirsty chek FILE`: the first word is neither a command, an option
    /// nor an existing file, but close to a command's name. Without this it
    /// would be taken for the default command's file and fail as that.
    static func unknownCommand(_ arguments: [String]) -> UserError? {
        guard let first = arguments.first, !first.hasPrefix("-"), access(first, F_OK) != 0 else { return nil }
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        guard !names.contains(first), let near = DidYouMean.closest(to: first, in: names) else { return nil }
        return UserError(status: Exit.usage, message: "unknown command \"\(TerminalText.excerpt(first))\"; did you mean \(near)? (see 'thirsty --help')")
    }

    /// ArgumentParser's multi-line messages, each line made inert and capped.
    private static func printLines(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.errorLine(String($0)) }
        Stderr.write(lines.joined(separator: "\n") + "\n")
    }
}

/// A command's own validation failing after parsing (`ValidationError`
/// thrown from `run`), kept with the command so its usage can be shown.
private struct UsageError: Error {
    var message: String
    var command: ParsableCommand.Type
}
