import ArgumentParser

@main
struct Thirsty: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thirsty",
        abstract: "A terminal inbox simulator that spots thirsty LinkedIn outreach.",
        discussion: """
        `thirsty` opens the inbox browser on the built-in inbox; `thirsty FILE` on a fixture.
        """,
        subcommands: [BrowseCommand.self, CheckCommand.self, EvalCommand.self, HistoryCommand.self, GenerateCommand.self, CoachCommand.self, PracticeCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}
