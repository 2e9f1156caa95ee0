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

    @Test func anErrorLateInABigFileIsAtItsLine() throws {
        var files = SyntheticExport(inbox: Self.generated, era: .y2021).files()
        let k = try #require(files.firstIndex { $0.name == "messages.csv" })
        var text = String(decoding: files[k].bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        text += "\nc9,,Ana,,Robin,not a date,,hello,INBOX"
        files[k].bytes = Array(text.utf8)
        #expect(throws: ExportError.badValue(file: "messages.csv", line: lines + 1, column: "DATE")) {
            try ExportReader.inbox(from: SampleInbox.files(files))
        }
    }
}
