import Foundation
import Testing

/// The configuration file through the real binary: every malformed file
/// gets one located line and exit 78, `--print` reads back to itself, and
/// a rebound key works on screen and in the help.
@Suite(.serialized, .terminalSlot) struct ConfigEndToEndTests {
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-config-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Spawn.Result {
        var env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/nonexistent"]
        env.merge(environment) { _, new in new }
        return try Spawn.run(TmuxSession.binary, arguments, environment: env, timeout: .seconds(120))
    }

    /// `config --check` on `text`: the one stderr line, after checking the status.
    static func check(_ text: String) throws -> String {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("config.toml")
        try Data(text.utf8).write(to: file)
        let result = try run(["config", "--check", file.path])
        #expect(result.status == 78, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 1, "stderr: \(result.stderr)")
        let line = lines.first.map(String.init) ?? ""
        #expect(line.hasPrefix("thirsty: " + file.path + ":"), "\(line)")
        return String(line.dropFirst(("thirsty: " + file.path + ":").count))
    }

    static let malformed: [(name: String, text: String, expected: String)] = [
        ("bad TOML syntax", "[policy]\nthreshold = = 4\n", "2:13: not valid TOML"),
        ("unknown section", "[demo]\nspeed = 2\n\n[colours]\nheader = \"bold\"\n", "4:1: colours: unknown section \"colours\"; did you mean colors?"),
        ("unknown key", "[policy]\nthreshhold = 4.0\n", "2:1: policy.threshhold: unknown key \"threshhold\"; did you mean threshold?"),
        ("wrong type", "[demo]\nspeed = \"fast\"\n", "2:1: demo.speed: expected a number, found a string"),
        ("unknown context", "[keys.lisst]\nx = \"quit\"\n", "1:1: keys.lisst: unknown key context \"lisst\"; did you mean list?"),
        ("unknown command", "[keys.list]\nx = \"selct +1\"\n", "2:1: keys.list.x: unknown command \"selct\"; did you mean select?"),
        ("bad key name", "[keys.list]\n  \"C-nn\" = \"select +1\"\n", "2:3: keys.list.C-nn: unknown key name \"C-nn\"; did you mean C-n?"),
        ("threshold out of range", "[policy]\nthreshold = 500\n", "2:1: policy.threshold: 500.0 is out of range"),
        ("speed out of range", "[demo]\nspeed = 0.0\n", "2:1: demo.speed: 0.0 is out of range"),
        ("unknown colour", "[colors]\nheader = \"bold yelow\"\n", "2:1: colors.header: unknown colour \"yelow\"; did you mean yellow?"),
    ]

    @Test(arguments: 0..<10) func aMalformedConfigGivesOneLocatedLine(_ index: Int) throws {
        let c = Self.malformed[index]
        let line = try Self.check(c.text)
        #expect(line.hasPrefix(c.expected), "\(c.name): \(line)")
    }

    @Test func hostileTextInAnErrorIsEscaped() throws {
        let line = try Self.check("[keys.list]\n\"\u{202E}x\u{1B}\" = \"quit\"\n")
        #expect(!line.contains("\u{202E}") && !line.contains("\u{1B}"), "\(line)")
    }

    @Test func aMissingConfigFileIsNoError() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try Self.run(["config", "--check"], environment: ["XDG_CONFIG_HOME": dir.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("no such file; using the defaults"))
    }

    /// print -> read back -> print gives the same text, for the defaults and
    /// for a file that changes something in every section.
    @Test func printRoundTrips() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = dir.appendingPathComponent("thirsty/config.toml")
        try FileManager.default.createDirectory(at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("""
        [policy]
        threshold = 4
        [demo]
        speed = 2.5
        [editor]
        command = "nano -R"
        [colors]
        header = "underline bright-cyan on color17"
        [keys.list]
        "C-n" = "select +1"
        "x" = "tab 2"
        "2" = ""
        [keys.demo]
        "Space" = ""
        "P" = "playback toggle"

        """.utf8).write(to: config)
        let env = ["XDG_CONFIG_HOME": dir.path]
        let first = try Self.run(["config", "--print"], environment: env)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("threshold = 4.0\n"))
        #expect(first.stdout.contains("speed = 2.5\n"))
        #expect(first.stdout.contains("command = \"nano -R\"\n"))
        #expect(first.stdout.contains("header = \"underline bright-cyan on color17\"\n"))
        #expect(first.stdout.contains("\"C-n\" = \"select +1\"\n"))
        #expect(first.stdout.contains("\"x\" = \"tab 2\"\n"))
        let demoSection = first.stdout.components(separatedBy: "[keys.demo]").last ?? ""
        #expect(demoSection.contains("\"P\" = \"playback toggle\"") && demoSection.contains("\"Space\" = \"\"\n"))

        try Data(first.stdout.utf8).write(to: config)
        let second = try Self.run(["config", "--print"], environment: env)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout == first.stdout)

        // The defaults round-trip as well.
        try FileManager.default.removeItem(at: config)
        let defaults = try Self.run(["config", "--print"], environment: env)
        #expect(defaults.stdout.contains("threshold = 5.0\n") && defaults.stdout.contains("speed = 1.0\n"))
        let copy = dir.appendingPathComponent("copy.toml")
        try Data(defaults.stdout.utf8).write(to: copy)
        let again = try Self.run(["config", "--print", "--config", copy.path], environment: env)
        #expect(again.stdout == defaults.stdout)
    }

    /// `x` opens Messages instead of `2`, which does nothing; the help and
    /// the status hint name `x`.
    @Test func aReboundKeyWorksAndShowsInHelp() async throws {
        let tmux = try TmuxSession(
            arguments: ["--config", "config.toml"], width: 120, height: 40,
            files: ["config.toml": "[keys.list]\n\"x\" = \"tab 2\"\n\"2\" = \"\"\n"]
        )
        let start = try await tmux.waitFor("Ravi Menon", timeout: .seconds(30))
        #expect(start.contains("x  messages"), "\(tmux.framed(start))")
        try tmux.send("2")
        try tmux.send("?")
        let help = try await tmux.waitFor("Browsing")
        #expect(help.split(separator: "\n").contains { $0.contains(" x ") && $0.contains("Messages") }, "\(tmux.framed(help))")
        try tmux.send("q")
        // `2` did nothing: still on Invitations, whose hints name `x`.
        let back = try await tmux.waitForAbsence(of: "Browsing")
        #expect(back.contains("x  messages") && !back.contains("flagged only"), "\(tmux.framed(back))")
        try tmux.send("x")
        try await tmux.waitFor("Kwame Asante")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }
}
