import Foundation
import InboxModel
@testable import InboxJournal

/// A fresh directory for one test's journals, removed when the test is done.
final class TempDirectory {
    let path: String

    init() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("thirsty-journal-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Names of the files in the directory, sorted.
    func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }
}

enum Sample {
    static let source = "/home/robin/inboxes/march.yaml"
    static let hash = ContentHash.of(Array("version: 1\n".utf8))
    static let otherHash = ContentHash.of(Array("version: 1\ntitle: edited\n".utf8))

    static func time(_ minute: Int64) -> Timestamp {
        Timestamp(seconds: 1_773_997_200).adding(minutes: minute)
    }

    static let records: [JournalRecord] = [
        JournalRecord(kind: .accept, at: time(0), person: "hana"),
        JournalRecord(kind: .ignore, at: time(1), person: "felipe"),
        JournalRecord(kind: .message, at: time(2), person: "kwame", text: "Happy to share the dataset — which region first?"),
        JournalRecord(kind: .draft, at: time(3), person: "dario", text: "Thanks, but I'm not investing.\nBest, Robin"),
    ]

    static func open(_ dir: TempDirectory, hash: String = hash) throws -> (Journal, JournalContents) {
        try Journal.open(source: source, contentHash: hash, directory: dir.path)
    }

    static func journalPath(_ dir: TempDirectory, hash: String = hash) -> String {
        dir.path + "/" + Journal.fileName(source: source, contentHash: hash)
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    static func appendRaw(_ bytes: [UInt8], to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(bytes))
    }
}
