import ArgumentParser
import BundledFixtures
import InboxModel
#if canImport(Glibc)
import Glibc
#endif

/// What the shell completion scripts (`--generate-completion-script`) ask the
/// binary for when the user presses Tab: bundled demo and exercise names,
/// fixture files, and the person ids of the fixture on the command line.
///
/// Each function gets the shell words verbatim, the index of the word being
/// completed and its prefix, and returns candidates the shell filters no
/// further; nothing here may print, fail or be slow, whatever the words are.
enum Completions {
    /// `thirsty demo <Tab>`: bundled demos, then matching files.
    @Sendable static func demoNames(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        names(Bundled.demos.map(\.name), prefix) + files(prefix, extensions: fixtureExtensions)
    }

    /// `thirsty practice <Tab>`: bundled exercises, then matching files and folders.
    @Sendable static func exerciseNames(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        names(Bundled.exercises.map(\.name), prefix) + files(prefix, extensions: ["yaml", "yml"])
    }

    /// `--with <Tab>`: the ids of everyone but the owner in the fixture named
    /// on the command line (the built-in inbox when none is).
    @Sendable static func personIDs(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let inbox: Inbox?
        if let path = fixtureArgument(words, before: index) {
            inbox = try? FixtureLoader.load(path: path)
        } else {
            inbox = try? FixtureDecoder.decode(Bundled.seedInbox, format: .yaml, file: Bundled.seedInboxName)
        }
        return names(inbox?.others.map(\.id) ?? [], prefix)
    }

    static let fixtureExtensions = ["yaml", "yml", "json"]

    /// Options whose next word is their value, not a positional argument.
    static let optionsWithValues: Set<String> = [
        "--with", "--draft", "--at", "--format", "--rules", "--keys", "--answers", "--record", "--size",
    ]

    /// The first positional word after the subcommand that names a readable
    /// file: the FILE argument of `coach`, `check` and the rest.
    static func fixtureArgument(_ words: [String], before index: Int) -> String? {
        var i = 2
        while i < min(index, words.count) {
            let word = unquoted(words[i])
            if optionsWithValues.contains(word) {
                i += 2
                continue
            }
            if !word.hasPrefix("-"), !word.isEmpty {
                let path = expandingHome(word)
                var info = stat()
                if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { return path }
            }
            i += 1
        }
        return nil
    }

    static func names(_ all: [String], _ prefix: String) -> [String] {
        let typed = unquoted(prefix)
        return all.filter { $0.hasPrefix(typed) }
    }

    /// Files with one of `extensions` and folders (to descend into) whose
    /// path starts with `prefix`, in the spelling the user typed.
    static func files(_ prefix: String, extensions: [String]) -> [String] {
        let typed = unquoted(prefix)
        let slash = typed.lastIndex(of: "/")
        let folder = slash.map { String(typed[...$0]) } ?? ""
        let start = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let directory = folder.isEmpty ? "." : expandingHome(folder)
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var found: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard name != ".", name != "..", name.hasPrefix(start), !name.hasPrefix(".") || start.hasPrefix(".") else { continue }
            var info = stat()
            guard stat(directory + "/" + name, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                found.append(folder + name + "/")
            } else if extensions.contains(where: { name.hasSuffix("." + $0) }) {
                found.append(folder + name)
            }
        }
        return found.sorted()
    }

    /// A shell word as the user meant it: surrounding quotes and backslash
    /// escapes removed (enough for file names and ids; not a shell parser).
    static func unquoted(_ word: String) -> String {
        var out = ""
        var escaped = false
        for ch in word {
            if escaped {
                out.append(ch)
                escaped = false
            } else if ch == "\\" {
                escaped = true
            } else if ch != "\"" && ch != "'" {
                out.append(ch)
            }
        }
        return out
    }

    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = getenv("HOME") else { return path }
        return String(cString: home) + path.dropFirst()
    }
}
