import ArgumentParser

@main
struct Thirsty: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thirsty",
        abstract: "A terminal inbox simulator that spots thirsty LinkedIn outreach.",
        discussion: """
        `thirsty` opens the inbox browser on the built-in inbox; `thirsty FILE` on a fixture.
        `thirsty demo` lists the demos: good and bad outreach sequences played message by message.
        """,
        version: thirstyVersion,
        subcommands: [BrowseCommand.self, CheckCommand.self, EvalCommand.self, HistoryCommand.self, GenerateCommand.self, BenchCommand.self, DemoCommand.self, CoachCommand.self, PracticeCommand.self, ConfigCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}
