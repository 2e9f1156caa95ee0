import ArgumentParser
import Foundation
import InboxModel
import Shared

/// Where the configuration lives and how a command loads it: `--config
/// FILE`, else `$XDG_CONFIG_HOME/thirsty/config.toml`, else
/// `~/.config/thirsty/config.toml`. A missing default file is no error;
/// a missing `--config FILE` is.
struct ConfigOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: ArgumentHelp("A configuration file (TOML) instead of the default one.", valueName: "FILE"), completion: .file(extensions: ["toml"]))
    var configFile: String?

    static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/thirsty/config.toml" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/thirsty/config.toml"
    }

    /// The configuration to use, its theme applied.
    func load() throws(UserError) -> UserConfig {
        let config = try Self.load(path: configFile, required: configFile != nil) ?? UserConfig()
        config.applyTheme()
        return config
    }

    /// The file at `path` (or the default), or nil when there is none and
    /// none is required.
    static func load(path: String?, required: Bool) throws(UserError) -> UserConfig? {
        guard let path = path ?? defaultPath() else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try FixtureLoader.read(path: path)
        } catch {
            if case .notFound = error {
                guard required else { return nil }
                throw UserError(status: Exit.noInput, message: error.description)
            }
            throw UserError(status: Exit.config, message: error.description)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw UserError(status: Exit.config, message: "\(path): not valid UTF-8")
        }
        do {
            return try ConfigReader(text: text, file: path).read()
        } catch {
            throw UserError(status: Exit.config, message: error.description)
        }
    }
}
