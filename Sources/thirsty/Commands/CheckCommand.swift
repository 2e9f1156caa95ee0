import ArgumentParser
import InboxModel

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load a fixture and print the inbox summary and the policy's verdicts."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "A fixture (YAML or JSON, format v1). Default: the built-in inbox.")
    var file: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Fold the event log at this time instead of the fixture's now (ISO 8601).")
    var at: String?

    func run() throws {
        let time = try FixtureInput.time(at)
        let inbox = try FixtureInput.load(file)
        let state = inbox.state(at: time)
        let summary = InboxSummary(inbox: inbox, state: state)
        switch format {
        case .text: Stdout.write(summary.text)
        case .json: Stdout.write(summary.json + "\n")
        }
    }
}
