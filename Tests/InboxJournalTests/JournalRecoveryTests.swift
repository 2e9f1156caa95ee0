import Foundation
import InboxModel
import Shared
import Testing
@testable import InboxJournal

@Suite("Journal: torn and damaged records")
struct JournalRecoveryTests {
    /// A journal holding the sample records, closed again.
    static func filled(_ dir: TempDirectory) throws -> String {
        let (journal, _) = try Sample.open(dir)
        for record in Sample.records { try journal.append(record) }
        return journal.path
    }

    @Test("a torn last record (power cut mid-write) is cut off with one warning; the rest is kept")
    func tornLastRecord() throws {
        let dir = try TempDirectory()
        let path = try Self.filled(dir)
        let intact = try Sample.bytes(path)
        let next = try Journal.line(for: JournalRecord(kind: .accept, at: Sample.time(9), person: "mai"))
        // Every way the line could be cut short, down to its first byte.
        for cut in [1, 8, 9, next.count / 2, next.count - 1] {
            try Sample.write(intact + next.prefix(cut), to: path)
            let (_, contents) = try Sample.open(dir)
            #expect(contents.records == Sample.records, "cut at \(cut)")
            #expect(contents.warnings.count == 1, "cut at \(cut)")
            #expect(contents.warnings.first?.hasPrefix("the last record of the journal was cut off") == true)
            // The torn bytes are gone, so the next record starts on a clean line.
            #expect(try Sample.bytes(path) == intact, "cut at \(cut)")
        }
    }

    @Test("after the repair, new records append cleanly and the warning does not come back")
    func appendAfterRepair() throws {
        let dir = try TempDirectory()
        let path = try Self.filled(dir)
        try Sample.appendRaw(Array("4c1d2e3f {\"type\":\"acc".utf8), to: path)
        let extra = JournalRecord(kind: .accept, at: Sample.time(9), person: "mai")
        do {
            let (journal, contents) = try Sample.open(dir)
            #expect(contents.warnings.count == 1)
            try journal.append(extra)
        }
        let (_, contents) = try Sample.open(dir)
        #expect(contents.records == Sample.records + [extra])
        #expect(contents.warnings.isEmpty)
    }

    @Test("a tail of zero bytes (a file extended but never written) counts as a torn record")
    func zeroFilledTail() throws {
        let dir = try TempDirectory()
        let path = try Self.filled(dir)
        try Sample.appendRaw([UInt8](repeating: 0, count: 4096), to: path)
        let (_, contents) = try Sample.open(dir)
        #expect(contents.records == Sample.records)
        #expect(contents.warnings.count == 1)
    }

    @Test("a last line that is complete but fails its checksum is treated as torn")
    func corruptLastLine() throws {
        let dir = try TempDirectory()
        let path = try Self.filled(dir)
        var bytes = try Sample.bytes(path)
        // Flip a bit inside the last record's JSON.
        bytes[bytes.count - 5] ^= 0x01
        try Sample.write(bytes, to: path)
        let (_, contents) = try Sample.open(dir)
        #expect(contents.records == Array(Sample.records.dropLast()))
        #expect(contents.warnings.count == 1)
        #expect(contents.warnings.first?.contains("cut off") == true)
    }

    @Test("a damaged record in the middle is skipped with a warning; records after it are kept")
    func damagedMiddleRecord() throws {
        let dir = try TempDirectory()
        let path = try Self.filled(dir)
        var lines = try Sample.bytes(path).split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        // Line 2 is the second record (line 0 the header); damage its JSON.
        let second = lines[2]
        let quote = try #require(second.lastIndex(of: UInt8(ascii: "n")))
        lines[2][quote] = UInt8(ascii: "N")
        try Sample.write(Array(lines.joined(separator: [0x0A])), to: path)

        let (journal, contents) = try Sample.open(dir)
        var expected = Sample.records
        expected.remove(at: 1)
        #expect(contents.records == expected)
        #expect(contents.warnings == ["record 2 of the journal is damaged; skipped it (\(path))"])
        // Skipped, not cut: the records after it stay in the file.
        #expect(try Sample.bytes(path).count == lines.map(\.count).reduce(lines.count - 1, +))
        let extra = JournalRecord(kind: .ignore, at: Sample.time(9), person: "recruiter")
        try journal.append(extra)
        #expect(try Journal.read(source: Sample.source, contentHash: Sample.hash, directory: dir.path).records == expected + [extra])
    }

    @Test("a record with a valid checksum but a wrong shape is skipped too")
    func validChecksumWrongShape() throws {
        let dir = try TempDirectory()
        let path = try Self.filled(dir)
        let json = Array("{\"type\":\"teleport\",\"at\":\"2026-03-20T09:00:00Z\",\"person\":\"hana\"}".utf8)
        let line = Array(CRC32.hex(CRC32.checksum(json)).utf8) + [0x20] + json + [0x0A]
        try Sample.appendRaw(line, to: path)
        let extra = JournalRecord(kind: .accept, at: Sample.time(9), person: "mai")
        try Sample.appendRaw(try Journal.line(for: extra), to: path)
        let (_, contents) = try Sample.open(dir)
        #expect(contents.records == Sample.records + [extra])
        #expect(contents.warnings.count == 1)
        #expect(contents.warnings.first?.hasPrefix("record 5 of the journal could not be read") == true)
    }

    @Test("a last record with a valid checksum that this version cannot read is kept in the file, never cut off")
    func unreadableLastRecordIsKept() throws {
        let dir = try TempDirectory()
        let path = try Self.filled(dir)
        let json = Array("{\"type\":\"teleport\",\"at\":\"10000-01-01T00:00:00Z\",\"person\":\"hana\"}".utf8)
        try Sample.appendRaw(Array(CRC32.hex(CRC32.checksum(json)).utf8) + [0x20] + json + [0x0A], to: path)
        let before = try Sample.bytes(path)
        let (_, contents) = try Sample.open(dir)
        #expect(contents.records == Sample.records)
        #expect(contents.warnings.count == 1)
        #expect(try Sample.bytes(path) == before)
    }

    @Test("a header cut short by a crash is rewritten silently: there were no records yet")
    func tornHeader() throws {
        let dir = try TempDirectory()
        let path = Sample.journalPath(dir)
        try Sample.write(Array("#thirsty-journal v1 cont".utf8), to: path)
        do {
            let (journal, contents) = try Sample.open(dir)
            #expect(contents.records.isEmpty)
            #expect(contents.warnings.isEmpty)
            try journal.append(Sample.records[0])
        }
        let (_, contents) = try Sample.open(dir)
        #expect(contents.records == [Sample.records[0]])
        #expect(contents.warnings.isEmpty)
    }

    @Test("a file that is not a journal is kept aside and replaced, so later actions are not lost with it")
    func notAJournal() throws {
        let dir = try TempDirectory()
        let path = Sample.journalPath(dir)
        let junk = Array("PK\u{3}\u{4} this is a zip file\n".utf8)
        try Sample.write(junk, to: path)
        do {
            let (journal, contents) = try Sample.open(dir)
            #expect(contents.records.isEmpty)
            #expect(contents.warnings == ["the journal was not readable; kept it as \(path).damaged and started a new one"])
            try journal.append(Sample.records[0])
        }
        #expect(try Sample.bytes(path + ".damaged") == junk)
        let (_, contents) = try Sample.open(dir)
        #expect(contents.records == [Sample.records[0]])
        #expect(contents.warnings.isEmpty)
    }

    @Test("every single-byte corruption is either detected or harmless: never a different record")
    func everyByteFlip() throws {
        let dir = try TempDirectory()
        let path = try Self.filled(dir)
        let intact = try Sample.bytes(path)
        let headerEnd = try #require(intact.firstIndex(of: 0x0A)) + 1
        for offset in headerEnd..<intact.count {
            var bytes = intact
            bytes[offset] ^= 0x20
            let contents = Journal.parse(bytes, path: path).contents
            // Whatever is read back is a subset of what was written.
            #expect(contents.records.allSatisfy { Sample.records.contains($0) }, "flip at \(offset)")
            if contents.records.count < Sample.records.count {
                #expect(!contents.warnings.isEmpty, "flip at \(offset) lost a record silently")
            }
        }
    }
}
