import ArgumentParser
import InboxJournal
import InboxModel
import InboxUI
import OutreachPolicy
import Practice
import ScreenKit
import TerminalBackend
#if canImport(Glibc)
import Glibc
#endif
import Shared

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse an inbox in the terminal (the default command).",
        discussion: "Keys: j/k move, Enter opens, 1/2/3 switch views, a/i accept or ignore, r replies, ? lists every key, q quits."
    )

    @Argument(help: "A fixture (YAML or JSON, format v1). Default: the built-in inbox.", completion: .file(extensions: Completions.fixtureExtensions))
    var file: String?

    @Option(help: ArgumentHelp("Keys to replay after the first frame, vim-style: 'jj<Enter>q', '<Tab>', '<C-d>'.", valueName: "KEYS"))
    var keys: String?

    @Flag(help: "Ignore the journal of earlier sessions, and save nothing from this one.")
    var fresh = false

    @OptionGroup var policyOptions: PolicyOptions
    @OptionGroup var configOptions: ConfigOptions

    func run() throws {
        let replay = try KeyReplay.parse(keys)
        let config = try configOptions.load()
        // The second core compiles the built-in rulebook and fingerprints
        // the file for the journal while this one reads the fixture.
        let rulebook = policyOptions.rulesFile == nil ? PolicyOptions.builtInInBackground(learned: !policyOptions.noLearned) : nil
        let file = self.file
        // An export is someone's private inbox: nothing of it is kept.
        let fresh = self.fresh || FixtureInput.isExport(file)
        let fingerprint = fresh ? nil : BackgroundWork { file.flatMap { ContentHash.ofFile(path: $0) } }
        // A large export opens on all but its messages; they follow. A
        // replay of keys gets the whole inbox first, to act on all of it.
        let (inbox, pending) = replay.isEmpty ? try FixtureInput.loadInStages(file) : (try FixtureInput.load(file), nil)
        try TerminalCheck.requireInteractive(alternative: "thirsty check\(file.map { " " + $0 } ?? "")")
        let policy = config.apply(to: try rulebook?.value.get() ?? policyOptions.policy())
        let session = try JournalSession.open(inbox: inbox, file: file, fresh: fresh, knownHash: fingerprint?.value)
        var state = AppState(inbox: session.inbox, policy: policy)
        state.use(keys: config.keys)
        Heap.trim()
        state.restore(drafts: session.drafts, notice: session.notes.first)
        if let pending { state.readLater(pending) }
        let final = try TerminalSession.run(
            state, replay: replay, journal: session, editor: config.editor, teachingSource: fresh ? nil : file ?? "(built-in inbox)")
        for note in session.notes.dropFirst() { Stderr.line(note) }
        if let failure = final.loadFailure { throw UserError(status: Exit.dataError, message: failure) }
        // Everything is saved (the journal syncs each action) and the
        // terminal is restored; freeing a 300,000-message inbox piece by
        // piece would only keep the user waiting at the prompt.
        withExtendedLifetime((state, final)) { Glibc.exit(0) }
    }
}

/// `--keys` parsing shared by the commands that open the UI.
enum KeyReplay {
    static func parse(_ notation: String?) throws -> [Key] {
        guard let notation else { return [] }
        do {
            return try Key.parse(notation)
        } catch {
            throw ValidationError("--keys: \(error)")
        }
    }
}

/// Checks before the UI starts, so a pipe or a dumb terminal gets a clear
/// line instead of a hang or a garbled screen.
enum TerminalCheck {
    static func requireInteractive(alternative: String) throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw UserError(status: Exit.noTerminal, message: "not a terminal; for a report without the UI, run `\(alternative)`")
        }
    }
}

/// Starts the terminal, runs the app loop, and always restores the terminal.
enum TerminalSession {
    /// Returns the final state, for the caller to drop (or not) once the
    /// terminal is restored.
    @discardableResult
    static func run(
        _ state: AppState, replay: [Key], journal: JournalSession?, editor: String = "", teachingSource: String? = nil
    ) throws -> AppState {
        let terminal: NCursesTerminal
        do {
            terminal = try NCursesTerminal()
        } catch {
            throw UserError(status: Exit.noTerminal, message: error.description)
        }
        return run(state, on: terminal, replay: replay, journal: journal, editor: editor, teachingSource: teachingSource)
    }

    /// Runs on a terminal the caller started (to handle an unusable one its own way).
    @discardableResult
    static func run(
        _ state: AppState, on terminal: NCursesTerminal, replay: [Key], journal: JournalSession?, timeScale: Double = 1,
        editor: String = "", teachingSource: String? = nil, progress: PracticeProgress? = nil
    ) -> AppState {
        defer { terminal.stop() }
        var loop = AppLoop(replay: replay)
        loop.timeScale = timeScale
        return loop.run(state, on: terminal) { effect, term in
            try EffectRunner.perform(
                effect, terminal: term, journal: journal, editor: editor, teachingSource: teachingSource, progress: progress)
        }
    }
}
