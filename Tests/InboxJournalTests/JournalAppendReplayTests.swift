import Foundation
import InboxModel
import Shared
import Testing
@testable import InboxJournal

@Suite("Journal: append, reopen, replay")
struct JournalAppendReplayTests {
    @Test("what was appended comes back, in order, after reopening")
    func roundTrip() throws {
        let dir = try TempDirectory()
        do {
            let (journal, contents) = try Sample.open(dir)
            #expect(contents.records.isEmpty)
            #expect(contents.warnings.isEmpty)
            for record in Sample.records { try journal.append(record) }
        }
        let (_, reopened) = try Sample.open(dir)
        #expect(reopened.records == Sample.records)
        #expect(reopened.warnings.isEmpty)
    }

    @Test("a new journal starts with its header and is named for the file and its content")
    func header() throws {
        let dir = try TempDirectory()
        let (journal, _) = try Sample.open(dir)
        #expect(journal.path == Sample.journalPath(dir))
        let name = Journal.fileName(source: Sample.source, contentHash: Sample.hash)
        #expect(name.hasPrefix("march.yaml-"))
        #expect(name.hasSuffix("-\(Sample.hash).journal"))
        let text = String(decoding: try Sample.bytes(journal.path), as: UTF8.self)
        #expect(text == "#thirsty-journal v1 content=\(Sample.hash)\n")
    }

    @Test("each record is one line: CRC-32 of the JSON, a space, the JSON")
    func lineFormat() throws {
        let dir = try TempDirectory()
        let (journal, _) = try Sample.open(dir)
        try journal.append(Sample.records[2])
        let lines = String(decoding: try Sample.bytes(journal.path), as: UTF8.self).split(separator: "\n")
        try #require(lines.count == 2)
        let line = lines[1]
        let crc = try #require(UInt32(line.prefix(8), radix: 16))
        let json = Array(line.dropFirst(9).utf8)
        #expect(crc == CRC32.checksum(json))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: String])
        #expect(object == ["type": "message", "at": "2026-03-20T09:02:00Z", "person": "kwame", "text": "Happy to share the dataset — which region first?"])
    }

    @Test("CRC-32 matches the standard check value")
    func crcCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
    }

    @Test("text with quotes, newlines, controls and non-Latin scripts survives the trip")
    func awkwardText() throws {
        let dir = try TempDirectory()
        let texts = ["\"quoted\" \\ back", "line one\nline two\r\n", "\u{1B}]0;title\u{7}", "佐藤 花子 🚀 \u{202E}abc", ""]
        do {
            let (journal, _) = try Sample.open(dir)
            for (i, text) in texts.enumerated() {
                try journal.append(JournalRecord(kind: .message, at: Sample.time(Int64(i)), person: "p\(i)", text: text))
            }
        }
        let (_, contents) = try Sample.open(dir)
        #expect(contents.records.map(\.text) == texts)
        // One record per line whatever the text holds.
        let lines = String(decoding: try Sample.bytes(Sample.journalPath(dir)), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == texts.count + 1)
    }

    @Test("reading for `history` neither locks nor needs the journal to exist")
    func readWithoutLock() throws {
        let dir = try TempDirectory()
        let none = try Journal.read(source: Sample.source, contentHash: Sample.hash, directory: dir.path)
        #expect(none.records.isEmpty && none.warnings.isEmpty)
        let (journal, _) = try Sample.open(dir)
        try journal.append(Sample.records[0])
        let read = try Journal.read(source: Sample.source, contentHash: Sample.hash, directory: dir.path)
        #expect(read.records == [Sample.records[0]])
    }

    @Test("a different path is a different journal, even with the same content")
    func keyedByPath() throws {
        let dir = try TempDirectory()
        let (journal, _) = try Sample.open(dir)
        try journal.append(Sample.records[0])
        let (_, other) = try Journal.open(source: "/home/robin/inboxes/april.yaml", contentHash: Sample.hash, directory: dir.path)
        #expect(other.records.isEmpty)
        #expect(other.warnings.isEmpty)
    }
}

@Suite("Journal records and events")
struct JournalRecordTests {
    static let yaml = """
    version: 1
    owner: {id: me, name: Robin Okafor}
    now: 2026-03-20T09:00:00Z
    people:
      - {id: hana, name: Hana Sato}
      - {id: kwame, name: Kwame Asante, connected: 2019-05-21}
    events:
      - {type: invite, at: 2026-03-19T10:00:00Z, from: hana, to: me}
      - {type: message, at: 2026-03-19T11:00:00Z, from: kwame, to: me, body: "Any dataset tips?"}
    """

    @Test("owner actions become records keyed by person id, and back")
    func eventRoundTrip() throws {
        let inbox = try FixtureDecoder.decode(Self.yaml, format: .yaml)
        let hana = try #require(inbox.ref(forPersonID: "hana"))
        let kwame = try #require(inbox.ref(forPersonID: "kwame"))
        let accept = Event(type: .accept, at: inbox.now, actor: .owner, subject: hana)
        let reply = Event(type: .message, at: inbox.now, actor: .owner, subject: kwame, text: "Try the national statistics office.")
        let acceptRecord = try #require(JournalRecord(event: accept, in: inbox))
        let replyRecord = try #require(JournalRecord(event: reply, in: inbox))
        #expect(acceptRecord == JournalRecord(kind: .accept, at: inbox.now, person: "hana"))
        #expect(replyRecord == JournalRecord(kind: .message, at: inbox.now, person: "kwame", text: "Try the national statistics office."))
        #expect(acceptRecord.event(in: inbox) == accept)
        #expect(replyRecord.event(in: inbox) == reply)
    }

    @Test("events that are not the owner's actions are not journaled")
    func notUserActions() throws {
        let inbox = try FixtureDecoder.decode(Self.yaml, format: .yaml)
        let kwame = try #require(inbox.ref(forPersonID: "kwame"))
        let theirs = Event(type: .message, at: inbox.now, actor: kwame, subject: .owner, text: "hello")
        #expect(JournalRecord(event: theirs, in: inbox) == nil)
    }

    @Test("a record for someone the inbox no longer has yields no event")
    func unknownPerson() throws {
        let inbox = try FixtureDecoder.decode(Self.yaml, format: .yaml)
        #expect(JournalRecord(kind: .accept, at: inbox.now, person: "nobody").event(in: inbox) == nil)
        #expect(JournalRecord(kind: .draft, at: inbox.now, person: "hana", text: "hi").event(in: inbox) == nil)
    }
}

@Suite("Journal: undo records")
struct JournalUndoRecordTests {
    @Test("an undo is a record of its own, naming what it takes back, and reads back as written")
    func undoRoundTrip() throws {
        let dir = try TempDirectory()
        let accept = JournalRecord(kind: .accept, at: try Timestamp.parse("2026-03-20T09:00:00Z"), person: "hana")
        let undo = JournalRecord(undoing: accept, at: try Timestamp.parse("2026-03-20T09:00:00Z"))
        #expect(undo.kind == .undo)
        #expect(undo.undoes == .accept)
        #expect(undo.person == "hana")
        do {
            let (journal, _) = try Sample.open(dir)
            try journal.append(accept)
            try journal.append(undo)
        }
        let (journal, reopened) = try Sample.open(dir)
        #expect(reopened.records == [accept, undo])
        let text = String(decoding: try Sample.bytes(journal.path), as: UTF8.self)
        #expect(text.contains(#""type":"undo","undoes":"accept"}"#))
        // Records without an undo keep their old form, key for key.
        #expect(!text.split(separator: "\n")[1].contains("undoes"))
    }
}
