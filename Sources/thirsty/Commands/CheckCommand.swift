import ArgumentParser
import InboxModel
import OutreachPolicy

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load a fixture and print the inbox summary and the policy's verdicts."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(
        help: "A fixture (YAML or JSON, format v1), or a LinkedIn data export (ZIP or folder). Default: the built-in inbox.",
        completion: .file(extensions: Completions.fixtureExtensions))
    var file: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Fold the event log at this time instead of the fixture's now (ISO 8601).")
    var at: String?

    @Flag(help: "Judge your own outreach instead: every thread where you wrote first, as the person you wrote to sees it.")
    var mine = false

    @OptionGroup var policyOptions: PolicyOptions

    func run() throws {
        let time = try FixtureInput.time(at)
        let inbox = try FixtureInput.load(file)
        let state = inbox.state(at: time)
        if mine {
            let report = MineReport(inbox: inbox, state: state, policy: try policyOptions.policy())
            switch format {
            case .text: Stdout.write(report.text)
            case .json: Stdout.write(report.json + "\n")
            }
            return
        }
        let report = CheckReport(inbox: inbox, state: state, policy: try policyOptions.policy())
        switch format {
        case .text: Stdout.write(report.text)
        case .json: Stdout.write(report.json + "\n")
        }
    }
}
