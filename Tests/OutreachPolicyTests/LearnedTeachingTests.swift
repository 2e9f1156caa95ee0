import InboxModel
import Testing
@testable import OutreachPolicy

/// The user's teachings as stored: what replays, and what a crash leaves.
@Suite("Learned teachings")
struct LearnedTeachingTests {
    static func teach(_ id: Int, _ person: String, _ label: ThreadLabel = .thirsty) -> Teaching {
        Teaching(kind: .teach, id: id, label: label, source: "inbox.yaml", person: person, name: person.capitalized,
                 texts: ["Hello \(person)", "Second “line”\nwith a newline"], at: "2026-12-01T10:00:00Z")
    }

    static func file(_ records: [Teaching]) -> [UInt8] {
        Array(TeachingLog.header.utf8) + records.flatMap(TeachingLog.line(for:))
    }

    @Test func teachListForgetRoundTrip() {
        let a = Self.teach(1, "ana"), b = Self.teach(2, "ben", .sincere), c = Self.teach(3, "cy")
        var log = [a, b, c]
        var read = TeachingLog.read(Self.file(log), path: "t")
        #expect(read.teachings == [a, b, c])
        #expect(read.nextID == 4 && read.warnings.isEmpty)
        log.append(Teaching(kind: .forget, id: 2))
        read = TeachingLog.read(Self.file(log), path: "t")
        #expect(read.teachings == [a, c])
        // Teaching the same thread again replaces the earlier teaching.
        var again = Self.teach(4, "ana", .sincere)
        log.append(again)
        read = TeachingLog.read(Self.file(log), path: "t")
        #expect(read.teachings == [c, again])
        log.append(Teaching(kind: .forgetAll, id: 0))
        read = TeachingLog.read(Self.file(log), path: "t")
        #expect(read.teachings.isEmpty && read.nextID == 5)
        again.id = 5
        log.append(again)
        #expect(TeachingLog.read(Self.file(log), path: "t").teachings == [again])
    }

    /// A crash can cut the file anywhere: every whole record before the cut
    /// replays, the torn one is reported and dropped, and an append lands
    /// after the last whole line.
    @Test func aFileCutAnywhereKeepsEveryWholeRecord() {
        let records = [Self.teach(1, "ana"), Self.teach(2, "ben"), Self.teach(3, "cy")]
        let full = Self.file(records)
        let ends = [Array(TeachingLog.header.utf8).count] + records.indices.map { Self.file(Array(records[...$0])).count }
        for cut in 0...full.count {
            let read = TeachingLog.read(Array(full[..<cut]), path: "t")
            let whole = ends.dropFirst().filter { $0 <= cut }.count
            #expect(read.teachings == Array(records.prefix(whole)), "cut at \(cut)")
            let torn = cut > ends[0] && !ends.contains(cut)
            #expect(read.warnings.count == (torn ? 1 : 0), "cut at \(cut): \(read.warnings)")
            #expect(read.validLength == (cut < ends[0] ? 0 : ends.last { $0 <= cut }!), "cut at \(cut)")
        }
    }

    @Test func aDamagedRecordIsSkippedAndTheRestReplay() {
        let records = [Self.teach(1, "ana"), Self.teach(2, "ben"), Self.teach(3, "cy")]
        let full = Self.file(records)
        let start = Self.file([records[0]]).count, end = Self.file(Array(records[0...1])).count
        for i in start..<(end - 1) {
            var bytes = full
            bytes[i] ^= 0x01
            let read = TeachingLog.read(bytes, path: "t")
            #expect(read.teachings == [records[0], records[2]], "byte \(i)")
            #expect(read.warnings.count == 1, "byte \(i)")
        }
    }

    @Test func aForeignFileIsLeftAlone() {
        let read = TeachingLog.read(Array("hello\n".utf8), path: "t")
        #expect(read.validLength == -1 && read.teachings.isEmpty && read.warnings.count == 1)
    }
}
