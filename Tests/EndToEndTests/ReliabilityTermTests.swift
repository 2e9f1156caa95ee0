import Foundation
import Testing

/// A terminal type curses cannot drive ends the program at once with one
/// clear line and status 2, never a hang or a half-drawn screen.
@Suite("Unusable TERM", .serialized, .terminalSlot)
struct ReliabilityTermTests {
    static let fixture = """
    version: 1
    owner: {id: me, name: Robin Okafor}
    now: 2026-03-20T09:00:00Z
    people:
      - {id: hana, name: Hana Sato}
    events:
      - {type: invite, at: 2026-03-19T10:00:00Z, from: hana, to: me}
    """

    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var set: [String: String] = [:]
        var unset: [String] = []
        var mentions: String
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "TERM unset", unset: ["TERM"], mentions: "TERM is not set"),
        Case(label: "TERM empty", set: ["TERM": ""], mentions: "TERM is not set"),
        Case(label: "TERM=dumb", set: ["TERM": "dumb"], mentions: "TERM=dumb"),
        Case(label: "unknown TERM", set: ["TERM": "no-such-terminal-7"], mentions: "unknown terminal type 'no-such-terminal-7'"),
        // TERM comes from the environment: its text is sanitised too.
        Case(label: "hostile TERM", set: ["TERM": "x\u{1B}]0;PWNED\u{07}"], mentions: "unknown terminal type 'x␛]0;PWNED␇'"),
    ]

    @Test("one line on stderr, status 2, the terminal untouched", arguments: cases)
    func unusable(_ c: Case) async throws {
        let shell = try ShellSession(width: 120, height: 20, files: ["inbox.yaml": Self.fixture], name: "unusable")
        defer { shell.close() }
        try await shell.waitForPrompt()
        try shell.setTitle("before")
        try shell.startThirsty(["inbox.yaml"], set: c.set, unset: c.unset, stderrFile: "err.txt")
        let pid = try await shell.pid()
        #expect(try await shell.exitStatus(of: pid, timeout: .seconds(60)) == 2)
        let err = shell.readFile("err.txt") ?? ""
        let lines = err.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count == 1, "stderr: \(err.debugDescription)")
        #expect(lines.first?.hasPrefix("thirsty: ") == true)
        #expect(err.contains(c.mentions), "stderr: \(err.debugDescription)")
        #expect(!err.contains("\u{1B}"), "stderr: \(err.debugDescription)")
        #expect(try shell.modes() == .restored)
        #expect(try shell.format("#{pane_title}") == "before")
        // Nothing was journaled: the session never started.
        let journals = shell.directory.appendingPathComponent("home/.local/share/thirsty/journals").path
        let files = (try? FileManager.default.contentsOfDirectory(atPath: journals)) ?? []
        for file in files {
            let text = (try? String(contentsOfFile: journals + "/" + file, encoding: .utf8)) ?? ""
            #expect(text.split(separator: "\n").count <= 1, "\(file): \(text)")
        }
    }

    @Test("not a terminal at all: one line naming `thirsty check`, status 2")
    func notATerminal() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-noterm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("inbox.yaml").path
        try Data(Self.fixture.utf8).write(to: URL(fileURLWithPath: file))
        let result = try Spawn.run(TmuxSession.binary, [file], environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": dir.path], timeout: .seconds(60))
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1 && result.stderr.contains("thirsty check"), "\(result.stderr)")
    }
}
