import Foundation
import InboxModel
@testable import LinkedInExport
import Testing

/// Every hostile archive the reader can meet: a located error, and no
/// file written anywhere (the reader only ever reads).
@Suite struct HostileArchiveTests {
    final class Scratch {
        let dir: URL
        init() throws {
            dir = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(at: dir) }

        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = dir.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }

        var listing: [String] { (try? FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()) ?? [] }
    }

    static let at = Timestamp(milliseconds: 1_770_000_000_000)

    func expectRefused(_ bytes: [UInt8], limits: ExportLimits = .standard, _ check: (ExportError) -> Bool) throws {
        let s = try Scratch()
        let path = try s.write("export.zip", bytes)
        let before = s.listing
        do {
            _ = try ExportReader.read(path: path, limits: limits)
            Issue.record("read a hostile archive")
        } catch {
            #expect(check(error), "\(error)")
            #expect(!error.description.contains("\n"))
            #expect(!error.isMissingInput)
        }
        #expect(s.listing == before)
    }

    func zip(_ files: [(String, [UInt8])]) throws -> [UInt8] {
        try ExportZip.make(files.map { (name: $0.0, bytes: $0.1) }, at: Self.at)
    }

    @Test func notAZip() throws {
        try expectRefused(Array("version: 1\nowner: {id: me}\n".utf8)) { if case .notZip = $0 { true } else { false } }
    }

    @Test func truncatedZip() throws {
        let good = try SyntheticExport(inbox: SampleInbox.inbox(), era: .y2024).zip()
        try expectRefused(Array(good.prefix(good.count / 2))) { if case .damaged = $0 { true } else { false } }
    }

    @Test func entryClimbingOutOfTheArchive() throws {
        try expectRefused(try zip([("messages.csv", [0x61]), ("../../etc/evil.csv", [0x61])])) {
            $0 == .unsafeEntryPath($0.pathForTest, entry: "../../etc/evil.csv")
        }
    }

    @Test func entryWithAnAbsolutePath() throws {
        try expectRefused(try zip([("/tmp/messages.csv", [0x61])])) { if case .unsafeEntryPath = $0 { true } else { false } }
    }

    @Test func bombPastTheRatioCap() throws {
        let bomb = Array(repeating: UInt8(ascii: "a"), count: 24 << 20)
        try expectRefused(try zip([("messages.csv", bomb)])) {
            if case .tooLarge(_, let entry, .ratio(let r)) = $0 { entry == "messages.csv" && r == ExportLimits.standard.ratio } else { false }
        }
    }

    @Test func pastTheTotalCap() throws {
        // Text that compresses little, in two files that each fit alone.
        var rng: UInt64 = 42
        let noise = (0..<(600 << 10)).map { _ -> UInt8 in
            rng = rng &* 6_364_136_223_846_793_005 &+ 1
            return UInt8(0x41 + (rng >> 59))
        }
        let limits = ExportLimits(totalBytes: 1 << 20, entryBytes: 1 << 20)
        try expectRefused(try zip([("Connections.csv", noise), ("messages.csv", noise)]), limits: limits) {
            if case .tooLarge(_, _, .total(let n)) = $0 { n == 1 << 20 } else { false }
        }
        #expect(ExportError.tooLarge("x.zip", entry: "messages.csv", cap: .total(128 << 20)).description.contains("total cap"))
    }

    @Test func noExportFiles() throws {
        try expectRefused(try zip([("README.txt", Array("hello".utf8))])) { if case .noExportFiles = $0 { true } else { false } }
    }

    @Test func unbalancedQuotesInside() throws {
        let csv = Array((CSVReadingTests.header + "\nc1,,Ana,,Robin,2025-06-01 14:03:22 UTC,,\"open,INBOX").utf8)
        try expectRefused(try zip([("messages.csv", csv)])) {
            if case .unbalancedQuote(let file, 2) = $0 { file.hasSuffix("export.zip: messages.csv") } else { false }
        }
    }

    @Test func invalidUTF8Inside() throws {
        try expectRefused(try zip([("messages.csv", Array("CONVERSATION ID,FROM\n".utf8) + [0xFF, 0xFE])])) {
            if case .invalidUTF8(let file, 2) = $0 { file.hasSuffix("export.zip: messages.csv") } else { false }
        }
    }

    @Test func headerWithNoKnownColumnsInside() throws {
        try expectRefused(try zip([("Connections.csv", Array("a,b,c\n1,2,3".utf8))])) {
            if case .noKnownColumns(let file) = $0 { file.hasSuffix("export.zip: Connections.csv") } else { false }
        }
    }

    @Test func entryNamesAreShownSafely() {
        #expect(ExportFiles.shown("a\u{1B}[2Jb\"c") == "a?[2Jb?c")
        #expect(ExportFiles.shown(String(repeating: "x", count: 500)).count == 60)
        #expect(!ExportFiles.isSafe(entryPath: "C:\\x.csv") && !ExportFiles.isSafe(entryPath: "a/../b") && ExportFiles.isSafe(entryPath: "a/b.csv"))
    }
}

extension ExportError {
    /// The archive path an error names, to compare whole errors.
    var pathForTest: String {
        switch self {
        case .unsafeEntryPath(let p, _), .notZip(let p), .damaged(let p, _), .tooLarge(let p, _, _), .noExportFiles(let p),
             .notFound(let p), .unreadable(let p, _):
            return p
        default: return ""
        }
    }
}
