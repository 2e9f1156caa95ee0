import Foundation
import Testing

/// How `thirsty` starts and ends outside the happy path: replayed keys, no
/// terminal, a broken fixture. One line of explanation, a sysexits status.
@Suite(.serialized, .terminalSlot) struct CommandLineEndToEndTests {
    static let fixture = """
    version: 1
    owner: {id: me, name: Robin Okafor}
    now: 2026-03-20T09:00:00Z
    people:
      - {id: ana, name: Ana Souza, headline: "Product Designer", connections: 400, joined: 2015-01-01, mutual: 12}
      - {id: ben, name: Ben Adler, headline: "Engineer", connections: 300, joined: 2014-01-01, mutual: 5}
    events:
      - {type: invite, at: 2026-03-18T10:00:00Z, from: ben, to: me, note: "Hi Robin, we met at the meetup."}
      - {type: invite, at: 2026-03-19T10:00:00Z, from: ana, to: me}
    """

    @Test func replayedKeysRunAndQuitWithZero() async throws {
        let tmux = try TmuxSession(arguments: ["inbox.yaml", "--keys", "jjq"], files: ["inbox.yaml": Self.fixture])
        #expect(try await tmux.waitForExit(timeout: .seconds(30)) == 0)
    }

    @Test func replayedKeysLeaveTheUIOpenWithoutQ() async throws {
        let tmux = try TmuxSession(arguments: ["inbox.yaml", "--keys", "j"], files: ["inbox.yaml": Self.fixture])
        let screen = try await tmux.waitUntil("the cursor on the second invitation", timeout: .seconds(30)) {
            $0.split(separator: "\n").contains { $0.contains("▸ Ben Adler") }
        }
        #expect(screen.contains("Ana Souza"))
        #expect(tmux.exitStatus == nil)
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test func withoutATerminalItSaysSoInOneLineAndExitsTwo() throws {
        let result = try Spawn.run(TmuxSession.binary, [], environment: Self.environment())
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.stderr)")
        #expect(lines.first?.hasPrefix("thirsty: not a terminal") == true, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aBadFixtureExits65WithOneLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-bad-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("broken.yaml")
        try Data("version: 1\nowner: {id: me, name: Robin}\npeople: [\n".utf8).write(to: file)

        let result = try Spawn.run(TmuxSession.binary, [file.path], environment: Self.environment(home: directory.path))
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.stderr)")
        #expect(lines.first?.hasPrefix("thirsty: ") == true)
        #expect(lines.first?.contains("broken.yaml") == true, "the message should name the file: \(result.stderr)")
    }

    @Test func aMissingFixtureExits66() throws {
        let result = try Spawn.run(TmuxSession.binary, ["/nonexistent/inbox.yaml"], environment: Self.environment())
        #expect(result.status == 66)
        #expect(result.stderr.split(separator: "\n").count == 1, "stderr: \(result.stderr)")
    }

    static func environment(home: String = "/nonexistent") -> [String: String] {
        ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm-256color", "HOME": home, "XDG_DATA_HOME": home + "/data"]
    }
}
