import Foundation
import InboxGenerator
import InboxModel
import LinkedInExport
import Testing

/// A messages.csv of several megabytes is read in pieces on every core:
/// no row lost or repeated at a cut, and lines still counted right.
@Suite struct LargeExportTests {
    static let generated = InboxGenerator.generate(GeneratorOptions(people: 400, messages: 12_000))

    @Test func everyMessageOnceAndInOrder() throws {
        let source = Self.generated
        let files = SyntheticExport(inbox: source, era: .y2024).files()
        let messagesCSV = try #require(files.first { $0.name == "messages.csv" })
        #expect(messagesCSV.bytes.count > 3 << 20, "big enough to be cut")
        let (inbox, summary) = try ExportReader.inbox(from: SampleInbox.files(files))
        // Every generated message, plus the group's three, the sponsored one
        // and the closed account's one; the draft is dropped.
        let generated = source.events.filter { $0.type == .message }
        #expect(summary.messages == generated.count + 5)
        #expect(summary.drafts == 1)
        let texts = inbox.events.filter { $0.type == .message }.map(\.text)
        #expect(Set(generated.map(\.text)).isSubset(of: Set(texts)))
        #expect(inbox.events.map(\.at) == inbox.events.map(\.at).sorted())
    }

    /// The generated export with a row whose date is wrong added at the
    /// end of messages.csv, and that row's line.
    static func withBadRowAtEnd() throws -> (files: [(name: String, bytes: [UInt8])], line: Int) {
        var files = SyntheticExport(inbox: generated, era: .y2021).files()
        let k = try #require(files.firstIndex { $0.name == "messages.csv" })
        var text = String(decoding: files[k].bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        text += "\nc9,,Ana,,Robin,not a date,,hello,INBOX"
        files[k].bytes = Array(text.utf8)
        return (files, lines + 1)
    }

    @Test func anErrorLateInABigFileIsAtItsLine() throws {
        let (files, line) = try Self.withBadRowAtEnd()
        #expect(throws: ExportError.badValue(file: "messages.csv", line: line, column: "DATE")) {
            try ExportReader.inbox(from: SampleInbox.files(files))
        }
    }

    /// Writes an export's files to a new folder, as an unzipped export.
    static func folder(_ files: [(name: String, bytes: [UInt8])]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-stages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for f in files { try Data(f.bytes).write(to: dir.appendingPathComponent(f.name)) }
        return dir
    }

    /// Read in stages (the browser's way), a large export gives at once
    /// everything but its messages, and then the very inbox a whole read
    /// gives.
    @Test func readInStagesTheWholeIsTheSame() throws {
        let dir = try Self.folder(SyntheticExport(inbox: Self.generated, era: .y2024).files())
        defer { try? FileManager.default.removeItem(at: dir) }
        let whole = try ExportReader.read(path: dir.path)
        let (first, summary, remainder) = try ExportReader.readInStages(path: dir.path, messagesReadAtOnce: 1 << 20)
        let rest = try #require(remainder)
        #expect(rest.what == "messages.csv")
        #expect(first.events.allSatisfy { $0.type != .message })
        #expect(summary.messages == 0)
        #expect(summary.connections == whole.summary.connections)
        #expect(first.events.filter { $0.type == .invite }.count == whole.inbox.events.filter { $0.type == .invite }.count)
        let later = try rest.read()
        #expect(later.summary == whole.summary)
        #expect(later.inbox.events.map(\.text) == whole.inbox.events.map(\.text))
        #expect(later.inbox.people.map(\.id) == whole.inbox.people.map(\.id))
        // Under the threshold, it is all read at once.
        let small = try ExportReader.readInStages(path: dir.path)
        #expect(small.remainder == nil)
        #expect(small.first.events.count == whole.inbox.events.count)
    }

    /// A bad row in the messages read later is reported as a whole read
    /// would: the file, its line, the column.
    @Test func aBadRowReadLaterIsAtItsLine() throws {
        let (files, line) = try Self.withBadRowAtEnd()
        let dir = try Self.folder(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        let rest = try #require(try ExportReader.readInStages(path: dir.path, messagesReadAtOnce: 1 << 20).remainder)
        #expect(throws: ExportError.badValue(file: dir.path + ": messages.csv", line: line, column: "DATE")) {
            try rest.read()
        }
    }
}
