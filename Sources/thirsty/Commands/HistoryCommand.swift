import ArgumentParser
import InboxJournal
import InboxModel
import OutreachPolicy
import ScreenKit
import Shared

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the actions saved in an inbox's journal (accepts, ignores, sent replies, drafts, undos)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The fixture whose journal to list. Default: the built-in inbox.", completion: .file(extensions: Completions.fixtureExtensions))
    var file: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let source = try JournalSession.Source.of(file: file)
        let contents: JournalContents
        do {
            contents = try Journal.read(source: source.name, contentHash: source.contentHash, directory: JournalSession.directory)
        } catch {
            throw UserError(status: Exit.ioError, message: error.description)
        }
        for warning in contents.warnings { Stderr.line(warning) }
        switch format {
        case .json:
            var w = JSONWriter()
            w.beginObject()
            w.beginArray("actions")
            for r in contents.records {
                w.beginObject()
                w.field("type", r.kind.rawValue)
                w.field("at", r.at.iso8601)
                w.field("person", r.person)
                w.field("text", r.text)
                if let undoes = r.undoes { w.field("undoes", undoes.rawValue) }
                w.endObject()
            }
            w.endArray()
            w.endObject()
            Stdout.write(w.text + "\n")
        case .text:
            if contents.records.isEmpty {
                Stdout.write("No saved actions for \(TerminalText.sanitize(file ?? FixtureInput.builtinName)).\n")
                return
            }
            var out = ""
            for r in contents.records {
                var line = "\(r.at.iso8601)  \(r.kind.rawValue.padded(toWidth: 7))  \(r.person)"
                if let undoes = r.undoes { line += "  (takes back the \(undoes.rawValue))" }
                if !r.text.isEmpty { line += "  “\(r.text)”" }
                out += TerminalText.sanitize(line) + "\n"
            }
            Stdout.write(out)
        }
    }
}
