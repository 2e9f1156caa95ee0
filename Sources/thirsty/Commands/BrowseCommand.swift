import ArgumentParser

struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse an inbox in the terminal (the default command)."
    )

    @Argument(help: "A fixture (YAML or JSON, format v1). Default: the built-in inbox.")
    var file: String?

    func run() throws {
        _ = try FixtureInput.load(file)
        throw fail("the inbox browser is not available yet; use `thirsty check`", status: Exit.noTerminal)
    }
}
