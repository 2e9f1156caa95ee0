import Foundation
import InboxJournal
import InboxModel
import OutreachPolicy
import Shared

/// One scored practice answer as progress keeps it: the exercise by name,
/// whether it passed, each article rule's status and each of the
/// exercise's own checks. The answer's text is not kept.
public struct PracticeResult: Equatable, Sendable {
    /// Wall-clock time the result was saved.
    public var at: Timestamp
    public var exercise: String
    public var passed: Bool
    /// Rule name ("relax", "value", "sincere") to "pass", "warn" or "fail".
    public var rules: [String: String]
    /// Check name ("declines", "max-words") to whether it held.
    public var checks: [String: Bool]

    public init(at: Timestamp, exercise: String, passed: Bool, rules: [String: String], checks: [String: Bool]) {
        self.at = at
        self.exercise = exercise
        self.passed = passed
        self.rules = rules
        self.checks = checks
    }

    /// The result of one verdict on `exercise`.
    public init(at: Timestamp, exercise: String, verdict: ExerciseVerdict) {
        var rules: [String: String] = [:]
        for r in verdict.report.rules { rules[r.rule.rawValue] = r.status.rawValue }
        var checks: [String: Bool] = [:]
        for c in verdict.checks { checks[c.check.name] = c.passed }
        self.init(at: at, exercise: exercise, passed: verdict.passed, rules: rules, checks: checks)
    }

    /// One line of JSON, keys in a fixed order.
    public var json: String {
        var w = JSONWriter()
        w.beginObject()
        w.field("at", at.iso8601)
        w.field("exercise", exercise)
        w.field("passed", passed)
        w.beginObject("rules")
        for k in rules.keys.sorted() { w.field(k, rules[k]) }
        w.endObject()
        w.beginObject("checks")
        for k in checks.keys.sorted() { w.field(k, checks[k] == true) }
        w.endObject()
        w.endObject()
        return w.text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    public init?(json bytes: ArraySlice<UInt8>) {
        guard let o = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
              let atText = o["at"] as? String, let at = try? Timestamp.parse(atText),
              let exercise = o["exercise"] as? String, let passed = o["passed"] as? Bool,
              let rules = o["rules"] as? [String: String], let checks = o["checks"] as? [String: Bool] else { return nil }
        self.init(at: at, exercise: exercise, passed: passed, rules: rules, checks: checks)
    }
}

/// Practice results across sessions, in `$XDG_DATA_HOME/thirsty/practice.log`
/// (default `~/.local/share/thirsty/practice.log`): a checksummed,
/// append-only log, each result fsynced before the screen calls it saved.
public struct PracticeProgress: Sendable {
    public let log: ChecksummedLog
    public var path: String { log.path }

    public init(path: String) {
        log = ChecksummedLog(path: path, magic: "#thirsty-practice v1")
    }

    public static func defaultPath(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/thirsty/practice.log" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return home + "/.local/share/thirsty/practice.log"
    }

    /// Returns once the result is on disk.
    public func save(_ result: PracticeResult) throws(JournalError) {
        try log.append(Array(result.json.utf8))
    }

    /// Every result read back, oldest first, and warnings about records
    /// that could not be read.
    public func load() throws(JournalError) -> (results: [PracticeResult], warnings: [String]) {
        let (records, warnings) = try log.read()
        var results: [PracticeResult] = []
        var more = warnings
        for (n, r) in records.enumerated() {
            if let result = PracticeResult(json: r) { results.append(result) } else { more.append("result \(n + 1) in \(path) is not one this version reads; skipped it") }
        }
        return (results, more)
    }
}
