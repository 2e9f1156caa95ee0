import Foundation
import InboxModel
import Testing
@testable import InboxJournal

#if canImport(Glibc)
import Glibc
#endif

/// Every path to one fixture (a symbolic link, a hard link, `..` in the
/// path) reaches one journal and one lock, through the real binary.
enum ThirstyBinary {
    /// The `thirsty` executable built next to this test bundle, if any.
    static var url: URL? {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidate = exe.deletingLastPathComponent().appendingPathComponent("thirsty")
        return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
    }
}

@Suite("Journal: links to one fixture share its journal and lock",
       .enabled(if: ThirstyBinary.url != nil, "thirsty is not built next to the test bundle"))
struct JournalLinkTests {

    static let fixture = """
        version: 1
        owner: {id: me, name: Robin Okafor}
        people:
          - {id: hana, name: Hana Sato}
        events:
          - {type: invite, at: 2026-03-20T09:00:00Z, from: hana, to: me}

        """

    /// A fixture, a symbolic link and a hard link to it, a path with `..`
    /// in it, and a data directory for journals.
    struct Setup {
        let dir: TempDirectory
        let file: String
        let paths: [String]
        var data: String { dir.path + "/data" }
        var journals: String { data + "/thirsty/journals" }

        init() throws {
            dir = try TempDirectory()
            try FileManager.default.createDirectory(atPath: dir.path + "/real", withIntermediateDirectories: true)
            file = dir.path + "/real/inbox.yaml"
            try Sample.write(Array(JournalLinkTests.fixture.utf8), to: file)
            try FileManager.default.createSymbolicLink(atPath: dir.path + "/link.yaml", withDestinationPath: file)
            try FileManager.default.createSymbolicLink(atPath: dir.path + "/folder", withDestinationPath: dir.path + "/real")
            paths = [file, dir.path + "/link.yaml", dir.path + "/folder/../real/inbox.yaml", dir.path + "/folder/inbox.yaml"]
        }

        func addHardLink() throws -> String {
            let hard = dir.path + "/hard.yaml"
            #expect(link(file, hard) == 0)
            return hard
        }

        /// The journal as thirsty opens it for `path`, held open (and locked).
        func openJournal(via path: String) throws -> (Journal, JournalContents) {
            let hash = ContentHash.of(Array(JournalLinkTests.fixture.utf8))
            return try Journal.open(source: FileIdentity.of(path: path), contentHash: hash, directory: journals)
        }

        func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
            let process = Process()
            let binary = try #require(ThirstyBinary.url)
            process.executableURL = binary
            process.arguments = arguments
            var environment = ProcessInfo.processInfo.environment
            environment["XDG_DATA_HOME"] = data
            environment["TERM"] = "xterm-256color"
            process.environment = environment
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let o = out.fileHandleForReading.readDataToEndOfFile()
            let e = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
        }
    }

    @Test("history through every path to the file shows the actions recorded through any one of them")
    func historySharedAcrossPaths() throws {
        let setup = try Setup()
        let hard = try setup.addHardLink()
        do {
            let (journal, _) = try setup.openJournal(via: setup.paths[1])
            try journal.append(JournalRecord(kind: .accept, at: Timestamp(seconds: 1_774_000_000), person: "hana"))
        }
        for path in setup.paths + [hard] {
            let run = try setup.run(["history", path, "--format", "json"])
            #expect(run.status == 0, "\(path): \(run.stderr)")
            #expect(run.stdout.contains("\"person\":\"hana\"") || run.stdout.contains("\"person\": \"hana\""), "\(path): \(run.stdout)")
        }
    }

    @Test("with the journal locked through one path, browsing through another exits 75",
          arguments: [1, 2, 3, 4])
    func secondInstanceThroughAnotherPathIsRefused(pathIndex: Int) throws {
        let setup = try Setup()
        let hard = try setup.addHardLink()
        let paths = setup.paths + [hard]
        let (journal, _) = try setup.openJournal(via: paths[0])
        // `script` gives the browser the terminal it insists on; the lock
        // check comes before anything is drawn.
        let command = "\(try #require(ThirstyBinary.url).path) '\(paths[pathIndex])' --keys q; echo \"status=$?\""
        let run = try Self.script(command, setup: setup)
        withExtendedLifetime(journal) {}
        #expect(run.contains("status=75"), "\(run)")
        #expect(run.contains("already open in another thirsty"), "\(run)")
    }

    static func script(_ command: String, setup: Setup) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = setup.data
        environment["TERM"] = "xterm-256color"
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: o, as: UTF8.self)
    }
}
