import Foundation
import Testing

/// Shell completion as bash runs it: the script `thirsty
/// --generate-completion-script bash` prints is sourced, COMP_WORDS and
/// COMP_CWORD are set as for a Tab at the end of the line, and the
/// completion function's COMPREPLY is read back. Custom completions run
/// the real binary, as they do for a user.
@Suite(.terminalSlot) struct CompletionEndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let fixture = """
    version: 1
    owner: {id: me, name: Robin Okafor}
    now: 2026-03-20T09:00:00Z
    people:
      - {id: ana, name: Ana Souza}
      - {id: ben, name: Ben Adler}
      - {id: bea, name: Bea Lund}
    events:
      - {type: invite, at: 2026-03-19T10:00:00Z, from: ana, to: me}
    """

    /// What bash offers for `words` (the last one is being completed), run in `directory`.
    static func complete(_ words: [String], in directory: URL = root, script: String? = nil) throws -> [String] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-complete-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let scriptPath: String
        if let script {
            scriptPath = script
        } else {
            let generated = try Spawn.run(TmuxSession.binary, ["--generate-completion-script", "bash"], timeout: .seconds(60))
            #expect(generated.status == 0)
            scriptPath = scratch.appendingPathComponent("thirsty.bash").path
            try Data(generated.stdout.utf8).write(to: URL(fileURLWithPath: scriptPath))
        }
        // COMP_WORDS[0] is the binary's path: custom completions run it.
        let quoted = ([TmuxSession.binary] + words.dropFirst()).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let driver = """
        cd '\(directory.path)' || exit 1
        source '\(scriptPath)'
        COMP_WORDS=(\(quoted.joined(separator: " ")))
        COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
        COMP_LINE="${COMP_WORDS[*]}"
        COMP_POINT=${#COMP_LINE}
        _thirsty thirsty "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\\n' "${COMPREPLY[@]}"
        """
        let driverPath = scratch.appendingPathComponent("driver.sh").path
        try Data(driver.utf8).write(to: URL(fileURLWithPath: driverPath))
        let result = try Spawn.run("bash", [driverPath], environment: ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": scratch.path], timeout: .seconds(60))
        #expect(result.status == 0, "bash: \(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    @Test func checkCompletesFixtureFilesAndFolders() throws {
        #expect(try Self.complete(["thirsty", "check", "Fix"]) == ["Fixtures"])
        let yaml = try Self.complete(["thirsty", "check", "Fixtures/demos/cold"])
        #expect(yaml == ["Fixtures/demos/cold-pitch.yaml"])
        // Only fixtures: the README next to them is not offered.
        #expect(try Self.complete(["thirsty", "check", "Fixtures/demos/"]).allSatisfy { $0.hasSuffix(".yaml") || $0.hasSuffix("/") })
    }

    @Test func withCompletesThePersonIDsOfTheFixtureOnTheLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-with-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(Self.fixture.utf8).write(to: directory.appendingPathComponent("inbox.yaml"))
        #expect(try Self.complete(["thirsty", "coach", "inbox.yaml", "--with", ""], in: directory).sorted() == ["ana", "bea", "ben"])
        #expect(try Self.complete(["thirsty", "coach", "inbox.yaml", "--with", "b"], in: directory).sorted() == ["bea", "ben"])
        // Options before the file do not hide it; the owner is never offered.
        let after = try Self.complete(["thirsty", "coach", "--format", "json", "inbox.yaml", "--with", ""], in: directory)
        #expect(after.sorted() == ["ana", "bea", "ben"])
    }

    @Test func withoutAFixtureWithCompletesTheBuiltInInbox() throws {
        let ids = try Self.complete(["thirsty", "coach", "--with", ""])
        #expect(ids.contains("dario"))
        #expect(!ids.contains("me"), "the owner is not someone to write to")
    }

    @Test func demoAndPracticeCompleteBundledNames() throws {
        #expect(try Self.complete(["thirsty", "demo", "cold"]) == ["cold-pitch"])
        #expect(try Self.complete(["thirsty", "demo", "side"]) == ["side-by-side"])
        #expect(try Self.complete(["thirsty", "practice", "decline-s"]).sorted() == ["decline-sales-pitch", "decline-speaking-invitation"])
    }

    @Test(arguments: ["zsh", "fish"])
    func zshAndFishScriptsAskTheBinaryForNamesAndIDs(_ shell: String) throws {
        let result = try Spawn.run(TmuxSession.binary, ["--generate-completion-script", shell], timeout: .seconds(60))
        #expect(result.status == 0)
        #expect(result.stdout.contains("---completion coach -- --with"))
        #expect(result.stdout.contains("---completion demo -- positional@0"))
        #expect(result.stdout.contains("---completion practice -- positional@0"))
    }
}
