import OutreachPolicy

/// Whether an answer does what its exercise asks: every check in the file
/// holds, the engine would not flag it, and it fails neither Value nor
/// Sincere. Relax is reported but not held against the answer: it is about
/// timing, which no wording changes (the just-connected exercise teaches
/// exactly that).
public struct ExerciseVerdict: Sendable, Equatable {
    public var checks: [CheckResult]
    public var report: CoachReport

    public init(checks: [CheckResult], report: CoachReport) {
        self.checks = checks
        self.report = report
    }

    public init(exercise: Exercise, answer: String, report: CoachReport, policy: Policy) {
        let signals = exercise.checks.isEmpty ? nil : policy.rulebook.signals(onMessage: answer)
        self.checks = signals.map { s in exercise.checks.map { $0.evaluate(s) } } ?? []
        self.report = report
    }

    /// Rules whose failure fails the exercise.
    public static let heldRules: [ArticleRule] = [.value, .sincere]

    public var passed: Bool { reasons.isEmpty }

    /// Why the answer fails the exercise, one line each; empty when it passes.
    public var reasons: [String] {
        var out = checks.filter { !$0.passed }.map { "\($0.check.title): \($0.advice ?? "not met")" }
        for rule in Self.heldRules where report.advice(for: rule)?.status == .fail {
            out.append("\(rule.title): \(report.advice(for: rule)?.sentence ?? "fails")")
        }
        if report.flagged { out.append("The engine would flag this thread with your answer in it") }
        return out
    }
}
