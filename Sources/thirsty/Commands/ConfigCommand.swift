import ArgumentParser
import OutreachPolicy
import Shared

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show or check the configuration file.",
        discussion: """
        The file is $XDG_CONFIG_HOME/thirsty/config.toml (or ~/.config/thirsty/config.toml). \
        --print shows every setting at its effective value, as TOML that reads back the same; \
        --check [FILE] validates a file. Errors name the line, column and key, and exit 78.
        """
    )

    @Flag(help: "Print the effective configuration, defaults included, as TOML.")
    var print = false

    @Flag(help: "Check the configuration file (or FILE) and report the first problem.")
    var check = false

    @Argument(help: ArgumentHelp("With --check: the file to check (default: the configuration file).", valueName: "FILE"),
              completion: .file(extensions: ["toml"]))
    var file: String?

    @OptionGroup var configOptions: ConfigOptions

    func validate() throws {
        if print == check { throw ValidationError("give one of --print and --check") }
        if file != nil && !check { throw ValidationError("FILE goes with --check (use --config FILE with --print)") }
        if file != nil && configOptions.configFile != nil { throw ValidationError("give the file once: --check FILE or --config FILE") }
    }

    func run() throws {
        let path = file ?? configOptions.configFile
        let config = try ConfigOptions.load(path: path, required: path != nil)
        if check {
            guard let shown = path ?? ConfigOptions.defaultPath() else {
                Stdout.write("no configuration file (HOME is not set); using the defaults\n")
                return
            }
            Stdout.write(config == nil ? "\(shown.terminalSafe): no such file; using the defaults\n" : "\(shown.terminalSafe): ok\n")
            return
        }
        Stdout.write(ConfigPrinter.toml(config ?? UserConfig(), threshold: Policy().threshold))
    }
}
