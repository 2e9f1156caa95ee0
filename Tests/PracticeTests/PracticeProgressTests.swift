import Foundation
import InboxJournal
import InboxModel
import Practice
import Testing

@Suite struct PracticeProgressTests {
    static func scratch() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-progress-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("sub/practice.log").path
    }

    static func result(_ exercise: String, passed: Bool, minute: Int = 0) throws -> PracticeResult {
        PracticeResult(
            at: try Timestamp.parse("2026-03-20T09:\(String(format: "%02d", minute)):00Z"), exercise: exercise, passed: passed,
            rules: ["relax": "pass", "value": passed ? "pass" : "fail", "sincere": "warn"],
            checks: ["declines": passed, "no-sarcasm": true])
    }

    @Test func savedResultsReadBackInOrder() throws {
        let store = PracticeProgress(path: try Self.scratch())
        #expect(try store.load().results.isEmpty)
        let a = try Self.result("decline-sales-pitch", passed: false, minute: 1)
        let b = try Self.result("decline-sales-pitch", passed: true, minute: 2)
        let c = try Self.result("odd \"name\"\u{1B}[2J", passed: true, minute: 3)
        for r in [a, b, c] { try store.save(r) }
        let (results, warnings) = try store.load()
        #expect(results == [a, b, c])
        #expect(warnings.isEmpty)
    }

    @Test func aTornLastRecordIsSkippedAndCutOffByTheNextSave() throws {
        let path = try Self.scratch()
        let store = PracticeProgress(path: path)
        let a = try Self.result("a", passed: true)
        try store.save(a)
        // A crash mid-write: half a line.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("0badc0de {\"at\":\"2026".utf8))
        try handle.close()
        let torn = try store.load()
        #expect(torn.results == [a])
        #expect(torn.warnings.count == 1)
        let b = try Self.result("b", passed: false)
        try store.save(b)
        let after = try store.load()
        #expect(after.results == [a, b])
        #expect(after.warnings.isEmpty)
    }

    @Test func aDamagedRecordIsSkippedNotFatal() throws {
        let path = try Self.scratch()
        let store = PracticeProgress(path: path)
        try store.save(try Self.result("a", passed: true))
        try store.save(try Self.result("b", passed: true))
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"a\"", with: "\"x\"")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let (results, warnings) = try store.load()
        #expect(results.map(\.exercise) == ["b"])
        #expect(warnings.count == 1)
    }

    @Test func aFileThatIsNotOursIsNeitherReadNorWritten() throws {
        let path = try Self.scratch()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try "hello\n".write(toFile: path, atomically: true, encoding: .utf8)
        let store = PracticeProgress(path: path)
        #expect(try store.load().warnings.count == 1)
        #expect(throws: JournalError.self) { try store.save(try Self.result("a", passed: true)) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "hello\n")
    }

    @Test func theDefaultPathFollowsXDG() {
        #expect(PracticeProgress.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/r"]) == "/x/data/thirsty/practice.log")
        #expect(PracticeProgress.defaultPath(environment: ["HOME": "/home/r"]) == "/home/r/.local/share/thirsty/practice.log")
        #expect(PracticeProgress.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/r"]) == "/home/r/.local/share/thirsty/practice.log")
    }

    @Test func theProgressTextChartsRulesChecksAndExercises() throws {
        let results = [
            try Self.result("decline-sales-pitch", passed: false, minute: 1),
            try Self.result("decline-sales-pitch", passed: true, minute: 2),
            try Self.result("evil\u{1B}]0;pwned\u{07}", passed: true, minute: 3),
        ]
        let text = ProgressText.render(results)
        #expect(text.contains("3 answers to 2 exercises"))
        #expect(text.contains("2 passed (67%)"))
        #expect(text.contains("Value            █████████████░░░░░░░  67%  2/3"))
        #expect(text.contains("Sincere          ░░░░░░░░░░░░░░░░░░░░   0%  0/3"))
        #expect(text.contains("declines"))
        #expect(text.contains("✗✓"))
        #expect(text.contains("1/2 passed"))
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{07}"))
        #expect(ProgressText.render([]).contains("No practice results saved yet"))
    }
}
