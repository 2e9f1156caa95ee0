import ArgumentParser
import BundledFixtures
import InboxModel
import InboxUI
import OutreachPolicy
import ScreenKit
import TerminalBackend
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
        --present is for an audience: a title card, large centred captions and an end card (t and e \
        show them again); --speed, --start-at and --pause-at-captions set how it plays.
        Without a usable terminal (none, TERM=dumb or unknown), or with --plain or --format, prints \
        the narrated transcript instead. --record writes the demo as an asciicast v2 recording \
        (for asciinema's player and tools) without needing a terminal.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown }

    @Argument(
        help: ArgumentHelp("A bundled demo's name, or a fixture file with captions.", valueName: "NAME|FILE"),
        completion: .custom(Completions.demoNames)
    )
    var demo: String?

    @Flag(help: "Print the narrated transcript (day, event, stages, score, caption) instead of playing it.")
    var plain = false

    @Option(help: "Print the transcript instead of playing: text (as --plain) or markdown (for notes and slides).")
    var format: Format?

    @Option(help: ArgumentHelp("Write the demo as an asciicast v2 recording to FILE instead of playing it.", valueName: "FILE"), completion: .file(extensions: ["cast"]))
    var record: String?

    @Option(help: ArgumentHelp("The recording's terminal size.", valueName: "COLSxROWS"))
    var size: String = "80x24"

    @Flag(help: "Presenter mode: a title card, large centred captions, and an end card that sums up.")
    var present = false

    // `.unconditional` takes "-1" as the value, so a negative speed gets
    // its own message rather than "missing value".
    @Option(parsing: .unconditional, help: ArgumentHelp("Simulated days per real second to start at (more than 0, at most 365).", valueName: "DAYS"))
    var speed: Double?

    @Option(name: .customLong("start-at"), parsing: .unconditional, help: ArgumentHelp("Start at the first event of day DAY (day 1 is when the story starts).", valueName: "DAY"))
    var startAt: Int?

    @Flag(name: .customLong("pause-at-captions"), help: "Stop at every captioned event until Space.")
    var pauseAtCaptions = false

    @Option(help: ArgumentHelp("Keys to replay after the first frame, vim-style: 'nn<Space>q'.", valueName: "KEYS"))
    var keys: String?

    /// For tests: 0 holds the clock while it shows as playing (only keys
    /// move it), 100 plays a demo in a moment; either way no test waits for
    /// a moment that a slow machine might miss.
    @Option(name: .customLong("time-scale"), help: .hidden)
    var timeScale: Double = 1

    @OptionGroup var policyOptions: PolicyOptions
    @OptionGroup var configOptions: ConfigOptions

    func validate() throws {
        guard timeScale.isFinite, timeScale >= 0 else {
            throw ValidationError("--time-scale must be a number of 0 or more")
        }
        if record != nil && (plain || format != nil) {
            throw ValidationError("--record writes a recording; leave out --plain and --format")
        }
        _ = try recordingSize()
    }

    /// The presenter's options, each wrong value one line and status 64.
    private func checkPlayingOptions() throws {
        func usage(_ message: String) -> UserError { UserError(status: Exit.usage, message: message) }
        if let speed, !(speed.isFinite && speed > 0 && speed <= 365) {
            throw usage("--speed \(speed): expected simulated days per second, more than 0 and at most 365 (such as 0.5 or 2)")
        }
        if let startAt, startAt < 1 {
            throw usage("--start-at \(startAt): expected a day of the story, 1 or later")
        }
        let playing = [(present, "--present"), (speed != nil, "--speed"), (startAt != nil, "--start-at"), (pauseAtCaptions, "--pause-at-captions")]
        if let option = playing.first(where: \.0)?.1, record != nil || plain || format != nil {
            throw usage("\(option) is for playing on a terminal; leave out --record, --plain and --format")
        }
    }

    func run() throws {
        try checkPlayingOptions()
        guard let demo else {
            Stdout.write(try DemoCatalog.listing())
            return
        }
        let replay = try KeyReplay.parse(keys)
        let config = try configOptions.load()
        let inbox = try DemoCatalog.load(demo)
        let options = DemoOptions(presenting: present, pausesAtCaptions: pauseAtCaptions, startDay: startAt.map(Int64.init))
        if let startAt {
            let last = DemoState(inbox: inbox).lastDay
            guard startAt <= last else {
                throw UserError(status: Exit.usage, message: "--start-at \(startAt): this demo ends on day \(last) (choose 1-\(last))")
            }
        }
        // A demo is a scripted lesson in the article's rules: it plays the
        // same on every machine, whatever the user taught the learned rule.
        var policy = config.apply(to: try policyOptions.policy())
        policy.learned = nil
        if let record {
            let (width, height) = try recordingSize()
            let cast = DemoRecording.asciicast(inbox, policy: policy, width: width, height: height)
            guard FileBytes.write(record, Array(cast.utf8), sync: false, mode: 0o644) else {
                throw UserError(status: Exit.cantCreate, message: "cannot write \(record): \(String(cString: strerror(errno)))")
            }
            return
        }
        if plain || format != nil {
            Stdout.write(transcript(inbox, policy: policy))
            return
        }
        let terminal: NCursesTerminal
        do {
            terminal = try NCursesTerminal()
        } catch {
            // A demo still has something to show without a full-screen terminal.
            switch error {
            case .notATerminal, .unsupportedTerminal:
                let reason = if case .unsupportedTerminal(let detail) = error { detail } else { "not a terminal" }
                Stderr.line("\(reason); printing the transcript instead (--plain skips this note)")
                Stdout.write(transcript(inbox, policy: policy))
                return
            case .startFailed, .inputClosed:
                throw UserError(status: Exit.noTerminal, message: error.description)
            }
        }
        var state = AppState(demo: inbox, policy: policy, rate: speed.map { $0 * 86_400 } ?? config.demoRate, options: options)
        state.use(keys: config.keys)
        TerminalSession.run(state, on: terminal, replay: replay, journal: nil, timeScale: timeScale, editor: config.editor)
    }

    private func transcript(_ inbox: Inbox, policy: Policy) -> String {
        format == .markdown ? DemoMarkdown.render(inbox, policy: policy) : DemoTranscript.render(inbox, policy: policy)
    }

    /// `--size 100x30`, within what a player can show.
    private func recordingSize() throws -> (Int, Int) {
        let parts = size.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              (20...1000).contains(width), (5...500).contains(height) else {
            throw ValidationError("--size \(size): expected COLSxROWS such as 80x24 (20-1000 columns, 5-500 rows)")
        }
        return (width, height)
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
            let hint = DidYouMean.closest(to: argument, in: names).map { "did you mean \($0)?" } ?? "try one of: \(names.joined(separator: ", "))"
            throw UserError(status: Exit.usage, message: "no demo named \"\(argument)\"; \(hint) (`thirsty demo` lists them; or give a fixture file)")
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
