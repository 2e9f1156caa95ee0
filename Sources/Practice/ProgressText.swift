import InboxModel
import OutreachPolicy
import ScreenKit
import Shared

/// `thirsty practice --progress`: saved results as plain text with small
/// bar charts (per rule and per check) and each exercise's attempts as a
/// row of marks, oldest first. Exercise and check names come from a file
/// anyone can edit, so they are sanitised before they are printed.
public enum ProgressText {
    public static let width = 76
    static let bar = 20
    /// Marks shown per exercise; older attempts are counted, not drawn.
    static let marks = 24

    public static func render(_ results: [PracticeResult]) -> String {
        var out = heading("Practice progress")
        guard let first = results.first, let last = results.last else {
            return out + "No practice results saved yet. Run `thirsty practice` and answer an exercise.\n"
        }
        let passed = results.filter(\.passed).count
        let exercises = orderedNames(results.map(\.exercise))
        out += "\(count(results.count, "answer")) to \(count(exercises.count, "exercise")), "
        out += "\(first.at.dateString) to \(last.at.dateString); \(passed) passed (\(percent(passed, results.count)))\n\n"

        out += "By rule (share of answers passing each of the article's rules)\n"
        for rule in ArticleRule.allCases {
            let seen = results.compactMap { $0.rules[rule.rawValue] }
            let ok = seen.filter { $0 == "pass" }.count
            out += row(rule.title, ok, seen.count)
        }

        let checkNames = orderedNames(results.flatMap { $0.checks.keys.sorted() })
        if !checkNames.isEmpty {
            out += "\nBy check (the exercises' own checks)\n"
            for name in checkNames {
                let seen = results.compactMap { $0.checks[name] }
                out += row(name, seen.filter { $0 }.count, seen.count)
            }
        }

        out += "\nBy exercise (oldest attempt first; ✓ passed, ✗ not yet)\n"
        for name in exercises {
            let mine = results.filter { $0.exercise == name }
            let shown = mine.suffix(marks)
            var line = "  " + clean(name).truncated(toWidth: 32).padded(toWidth: 33)
            line += (mine.count > shown.count ? "…" : "") + shown.map { $0.passed ? "✓" : "✗" }.joined()
            let ok = mine.filter(\.passed).count
            line = line.padded(toWidth: 60) + " \(ok)/\(mine.count) passed"
            out += line + "\n"
        }
        return out
    }

    static func row(_ label: String, _ ok: Int, _ total: Int) -> String {
        let filled = total == 0 ? 0 : Int((Double(ok) / Double(total) * Double(bar)).rounded())
        let chart = String(repeating: "█", count: filled) + String(repeating: "░", count: bar - filled)
        return "  " + clean(label).truncated(toWidth: 16).padded(toWidth: 17) + chart + " "
            + percent(ok, total).padded(toWidth: 4, alignment: .right) + "  \(ok)/\(total)\n"
    }

    static func heading(_ title: String) -> String {
        let head = "── " + title + " "
        return head + String(repeating: "─", count: max(3, width - head.displayWidth)) + "\n"
    }

    static func clean(_ s: String) -> String { TerminalText.sanitize(s, .singleLine) }

    static func percent(_ n: Int, _ of: Int) -> String { of == 0 ? "–" : "\(Int((Double(n) / Double(of) * 100).rounded()))%" }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// Distinct, in order of first appearance.
    static func orderedNames(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
