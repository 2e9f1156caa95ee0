import ArgumentParser
import Foundation
import InboxModel
import OutreachPolicy
import Shared

/// `thirsty learn`: teach the learned rule (a thread is thirsty or
/// sincere), list and forget what it was taught, or rebuild the model that
/// ships inside the binary from a labelled corpus.
struct LearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Teach the learned rule, list or forget what it was taught, or rebuild its model.",
        discussion: """
        thirsty learn --thirsty FILE --with ID   the person's messages in FILE are thirsty outreach
        thirsty learn --sincere FILE --with ID   … are sincere
        thirsty learn --list | --forget N | --forget-all
        thirsty learn --rebuild-model Fixtures/corpus -o Sources/OutreachPolicy/Learned/model.tsv

        Teachings are stored in $XDG_DATA_HOME/thirsty/teachings.journal (default \
        ~/.local/share/thirsty/), each written to disk before it is confirmed, and added to the \
        built-in model every time thirsty judges. Rebuilding trains on the people labelled \
        thirsty or sincere in the corpus; folders named `blind` are left out unless --include-blind.
        """
    )

    @Option(name: .customLong("thirsty"), help: ArgumentHelp("Mark a thread in this fixture as thirsty.", valueName: "FILE"))
    var thirstyFile: String?

    @Option(name: .customLong("sincere"), help: ArgumentHelp("Mark a thread in this fixture as sincere.", valueName: "FILE"))
    var sincereFile: String?

    @Option(name: .customLong("with"), help: ArgumentHelp("The person whose messages to the owner are the thread.", valueName: "PERSON_ID"))
    var person: String?

    @Flag(help: "List what the learned rule was taught.")
    var list = false

    @Option(help: ArgumentHelp("Forget the teaching with this number (see --list).", valueName: "N"))
    var forget: Int?

    @Flag(help: "Forget every teaching.")
    var forgetAll = false

    @Option(help: ArgumentHelp("Train the model on the labelled fixtures under this folder.", valueName: "DIR"))
    var rebuildModel: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the rebuilt model (default: standard output).", valueName: "FILE"))
    var output: String?

    @Flag(help: "Train on the blind check sets too (their figures are then no longer honest).")
    var includeBlind = false

    func validate() throws {
        let actions = [thirstyFile != nil, sincereFile != nil, list, forget != nil, forgetAll, rebuildModel != nil].filter { $0 }.count
        guard actions == 1 else {
            throw ValidationError("give one of --thirsty FILE, --sincere FILE, --list, --forget N, --forget-all, --rebuild-model DIR")
        }
        if (thirstyFile != nil || sincereFile != nil) && person == nil { throw ValidationError("say whose thread with --with PERSON_ID") }
        if person != nil && thirstyFile == nil && sincereFile == nil { throw ValidationError("--with goes with --thirsty FILE or --sincere FILE") }
        if output != nil && rebuildModel == nil { throw ValidationError("-o goes with --rebuild-model DIR") }
    }

    func run() throws {
        if let rebuildModel { return try rebuild(rebuildModel) }
        if list { return try listTeachings() }
        if let file = thirstyFile ?? sincereFile, let person {
            return try teach(file: file, person: person, label: thirstyFile != nil ? .thirsty : .sincere)
        }
        if let forget { return try forgetOne(forget) }
        if forgetAll { return try forgetEverything() }
    }

    private func teach(file: String, person: String, label: ThreadLabel) throws {
        let inbox = try FixtureInput.load(file)
        guard let ref = inbox.ref(forPersonID: person), !ref.isOwner else {
            let known = inbox.others.prefix(5).map(\.id).joined(separator: ", ")
            let more = inbox.others.count > 5 ? ", …" : ""
            throw UserError(status: Exit.usage, message: "--with \(person): not someone in \(file) (known: \(known)\(more))")
        }
        let texts = LearnedTrainer.messages(from: ref, in: inbox)
        let name = inbox.person(ref).name
        guard !texts.isEmpty else {
            throw UserError(status: Exit.dataError, message: "\(name) sent no messages in \(file): nothing to learn from")
        }
        let teaching = try record { contents in
            Teaching(
                kind: .teach, id: contents.nextID, label: label, source: file, person: person, name: name, texts: texts,
                at: Timestamp(milliseconds: Int64(Date().timeIntervalSince1970 * 1000)).iso8601)
        }
        Stdout.write(TerminalText.sanitize(
            "Learned #\(teaching.id): \(name) (\(person)) in \(file) is \(label.rawValue), from \(texts.count) message\(texts.count == 1 ? "" : "s").") + "\n")
    }

    private func forgetOne(_ id: Int) throws {
        var forgotten: Teaching?
        _ = try record { contents in
            guard let t = contents.teachings.first(where: { $0.id == id }) else {
                let known = contents.teachings.map { "#\($0.id)" }.joined(separator: ", ")
                throw UserError(status: Exit.usage, message: "no teaching #\(id) to forget (\(known.isEmpty ? "nothing is taught" : "taught: " + known))")
            }
            forgotten = t
            return Teaching(kind: .forget, id: id)
        }
        let name = forgotten.map { "\($0.name) (\($0.person)) in \($0.source)" } ?? ""
        Stdout.write(TerminalText.sanitize("Forgot #\(id): \(name).") + "\n")
    }

    private func forgetEverything() throws {
        var count = 0
        _ = try record { contents in
            count = contents.teachings.count
            return Teaching(kind: .forgetAll, id: 0)
        }
        Stdout.write("Forgot all \(count) teaching\(count == 1 ? "" : "s").\n")
    }

    private func record(_ make: (TeachingLog.Contents) throws -> Teaching) throws -> Teaching {
        do {
            return try TeachingStore.append { contents in
                for warning in contents.warnings { Stderr.line(warning) }
                return try make(contents)
            }
        } catch let error as TeachingStore.Failure {
            throw UserError(status: Exit.cantCreate, message: error.description)
        }
    }

    private func listTeachings() throws {
        let contents: TeachingLog.Contents
        do {
            contents = try TeachingStore.read()
        } catch {
            throw UserError(status: Exit.ioError, message: error.description)
        }
        for warning in contents.warnings { Stderr.line(warning) }
        guard !contents.teachings.isEmpty else {
            Stdout.write("Nothing taught yet (thirsty learn --thirsty|--sincere FILE --with ID).\n")
            return
        }
        var out = ""
        for t in contents.teachings {
            let label = (t.label?.rawValue ?? "?").padding(toLength: 7, withPad: " ", startingAt: 0)
            let line = "#\(t.id)  \(label)  \(t.name) (\(t.person))  \(t.source)  \(t.texts.count) message\(t.texts.count == 1 ? "" : "s")  \(t.at)"
            out += TerminalText.sanitize(line) + "\n"
        }
        Stdout.write(out)
    }

    private func rebuild(_ directory: String) throws {
        var files = try CorpusFiles.list(directory)
        if !includeBlind { files = files.filter { !$0.split(separator: "/").contains("blind") } }
        guard !files.isEmpty else { throw UserError(status: Exit.noInput, message: "no fixtures (.yaml, .yml, .json) found in \(directory)") }
        var examples: [LearnedExample] = []
        for file in files { examples += LearnedTrainer.examples(in: try FixtureInput.load(file)) }
        guard examples.contains(where: { $0.label == .thirsty }) && examples.contains(where: { $0.label == .sincere }) else {
            throw UserError(status: Exit.dataError, message: "\(directory): the model needs threads labelled thirsty and sincere to learn from")
        }
        let counts = LearnedTrainer.counts(examples)
        let text = LearnedModelFile.encode(counts)
        guard let output else { return Stdout.write(text) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw UserError(status: Exit.cantCreate, message: "cannot write \(output): \(error.localizedDescription)")
        }
        Stderr.line("\(counts.thirstyThreads) thirsty and \(counts.sincereThreads) sincere threads from \(files.count) files; \(counts.features.count) features written to \(output)")
    }
}
