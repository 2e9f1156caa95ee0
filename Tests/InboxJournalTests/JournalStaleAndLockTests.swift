import Foundation
import InboxModel
import Testing
@testable import InboxJournal

@Suite("Journal: changed fixtures and concurrent instances")
struct JournalStaleAndLockTests {
    @Test("actions recorded against an earlier version of the file are reported, not applied")
    func staleJournal() throws {
        let dir = try TempDirectory()
        do {
            let (journal, _) = try Sample.open(dir)
            for record in Sample.records.prefix(3) { try journal.append(record) }
        }
        let (_, contents) = try Sample.open(dir, hash: Sample.otherHash)
        #expect(contents.records.isEmpty)
        #expect(contents.warnings == [
            "3 actions recorded for an earlier version of this file were not applied (\(Sample.journalPath(dir)))",
        ])
        // `history` on the edited file says the same.
        let read = try Journal.read(source: Sample.source, contentHash: Sample.otherHash, directory: dir.path)
        #expect(read.warnings == contents.warnings)
        // The earlier journal is left as it was, should the file be put back.
        let (_, original) = try Sample.open(dir)
        #expect(original.records == Array(Sample.records.prefix(3)))
    }

    @Test("kept drafts from an earlier version are reported too; cleared ones are not")
    func staleDrafts() throws {
        let dir = try TempDirectory()
        do {
            let (journal, _) = try Sample.open(dir)
            try journal.append(JournalRecord(kind: .draft, at: Sample.time(0), person: "dario", text: "No thanks"))
            try journal.append(JournalRecord(kind: .draft, at: Sample.time(1), person: "hana", text: "Hi Hana"))
            try journal.append(JournalRecord(kind: .draft, at: Sample.time(2), person: "hana", text: ""))
        }
        let (_, contents) = try Sample.open(dir, hash: Sample.otherHash)
        #expect(contents.warnings == [
            "1 draft recorded for an earlier version of this file was not applied (\(Sample.journalPath(dir)))",
        ])
    }

    @Test("an empty earlier journal is not worth a warning")
    func emptyStaleJournal() throws {
        let dir = try TempDirectory()
        _ = try Sample.open(dir)
        let (_, contents) = try Sample.open(dir, hash: Sample.otherHash)
        #expect(contents.warnings.isEmpty)
    }

    @Test("a second instance on the same inbox is refused while the first holds it")
    func lockRefusesSecondOpener() throws {
        let dir = try TempDirectory()
        var first: Journal? = try Sample.open(dir).0
        #expect(first != nil)
        #expect(throws: JournalError.locked(path: Sample.journalPath(dir))) {
            _ = try Sample.open(dir)
        }
        let message = JournalError.locked(path: "J").description
        #expect(message.contains("already open in another thirsty"))
        #expect(!message.contains("\n"))
        // Reading for `history` still works meanwhile.
        #expect(throws: Never.self) {
            _ = try Journal.read(source: Sample.source, contentHash: Sample.hash, directory: dir.path)
        }
        first = nil
        #expect(throws: Never.self) { _ = try Sample.open(dir) }
    }

    @Test("the lock is held by another process, not just another descriptor")
    func lockAcrossProcesses() async throws {
        let dir = try TempDirectory()
        let (journal, _) = try Sample.open(dir)
        let path = Sample.journalPath(dir)
        // flock(1) from util-linux tries the same lock from a child process.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["flock", "--nonblock", "--exclusive", path, "true"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        withExtendedLifetime(journal) {}
    }
}

@Suite("Journal: where journals live")
struct JournalLocationTests {
    @Test func xdgDataHome() {
        #expect(Journal.defaultDirectory(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/robin"]) == "/data/thirsty/journals")
    }

    @Test("without XDG_DATA_HOME, ~/.local/share")
    func homeDefault() {
        #expect(Journal.defaultDirectory(environment: ["HOME": "/home/robin"]) == "/home/robin/.local/share/thirsty/journals")
    }

    @Test("an empty or relative XDG_DATA_HOME is ignored, as the XDG spec says")
    func invalidXDG() {
        #expect(Journal.defaultDirectory(environment: ["XDG_DATA_HOME": "", "HOME": "/home/robin"]) == "/home/robin/.local/share/thirsty/journals")
        #expect(Journal.defaultDirectory(environment: ["XDG_DATA_HOME": "data", "HOME": "/home/robin"]) == "/home/robin/.local/share/thirsty/journals")
    }

    @Test("missing directories are created, private to the user")
    func createsDirectories() throws {
        let dir = try TempDirectory()
        let nested = dir.path + "/a/b/thirsty/journals"
        let (journal, _) = try Journal.open(source: Sample.source, contentHash: Sample.hash, directory: nested)
        #expect(journal.path.hasPrefix(nested + "/"))
        let attributes = try FileManager.default.attributesOfItem(atPath: nested)
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
        let fileAttributes = try FileManager.default.attributesOfItem(atPath: journal.path)
        #expect((fileAttributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test("an unwritable place is an error with a reason, not a crash")
    func unwritable() throws {
        let dir = try TempDirectory()
        let blocker = dir.path + "/file"
        try Sample.write([0x41], to: blocker)
        #expect(throws: JournalError.self) {
            _ = try Journal.open(source: Sample.source, contentHash: Sample.hash, directory: blocker + "/journals")
        }
    }

    @Test("file names keep only safe characters of the fixture's name")
    func safeNames() {
        let name = Journal.fileName(source: "/tmp/../we ird/\u{1B}]0;x\u{7}名前.yaml", contentHash: "00ff")
        #expect(!name.contains("/"))
        #expect(name.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 })
        #expect(name.hasSuffix("-00ff.journal"))
    }

    @Test("the content hash tells edited content apart and is stable")
    func contentHash() {
        let a = Array("version: 1\nowner: {id: me, name: Robin}\n".utf8)
        var b = a
        b[b.count - 3] = UInt8(ascii: "N")
        #expect(ContentHash.of(a) == ContentHash.of(a))
        #expect(ContentHash.of(a) != ContentHash.of(b))
        #expect(ContentHash.of(a).count == 16)
        #expect(ContentHash.of([]) != ContentHash.of([0]))
        // Same bytes, different length of trailing zeros.
        #expect(ContentHash.of([1, 0]) != ContentHash.of([1, 0, 0]))
    }

    /// Journals on disk are keyed by this value: it must never change.
    @Test("the content hash keeps its published values")
    func contentHashIsPinned() {
        #expect(ContentHash.of(Array("version: 1\n".utf8)) == "7c7a8867620ad5f4")
        #expect(ContentHash.of([]) == "10888cb32d801d9d")
        #expect(ContentHash.of(Array((0..<256).map { UInt8($0) }) + Array((0..<256).map { UInt8($0) }) + Array((0..<256).map { UInt8($0) }) + Array("abc".utf8)) == "1001c6537942953b")
    }

    @Test("hashing a file in pieces gives the hash of its bytes", arguments: [0, 1, 7, 8, 9, 4 << 20, (4 << 20) + 3, (9 << 20) + 5])
    func contentHashOfFile(size: Int) throws {
        var rng = SystemRandomNumberGenerator()
        let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-hash-\(getpid())-\(size)")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(ContentHash.ofFile(path: url.path) == ContentHash.of(bytes))
        #expect(ContentHash.ofFile(path: url.path + ".missing") == nil)
    }
}
