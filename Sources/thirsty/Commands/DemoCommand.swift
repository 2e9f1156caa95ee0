import ArgumentParser
import BundledFixtures
import InboxModel
import InboxUI
import ScreenKit
#if canImport(Glibc)
import Glibc
#endif
import Shared

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Play a good or a bad outreach sequence, message by message.",
        discussion: """
        With no NAME, lists the bundled demos. A demo plays on a simulated clock (one day per \
        second, skipping empty weeks) while the policy panel lights up. Keys: Space pause, n/p \
        next/previous event, g/G start/end, +/- speed, r (paused) practise the reply, ? help, q quit.
        Without a terminal, or with --plain, prints the narrated transcript instead.
        """
    )

    @Argument(help: ArgumentHelp("A bundled demo's name, or a fixture file with captions.", valueName: "NAME|FILE"))
    var demo: String?

    @Flag(help: "Print the narrated transcript (day, event, stages, score, caption) instead of playing it.")
    var plain = false

    @Option(help: ArgumentHelp("Keys to replay after the first frame, vim-style: 'nn<Space>q'.", valueName: "KEYS"))
    var keys: String?

    @OptionGroup var policyOptions: PolicyOptions

    func run() throws {
        guard let demo else {
            Stdout.write(try DemoCatalog.listing())
            return
        }
        let replay = try KeyReplay.parse(keys)
        let inbox = try DemoCatalog.load(demo)
        let policy = try policyOptions.policy()
        let interactive = isatty(0) == 1 && isatty(1) == 1
        if plain || !interactive {
            if !plain { Stderr.line("not a terminal, so printing the transcript instead (add --plain to skip this note)") }
            Stdout.write(DemoTranscript.render(inbox, policy: policy))
            return
        }
        let state = AppState(demo: inbox, policy: policy)
        try TerminalSession.run(state, replay: replay, journal: nil)
    }
}

/// The bundled demos, by name, and how a NAME|FILE argument finds one.
enum DemoCatalog {
    static var names: [String] { Bundled.demos.map(\.name) }

    /// A bundled name first; anything else is a file path.
    static func load(_ argument: String) throws -> Inbox {
        if let bundled = Bundled.demos.first(where: { $0.name == argument }) {
            return try decodeBundled(bundled)
        }
        let looksLikeFile = argument.contains("/") || [".yaml", ".yml", ".json"].contains { argument.hasSuffix($0) }
            || access(argument, F_OK) == 0
        guard looksLikeFile else {
            throw UserError(status: Exit.usage, message: "no demo named \"\(argument)\"; try one of: \(names.joined(separator: ", ")) (or a fixture file)")
        }
        return try FixtureInput.load(argument)
    }

    static func decodeBundled(_ demo: (name: String, yaml: [UInt8])) throws -> Inbox {
        do {
            return try FixtureDecoder.decode(demo.yaml, format: .yaml, file: demo.name + ".yaml")
        } catch {
            throw UserError.broken("the bundled demo \(demo.name)", error)
        }
    }

    /// One line per demo: its name and its title.
    static func listing() throws -> String {
        var rows: [(String, String)] = []
        for demo in Bundled.demos {
            let inbox = try decodeBundled(demo)
            rows.append((demo.name, inbox.title ?? ""))
        }
        let nameWidth = rows.map(\.0.count).max() ?? 0
        var out = "Bundled demos (play one with `thirsty demo NAME`; add --plain for a transcript):\n"
        for (name, title) in rows {
            out += "  " + name + String(repeating: " ", count: nameWidth - name.count + 2) + title.terminalSafe + "\n"
        }
        return out
    }
}
