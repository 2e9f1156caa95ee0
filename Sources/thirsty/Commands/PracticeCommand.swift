import ArgumentParser
import BundledFixtures
import Foundation
import InboxModel
import InboxUI
import OutreachPolicy
import Practice
import ScreenKit
import Shared
import TerminalBackend

/// `thirsty practice`: guided exercises scored by the coach, line by line,
/// in a terminal or from a pipe or an answers file.
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Practise replies: exercises set in an inbox, scored by the coach.",
        discussion: """
        With no argument, runs every bundled exercise; EXERCISE is a bundled exercise's name, \
        an exercise file, or a folder of them. In a terminal, the practice screen: write the answer \
        with the coach live, C-d submits, then the verdict beside the strong answer (r retries, n \
        next, q ends with the summary); results are saved to your progress (--progress shows them). \
        From a pipe or --answers FILE, answers are separated by lines holding only ---. The session \
        ends with each rule's pass rate.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(
        help: "A bundled exercise's name, an exercise file (YAML), or a folder of them. Default: every bundled exercise.",
        completion: .custom(Completions.exerciseNames)
    )
    var exercise: String?

    @Option(help: ArgumentHelp("Answers, one per exercise, separated by lines holding only ---.", valueName: "FILE"), completion: .file())
    var answers: String?

    @Flag(help: "List the exercises and exit.")
    var list = false

    @Flag(help: "Show your saved practice results (per rule, per check, per exercise) and exit.")
    var progress = false

    @Flag(help: "Save results to your progress when answers come from a pipe or --answers (a terminal session always saves).")
    var save = false

    @Option(help: "Output format: text or json (every attempt and the summary).")
    var format: Format = .text

    @OptionGroup var policyOptions: PolicyOptions
    @OptionGroup var configOptions: ConfigOptions

    func run() throws {
        let store = PracticeProgress(path: PracticeProgress.defaultPath(environment: ProcessInfo.processInfo.environment))
        if progress {
            let loaded: (results: [PracticeResult], warnings: [String])
            do {
                loaded = try store.load()
            } catch {
                throw UserError(status: Exit.ioError, message: error.description)
            }
            for w in loaded.warnings { Stderr.line(TerminalText.sanitize(w)) }
            Stdout.write(ProgressText.render(loaded.results))
            return
        }
        let config = try configOptions.load()
        let policy = config.apply(to: try policyOptions.policy())
        let loaded = try ExerciseSource.load(exercise)
        if list {
            var out = ""
            for (e, _) in loaded {
                out += "\(e.name.padded(toWidth: 34)) \(e.kind.rawValue.padded(toWidth: 15)) \(TerminalText.sanitize(e.title))\n"
            }
            Stdout.write(out)
            return
        }
        let scenes = try loaded.map { e, file in try ExerciseSource.scene(for: e, file: file) }

        var input: AnswerInput
        if let answers {
            input = .scripted(try AnswerInput.split(AnswerInput.read(answers)))
        } else if isatty(0) == 1 {
            if format == .text, isatty(1) == 1, var state = AppState(practice: scenes, policy: policy, savesProgress: true) {
                if let terminal = try screen() {
                    state.use(keys: config.keys)
                    TerminalSession.run(state, on: terminal, replay: [], journal: nil, editor: config.editor, progress: store)
                    return
                }
            }
            input = .terminal
        } else {
            var lines: [String] = []
            while let line = readLine(strippingNewline: false) { lines.append(line) }
            input = .scripted(AnswerInput.split(lines.joined()))
        }
        let saving: PracticeProgress? = save || input == .terminal ? store : nil

        var summary = PracticeSummary()
        let text = format == .text
        for (i, scene) in scenes.enumerated() {
            if text { Stdout.write((i == 0 ? "" : "\n") + PracticeText.intro(scene, number: i + 1, of: scenes.count)) }
            guard let answer = input.next(echo: text) else { break }
            guard !answer.isEmpty else {
                if text { Stdout.write("(skipped)\n") }
                continue
            }
            let attempt = scene.attempt(answer, policy: policy)
            summary.add(attempt)
            if text { Stdout.write(PracticeText.feedback(attempt)) }
            if let saving, let verdict = attempt.verdict {
                var result = PracticeResult(at: scene.at, exercise: scene.exercise.name, verdict: verdict)
                result.at = Timestamp(milliseconds: Int64(Date().timeIntervalSince1970 * 1000))
                do {
                    try saving.save(result)
                    if text { Stdout.write("Saved to your progress.\n") }
                } catch {
                    Stderr.line("not saved to your progress: \(error)")
                }
            }
        }
        switch format {
        case .text: Stdout.write("\n" + PracticeText.summary(summary))
        case .json: Stdout.write(PracticeJSON.render(summary, scenes: scenes) + "\n")
        }
    }

    /// The full-screen terminal, or nil when this terminal can't show one
    /// (the session then runs line by line).
    private func screen() throws -> NCursesTerminal? {
        do {
            return try NCursesTerminal()
        } catch {
            switch error {
            case .notATerminal, .unsupportedTerminal:
                Stderr.line("\(error); practising line by line instead")
                return nil
            case .startFailed, .inputClosed:
                throw UserError(status: Exit.noTerminal, message: error.description)
            }
        }
    }
}

/// Where exercises come from: the bundle, a file, or a folder.
enum ExerciseSource {
    /// Each exercise with the file it came from (nil when bundled), or a
    /// one-line error: 66 for a missing file, 65 for a bad one.
    static func load(_ argument: String?) throws -> [(Exercise, String?)] {
        guard let argument else {
            return try Bundled.exercises.map { try (decode($0.yaml, name: $0.name, file: "exercises/\($0.name).yaml"), nil) }
        }
        if let bundled = Bundled.exercises.first(where: { $0.name == argument }) {
            return [(try decode(bundled.yaml, name: bundled.name, file: "exercises/\(bundled.name).yaml"), nil)]
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
            if let near = DidYouMean.closest(to: argument, in: Bundled.exercises.map(\.name)) {
                throw UserError(status: Exit.noInput, message: "\(argument): no such file or bundled exercise; did you mean \(near)? (try --list)")
            }
            let names = Bundled.exercises.prefix(4).map(\.name).joined(separator: ", ")
            throw UserError(status: Exit.noInput, message: "\(argument): no such file or bundled exercise (try --list; e.g. \(names))")
        }
        let files: [String]
        if isDirectory.boolValue {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
            files = entries.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { argument + "/" + $0 }
            guard !files.isEmpty else { throw UserError(status: Exit.noInput, message: "\(argument): no .yaml exercises in this folder") }
        } else {
            files = [argument]
        }
        return try files.map { path in
            let bytes: [UInt8]
            do {
                bytes = try FixtureLoader.read(path: path)
            } catch {
                throw UserError(status: Exit.noInput, message: String(describing: error))
            }
            return (try decode(bytes, name: baseName(path), file: path), path)
        }
    }

    static func decode(_ bytes: [UInt8], name: String, file: String) throws -> Exercise {
        do {
            return try ExerciseDecoder.decode(bytes, name: name, file: file)
        } catch {
            throw UserError(status: Exit.dataError, message: error.description)
        }
    }

    /// Loads the exercise's inbox and checks the person can be written to.
    static func scene(for exercise: Exercise, file: String?) throws -> PracticeScene {
        let label = file ?? "exercises/\(exercise.name).yaml"
        let inbox: Inbox
        switch exercise.scene {
        case .builtin:
            inbox = try FixtureInput.builtin()
        case .bundled(let name):
            guard let yaml = (Bundled.exerciseScenes + Bundled.demos).first(where: { $0.name == name })?.yaml else {
                let known = (["builtin"] + Bundled.exerciseScenes.map(\.name) + Bundled.demos.map(\.name)).joined(separator: ", ")
                throw UserError(status: Exit.dataError, message: "\(label): scene: no bundled inbox named \"\(name)\" (known: \(known))")
            }
            do {
                inbox = try FixtureDecoder.decode(yaml, format: .yaml, file: name + ".yaml")
            } catch {
                throw UserError.broken("the bundled scene \(name)", error)
            }
        case .file(let path):
            guard let file else {
                throw UserError(status: Exit.software, message: "\(label): scene: a bundled exercise can only use bundled scenes")
            }
            let resolved = path.hasPrefix("/") ? path : directory(of: file) + "/" + path
            do {
                inbox = try FixtureLoader.load(path: resolved)
            } catch {
                switch error {
                case .invalid: throw UserError(status: Exit.dataError, message: error.description)
                default: throw UserError(status: Exit.dataError, message: "\(label): scene: \(error.description)")
                }
            }
        }
        do {
            return try PracticeScene(exercise: exercise, scene: inbox, file: label)
        } catch {
            throw UserError(status: Exit.dataError, message: error.description)
        }
    }

    static func baseName(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        for ext in [".yaml", ".yml"] where last.hasSuffix(ext) { return String(last.dropLast(ext.count)) }
        return last
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

/// Where answers come from.
enum AnswerInput: Equatable {
    /// Typed at a prompt: lines until an empty one.
    case terminal
    /// Read up front, one per exercise in order.
    case scripted([String])

    /// The next answer ("" to skip), or nil when input has ended.
    mutating func next(echo: Bool) -> String? {
        switch self {
        case .terminal:
            Stdout.write("\nYour answer (finish with an empty line; empty skips; Ctrl-D quits):\n> ")
            var lines: [String] = []
            var ended = false
            while true {
                guard let line = readLine() else {
                    ended = true
                    break
                }
                if line.isEmpty { break }
                lines.append(line)
                Stdout.write("> ")
            }
            if lines.isEmpty && ended { return nil }
            return lines.joined(separator: "\n").trimmed
        case .scripted(var rest):
            guard !rest.isEmpty else { return nil }
            let answer = rest.removeFirst()
            self = .scripted(rest)
            if echo && !answer.isEmpty {
                Stdout.write("\nYour answer:\n" + PracticeText.wrap(answer, indent: "  ") + "\n")
            }
            return answer
        }
    }

    static func read(_ path: String) throws -> String {
        let bytes: [UInt8]
        do {
            bytes = try FixtureLoader.read(path: path)
        } catch {
            throw UserError(status: Exit.noInput, message: error.description)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw UserError(status: Exit.dataError, message: "\(path): not valid UTF-8")
        }
        return text
    }

    /// Answers separated by lines holding only `---`, each trimmed.
    static func split(_ text: String) -> [String] {
        var answers: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let l = line.hasSuffix("\r") ? line.dropLast() : line
            if l.trimmingCharacters(in: .whitespaces) == "---" {
                answers.append(current.joined(separator: "\n").trimmed)
                current = []
            } else {
                current.append(l)
            }
        }
        let last = current.joined(separator: "\n").trimmed
        if !last.isEmpty { answers.append(last) }
        return answers
    }
}

/// Every attempt and the summary, for scripts.
enum PracticeJSON {
    static func render(_ s: PracticeSummary, scenes: [PracticeScene]) -> String {
        var out = "{\"attempts\": ["
        out += s.attempts.map { a in
            let scene = scenes.first { $0.exercise.name == a.exercise.name }
            var o = "{\"exercise\": \(JSONWriter.quoted(a.exercise.name)), \"kind\": \(JSONWriter.quoted(a.exercise.kind.rawValue))"
            o += ", \"answer\": \(JSONWriter.quoted(a.answer)), \"coach\": "
            o += scene.flatMap { a.feedback.report?.json(inbox: $0.inbox) } ?? "null"
            return o + "}"
        }.joined(separator: ", ")
        out += "], \"summary\": {\"attempts\": \(s.attempts.count), \"clean\": \(s.clean), \"flagged\": \(s.flagged), \"rules\": {"
        out += ArticleRule.allCases.map { rule in
            let t = s.tally(for: rule)
            return "\(JSONWriter.quoted(rule.rawValue)): {\"pass\": \(t.pass), \"warn\": \(t.warn), \"fail\": \(t.fail), \"pass_rate\": \(fixed(t.passRate, digits: 2))}"
        }.joined(separator: ", ")
        return out + "}}}"
    }
}

private extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
