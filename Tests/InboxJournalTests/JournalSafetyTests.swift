import Foundation
import InboxModel
import Testing
@testable import InboxJournal

#if canImport(Glibc)
import Glibc
#endif

/// What sits at the journal's path is not trusted: a link, a device, a
/// FIFO, a huge file or a journal renamed from other content is refused or
/// set aside, never followed, read without end, waited on or replayed.
@Suite("Journal: unsafe files at the journal's path")
struct JournalSafetyTests {
    @Test("a symbolic link at the journal path is not followed, and its target is left alone")
    func symlinkIsRefused() throws {
        let dir = try TempDirectory()
        let target = dir.path + "/elsewhere.txt"
        try Sample.write(Array("precious\n".utf8), to: target)
        try FileManager.default.createSymbolicLink(atPath: Sample.journalPath(dir), withDestinationPath: target)
        do {
            _ = try Sample.open(dir)
            Issue.record("opened through a symbolic link")
        } catch let error as JournalError {
            guard case .unsafe(let message) = error else { Issue.record("\(error)"); return }
            #expect(message.contains("symbolic link"))
        }
        #expect(throws: JournalError.self) { try Journal.read(source: Sample.source, contentHash: Sample.hash, directory: dir.path) }
        #expect(try Sample.bytes(target) == Array("precious\n".utf8))
    }

    @Test("a dangling symbolic link at the journal path creates nothing at its target")
    func danglingSymlinkCreatesNothing() throws {
        let dir = try TempDirectory()
        let target = dir.path + "/created-through-link"
        try FileManager.default.createSymbolicLink(atPath: Sample.journalPath(dir), withDestinationPath: target)
        #expect(throws: JournalError.self) { try Sample.open(dir) }
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test("a FIFO at the journal path is refused at once, by open and by history")
    func fifoIsRefused() throws {
        let dir = try TempDirectory()
        #expect(mkfifo(Sample.journalPath(dir), 0o600) == 0)
        // Nothing ever writes to the FIFO: a read would wait forever.
        #expect(throws: JournalError.self) { try Sample.open(dir) }
        #expect(throws: JournalError.self) { try Journal.read(source: Sample.source, contentHash: Sample.hash, directory: dir.path) }
    }

    @Test("a device at the journal path (/dev/zero) is refused, not read without end",
          .enabled(if: getuid() == 0, "making a device node needs root"))
    func deviceIsRefused() throws {
        let dir = try TempDirectory()
        // /dev/zero is character device 1:5 (major in bits 8-19 on Linux).
        #expect(mknod(Sample.journalPath(dir), S_IFCHR | 0o600, dev_t(1 << 8 | 5)) == 0)
        #expect(throws: JournalError.self) { try Sample.open(dir) }
        #expect(throws: JournalError.self) { try Journal.read(source: Sample.source, contentHash: Sample.hash, directory: dir.path) }
    }

    @Test("a regular file past the size bound is refused after reading at most the bound")
    func hugeFileIsRefused() throws {
        let dir = try TempDirectory()
        let path = Sample.journalPath(dir)
        try Sample.write(Array("\(Journal.magic) content=\(Sample.hash)\n".utf8), to: path)
        // Sparse: costs no disk, reads back as zeros.
        #expect(truncate(path, off_t(Journal.maxBytes + 1)) == 0)
        do {
            _ = try Sample.open(dir)
            Issue.record("opened a journal larger than the bound")
        } catch let error as JournalError {
            guard case .unsafe(let message) = error else { Issue.record("\(error)"); return }
            #expect(message.contains("larger than"))
        }
    }

    @Test("a journal renamed from other content is not replayed; it is kept aside with a warning")
    func renamedJournalIsNotReplayed() throws {
        let dir = try TempDirectory()
        do {
            let (journal, _) = try Sample.open(dir, hash: Sample.otherHash)
            for record in Sample.records { try journal.append(record) }
        }
        let renamed = Sample.journalPath(dir)
        try FileManager.default.moveItem(atPath: Sample.journalPath(dir, hash: Sample.otherHash), toPath: renamed)
        let old = try Sample.bytes(renamed)

        let read = try Journal.read(source: Sample.source, contentHash: Sample.hash, directory: dir.path)
        #expect(read.records.isEmpty)
        #expect(read.warnings.contains { $0.contains("written for other content") })

        let (journal, contents) = try Sample.open(dir)
        #expect(contents.records.isEmpty)
        #expect(contents.warnings.count == 1)
        #expect(contents.warnings.first?.contains("written for other content") == true)
        #expect(try Sample.bytes(renamed + ".mismatched") == old)
        // The journal works from here on, for this content.
        try journal.append(Sample.records[0])
        #expect(try Journal.read(source: Sample.source, contentHash: Sample.hash, directory: dir.path).records == [Sample.records[0]])
    }
}

@Suite("Journal: what the writer writes, the reader reads")
struct JournalRoundTripTests {
    /// A small seeded generator, so a failure names a case that repeats.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func text() -> String {
            var s = ""
            for _ in 0..<Int(next() % 24) {
                // Controls, quotes, backslashes, bidi controls, separators,
                // astral characters and plain text, in any mix.
                let pool: [UInt32] = [0x0, 0x9, 0xA, 0xD, 0x1B, 0x22, 0x2F, 0x5C, 0x7F, 0x85, 0x202E, 0x2028, 0xFEFF, 0x1F600, 0x10FFFF]
                let v = next() % 3 == 0 ? pool[Int(next() % UInt64(pool.count))] : UInt32(0x20 + next() % 0x5F)
                if let u = Unicode.Scalar(v) { s.unicodeScalars.append(u) }
            }
            return s
        }
    }

    @Test("every record the writer accepts reads back identical; the rest are refused before anything is written")
    func everyWrittenRecordReadsBack() throws {
        let dir = try TempDirectory()
        let (written, size) = try Self.writeRandomRecords(dir)
        // Both outcomes are exercised.
        #expect(written.count > 50 && written.count < 250)
        let (_, contents) = try Sample.open(dir)
        #expect(contents.warnings.isEmpty)
        #expect(contents.records == written)
        // Reading repaired nothing: not one byte of what was written was cut.
        #expect(try Sample.bytes(Sample.journalPath(dir)).count == size)
    }

    static func writeRandomRecords(_ dir: TempDirectory) throws -> ([JournalRecord], Int) {
        var random = SplitMix(state: 0x7468_6972_7374_79)
        var written: [JournalRecord] = []
        let (journal, _) = try Sample.open(dir)
        let edges: [Int64] = [Timestamp.earliestPrintable.milliseconds, Timestamp.latestPrintable.milliseconds,
                              Timestamp.earliestPrintable.milliseconds - 1, Timestamp.latestPrintable.milliseconds + 1,
                              Int64.min, Int64.max, Timestamp.distantPast.milliseconds, Timestamp.distantFuture.milliseconds, 0, -1]
        for n in 0..<300 {
            let ms = n < edges.count ? edges[n] : Int64(bitPattern: random.next()) >> Int64(random.next() % 24)
            let kind = JournalRecord.Kind.allCases[Int(random.next() % 4)]
            let record = JournalRecord(kind: kind, at: Timestamp(milliseconds: ms), person: random.text(), text: random.text())
            let before = try FileManager.default.attributesOfItem(atPath: journal.path)[.size] as? Int
            do {
                try journal.append(record)
                written.append(record)
                #expect(record.at.isPrintable)
            } catch {
                #expect(!record.at.isPrintable, "refused \(record.person.debugDescription) \(record.text.debugDescription): \(error)")
                #expect(try FileManager.default.attributesOfItem(atPath: journal.path)[.size] as? Int == before, "a refused record left bytes behind")
            }
        }
        return (written, try Sample.bytes(journal.path).count)
    }

    @Test("after an action fails to be written, a record clearing that person's draft is refused")
    func failedActionKeepsTheDraft() throws {
        let dir = try TempDirectory()
        try Self.failThenClear(dir)
        let (_, contents) = try Sample.open(dir)
        #expect(contents.records.map(\.person) == ["hana", "kwame", "kwame", "kwame"])
    }

    static func failThenClear(_ dir: TempDirectory) throws {
        let (journal, _) = try Sample.open(dir)
        // A time no journal line can hold: the append fails like a full disk would.
        let unwritable = JournalRecord(kind: .message, at: Timestamp.latestPrintable.adding(seconds: 1), person: "kwame", text: "Hello")
        #expect(throws: JournalError.self) { try journal.append(unwritable) }
        let clear = JournalRecord(kind: .draft, at: Sample.time(1), person: "kwame", text: "")
        do {
            try journal.append(clear)
            Issue.record("cleared the draft after the message failed")
        } catch {
            #expect(error.description.contains("kept the draft"))
        }
        // Other people, and drafts that keep text, are not affected.
        try journal.append(JournalRecord(kind: .draft, at: Sample.time(2), person: "hana", text: ""))
        try journal.append(JournalRecord(kind: .draft, at: Sample.time(3), person: "kwame", text: "Hello again"))
        // Once an action for the person is written, clearing works again.
        let sent = JournalRecord(kind: .message, at: Sample.time(4), person: "kwame", text: "Hello again")
        try journal.append(sent)
        try journal.append(clear)
    }
}
