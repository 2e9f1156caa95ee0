import InboxUI
import ScreenKit
import Shared
import TOMLKit

/// Reads `config.toml` into a `UserConfig`. The first problem ends the
/// read as a `ConfigError` placed at its line and column when the file
/// shows where it is.
struct ConfigReader {
    let text: String
    let file: String

    static let sections = ["keys", "colors", "policy", "demo", "editor"]
    static let settings: [String: [String]] = ["policy": ["threshold"], "demo": ["speed"], "editor": ["command"]]

    func read() throws(ConfigError) -> UserConfig {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(file: file, line: error.source.begin.line, column: error.source.begin.column,
                              path: nil, message: "not valid TOML: \(error.description)")
        } catch {
            throw ConfigError(file: file, line: nil, column: nil, path: nil, message: "not valid TOML: \(error)")
        }
        var config = UserConfig()
        for section in root.keys.sorted() {
            guard Self.sections.contains(section) else {
                throw fail([section], .unknown("section", section, among: Self.sections))
            }
            guard let table = root[section]?.table else {
                throw fail([section], ConfigProblem("expected a table ([\(section)]), found \(typeName(root[section]))"))
            }
            switch section {
            case "keys": try readKeys(table, into: &config)
            case "colors": try readColors(table, into: &config)
            default: try readSettings(section, table, into: &config)
            }
        }
        return config
    }

    private func readSettings(_ section: String, _ table: TOMLTable, into config: inout UserConfig) throws(ConfigError) {
        let known = Self.settings[section] ?? []
        for key in table.keys.sorted() {
            let path = [section, key]
            guard known.contains(key) else { throw fail(path, .unknown("key", key, among: known)) }
            let value = table[key]
            switch (section, key) {
            case ("policy", "threshold"):
                config.threshold = try number(value, path, in: UserConfig.thresholds, what: "a score")
            case ("demo", "speed"):
                config.demoSpeed = try number(value, path, in: UserConfig.speeds, what: "days per second")
            default:
                guard let s = value?.string else { throw fail(path, ConfigProblem("expected a string, found \(typeName(value))")) }
                config.editor = s
            }
        }
    }

    private func number(_ value: (any TOMLValueConvertible)?, _ path: [String], in range: ClosedRange<Double>, what: String) throws(ConfigError) -> Double {
        let n: Double
        if value?.type == .int, let i = value?.int { n = Double(i) } else if value?.type == .double, let d = value?.double { n = d } else {
            throw fail(path, ConfigProblem("expected a number, found \(typeName(value))"))
        }
        guard n.isFinite, range.contains(n) else {
            throw fail(path, ConfigProblem("\(n) is out of range: \(what) from \(range.lowerBound) to \(range.upperBound)"))
        }
        return n
    }

    private func readColors(_ table: TOMLTable, into config: inout UserConfig) throws(ConfigError) {
        let roles = ThemeRole.allCases.map(\.rawValue)
        for key in table.keys.sorted() {
            let path = ["colors", key]
            guard let role = ThemeRole(rawValue: key) else { throw fail(path, .unknown("colour role", key, among: roles)) }
            guard let words = table[key]?.string else {
                throw fail(path, ConfigProblem("expected a string such as \"bold yellow on blue\", found \(typeName(table[key]))"))
            }
            switch StyleWords.parse(words) {
            case .success(let style): config.styles[role] = style
            case .failure(let problem): throw fail(path, problem)
            }
        }
    }

    private func readKeys(_ table: TOMLTable, into config: inout UserConfig) throws(ConfigError) {
        let contexts = KeyContext.allCases.map(\.rawValue)
        for name in table.keys.sorted() {
            guard let context = KeyContext(rawValue: name) else {
                throw fail(["keys", name], .unknown("key context", name, among: contexts))
            }
            guard let bindings = table[name]?.table else {
                throw fail(["keys", name], ConfigProblem("expected a table ([keys.\(name)]), found \(typeName(table[name]))"))
            }
            // Keys for one command join its standard keys; each key leaves
            // whatever it ran before in this context.
            var unbound: [Key] = []
            var added: [(Command, [Key])] = []
            for keyName in bindings.keys.sorted() {
                let path = ["keys", name, keyName]
                guard let key = KeyName.parse(keyName) else {
                    throw fail(path, .unknown("key name", keyName, among: KeyName.examples))
                }
                guard let line = bindings[keyName]?.string else {
                    throw fail(path, ConfigProblem("expected a command such as \"select +1\" (or \"\" to unbind), found \(typeName(bindings[keyName]))"))
                }
                let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                guard let commandName = words.first else { unbound.append(key); continue }
                guard let action = ConfigCommands.all[commandName] else {
                    throw fail(path, .unknown("command", commandName, among: ConfigCommands.all.keys.sorted()))
                }
                let args = Array(words.dropFirst())
                if let why = action.check(args) { throw fail(path, ConfigProblem(why)) }
                let command = Command(action, args: args)
                if let i = added.firstIndex(where: { $0.0 == command }) { added[i].1.append(key) } else { added.append((command, [key])) }
            }
            // Rebinding before unbinding keeps a command's help and hints
            // when the user moves it off all its standard keys.
            var keys = config.keys
            for (command, newKeys) in added {
                let rebound = added.flatMap(\.1)
                let kept = keys.bindings(in: context).filter { $0.command == command }.flatMap(\.keys)
                    .filter { !rebound.contains($0) || newKeys.contains($0) }
                let all = kept + newKeys.filter { !kept.contains($0) }
                keys = keys.rebinding(all, to: command, in: context)
            }
            config.keys = keys.unbinding(unbound, in: context)
        }
    }

    private func typeName(_ value: (any TOMLValueConvertible)?) -> String {
        guard let value else { return "nothing" }
        switch value.type {
        case .string: return "a string"
        case .int, .double: return "a number"
        case .bool: return "true/false"
        case .table: return "a table"
        case .array: return "an array"
        default: return "a date or time"
        }
    }

    private func fail(_ path: [String], _ problem: ConfigProblem) -> ConfigError {
        let place = ConfigLocator(text: text).locate(path)
        return ConfigError(file: file, line: place?.line, column: place?.column, path: path, message: problem.message)
    }
}

/// Key names as the configuration writes them: one character, or a name
/// as help shows it ("Enter", "C-n", "PgDn", "F1", "Space").
enum KeyName {
    static let examples = ["Enter", "Esc", "Tab", "S-Tab", "Up", "Down", "Left", "Right", "Home", "End", "PgUp", "PgDn",
                           "BS", "Del", "Ins", "Space"] + (1...12).map { "F\($0)" } + "abcdefghijklmnopqrstuvwxyz".map { "C-\($0)" }

    static func parse(_ name: String) -> Key? {
        if name.count == 1, let c = name.first { return .char(c) }
        guard let keys = try? Key.parse("<" + name + ">"), keys.count == 1, let key = keys.first else { return nil }
        if case .resize = key { return nil }
        return key
    }
}

/// A configuration error, on one line: `FILE:LINE:COL: path: message`.
struct ConfigError: Error, CustomStringConvertible {
    var file: String
    var line: Int?
    var column: Int?
    var path: [String]?
    var message: String

    var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        let key = path.map { ConfigPrinter.keyPath($0) + ": " } ?? ""
        return "\(place): \(key)\(message)"
    }
}
