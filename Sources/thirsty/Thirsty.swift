import ArgumentParser

@main
struct Thirsty: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thirsty",
        abstract: "A terminal inbox simulator that spots thirsty LinkedIn outreach.",
        discussion: """
        `thirsty` opens the inbox browser on the built-in inbox; `thirsty FILE` on a fixture,
        or on your LinkedIn data export (the ZIP, or its folder): it is only read.
        `thirsty demo` lists the demos: good and bad outreach sequences played message by message.
        """,
        version: thirstyVersion,
        subcommands: [BrowseCommand.self, CheckCommand.self, ImportCommand.self, EvalCommand.self, HistoryCommand.self, GenerateCommand.self, BenchCommand.self, DemoCommand.self, CoachCommand.self, PracticeCommand.self, LearnCommand.self, ConfigCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}
