import Shared

extension Evaluation {
    /// The mass-check report: per-rule hits, the figures at each threshold,
    /// every disagreement with the rules that fired, the invitation
    /// confusion table, and as its last line the overall figures at the
    /// default threshold.
    public func render() -> String {
        var out: [String] = []
        let thirsty = threads.filter { $0.label == .thirsty }.count
        out.append("THREADS: \(threads.count) labelled (\(thirsty) thirsty, \(threads.count - thirsty) sincere)")
        out.append(ruleTable(threadRuleStats, positive: "THIRSTY", negative: "SINCERE"))
        let ignore = invitations.filter { $0.label == .ignore }.count
        out.append("INVITATIONS: \(invitations.count) labelled (\(invitations.count - ignore) accept, \(ignore) ignore)")
        out.append(ruleTable(invitationRuleStats, positive: "IGNORE", negative: "ACCEPT"))

        out.append("THRESHOLDS (threads)")
        out.append(row(["THRESHOLD", "RECALL", "FP RATE", "ACCURACY", "TP", "FN", "FP", "TN"], widths: [10, 8, 8, 9, 4, 4, 4, 4]))
        for t in thresholds {
            let m = threadMetrics(threshold: t)
            let mark = t == threshold ? "*" : " "
            out.append(row([formatScore(t) + mark, fixed(m.recall), fixed(m.falsePositiveRate), fixed(m.accuracy),
                            "\(m.truePositives)", "\(m.falseNegatives)", "\(m.falsePositives)", "\(m.trueNegatives)"],
                           widths: [10, 8, 8, 9, 4, 4, 4, 4]))
        }
        out.append("")

        let mistakes = threadMistakes
        out.append("THREAD DISAGREEMENTS at \(formatScore(threshold)): \(mistakes.count)")
        for c in mistakes {
            out.append("  \(c.source) \(c.person) (\(c.name)) label=\(c.label.rawValue) \(c.verdict.explanation)")
        }
        out.append("")
        let wrong = invitationMistakes
        out.append("INVITATION DISAGREEMENTS: \(wrong.count)")
        for c in wrong {
            out.append("  \(c.source) \(c.person) (\(c.name)) label=\(c.label.rawValue) \(c.verdict.explanation)")
        }
        out.append("")
        let m = invitationMetrics
        out.append("INVITATION CONFUSION")
        out.append(row(["", "ACCEPTED", "IGNORED"], widths: [16, 9, 8]))
        out.append(row(["label accept", "\(m.acceptedAccept)", "\(m.ignoredAccept)"], widths: [16, 9, 8]))
        out.append(row(["label ignore", "\(m.acceptedIgnore)", "\(m.ignoredIgnore)"], widths: [16, 9, 8]))
        out.append("")
        out.append(summaryLine)
        return out.joined(separator: "\n") + "\n"
    }

    /// `threads: recall 0.968, false-positive rate 0.032 at 5.0; invitations: accuracy 0.974 (37/38)`
    /// A corpus with nothing labelled on one side says so rather than
    /// print 0.000 for a ratio of nothing.
    public var summaryLine: String {
        let t = threadMetrics(threshold: threshold)
        let i = invitationMetrics
        let threadPart = threads.isEmpty
            ? "threads: none labelled"
            : "threads: recall \(fixed(t.recall)), false-positive rate \(fixed(t.falsePositiveRate)), accuracy \(fixed(t.accuracy)) at \(formatScore(threshold)) (\(threads.count) threads)"
        let invitationPart = i.total == 0 ? "invitations: none labelled" : "invitations: accuracy \(fixed(i.accuracy)) (\(i.correct)/\(i.total))"
        return threadPart + "; " + invitationPart
    }

    private func ruleTable(_ stats: [RuleStats], positive: String, negative: String) -> String {
        let widths = [34, 8, 8, 6, 7]
        var lines = [row(["RULE", positive, negative, "S/O", "SCORE"], widths: widths)]
        for s in stats {
            lines.append(row([s.rule, "\(s.positiveHits)", "\(s.negativeHits)", fixed(s.ratio, digits: 2), formatScore(s.score)], widths: widths))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ cells: [String], widths: [Int]) -> String {
        var s = ""
        for (i, c) in cells.enumerated() {
            let w = i < widths.count ? widths[i] : c.count + 1
            if i == 0 {
                s += c + String(repeating: " ", count: max(1, w - c.count))
            } else {
                s += String(repeating: " ", count: max(1, w - c.count)) + c
            }
        }
        return s
    }
}
