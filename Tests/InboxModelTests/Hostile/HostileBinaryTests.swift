import Foundation
import InboxModel
import Testing

/// A handful of hostile files through the real `thirsty check`: exit status
/// 65 (bad data) and exactly one line on stderr, nothing on stdout. The
/// binary is the one built next to this test bundle; `swift test` builds it
/// because the end-to-end tests depend on it.
@Suite(.enabled(if: PackagePaths.thirsty != nil, "thirsty is not built next to the test bundle"))
struct HostileBinaryTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func check(_ path: String, options: [String] = []) throws -> Run {
        let binary = try #require(PackagePaths.thirsty)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["check", path] + options
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read before waiting so a chatty child cannot block on a full pipe.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    static let files = [
        "empty.yaml", "binary-junk.yaml", "bom.json", "nul-byte.json", "overlong-utf8.yaml",
        "newline-in-key.json", "terminal-escape-in-id.json", "control-char-in-yaml.yaml",
        "billion-laughs.yaml", "alias-key-bomb.yaml", "unknown-person.yaml", "accept-without-invite.json", "trailing-garbage.json",
        "base60-version.yaml", "hex-connections.yaml", "yes-photo.yaml", "leading-zero.json", "year-10000.yaml", "year-minus-1.json",
    ]

    @Test(arguments: files)
    func malformedFileExits65WithOneLine(name: String) throws {
        let path = PackagePaths.malformed.appendingPathComponent(name).path
        let run = try Self.check(path)
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("thirsty: \(path)"), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("\n"))
        #expect(String(run.stderr.dropLast()).isPrintableLine, "exactly one printable line: \(run.stderr.debugDescription)")
    }

    @Test func deepYAMLExits65WithOneLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("deep.yaml")
        let text = "version: 1\nowner: {id: me, name: Robin Okafor}\npeople: []\nevents: []\ntitle:\n  "
            + String(repeating: "- ", count: 100_000) + "x\n"
        try Data(text.utf8).write(to: file)
        let run = try Self.check(file.path)
        #expect(run.status == 65)
        #expect(run.stderr == "thirsty: \(file.path):6:1999: not valid YAML: nesting is too deep\n")
    }

    @Test func missingFileExits66() throws {
        let run = try Self.check("/nonexistent/inbox.yaml")
        #expect(run.status == 66)
        #expect(run.stderr == "thirsty: /nonexistent/inbox.yaml: no such file\n")
    }

    @Test func validFixtureExits0() throws {
        let run = try Self.check(PackagePaths.schema.appendingPathComponent("example-v1.yaml").path)
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.contains("Robin Okafor"))
    }

    /// The rulebook is YAML too; its integers go through the same parser.
    @Test(arguments: ["version: 1:0:0:0:0:0:0:0:0:0:0\nextends: default\nrules: []\n",
                      "extends: default\nrules: []\nsettings:\n  question_min_words: 1:0:0:0:0:0:0:0:0:0:0\n"])
    func base60IntegerInARulebookExits65(rulebook: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("rules.yaml")
        try Data(rulebook.utf8).write(to: file)
        let run = try Self.check(PackagePaths.schema.appendingPathComponent("example-v1.yaml").path, options: ["--rules", file.path])
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("thirsty: \(file.path):"), "\(run.stderr)")
        #expect(String(run.stderr.dropLast()).isPrintableLine)
    }
}
