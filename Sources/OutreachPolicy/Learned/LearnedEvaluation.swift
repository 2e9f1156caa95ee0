import InboxModel
import Shared

/// `thirsty eval`'s account of the learned rule: the same corpus judged
/// with and without it, and how often each band fired on each class.
public struct LearnedComparison: Sendable {
    public let with: Evaluation
    public let without: Evaluation
    /// The learned rule's figures with each file held out of its training.
    public let heldOut: Evaluation.ThreadMetrics?

    public init(with: Evaluation, without: Evaluation, heldOut: Evaluation.ThreadMetrics? = nil) {
        self.with = with
        self.without = without
        self.heldOut = heldOut
    }

    /// Hits per band on thirsty and on sincere threads, in band order.
    public var bandHits: [(band: LearnedBand, thirsty: Int, sincere: Int)] {
        LearnedBand.all.map { band in
            var t = 0, s = 0
            for c in with.threads where c.verdict.findings.contains(where: { $0.rule == band.id }) {
                if c.label == .thirsty { t += 1 } else { s += 1 }
            }
            return (band, t, s)
        }
    }

    public func render() -> String {
        var out = ["LEARNED RULE (figures at \(formatScore(with.threshold)))"]
        out.append(pad("BAND", 20) + pad("THIRSTY", 9) + pad("SINCERE", 9) + "SCORE")
        for (band, t, s) in bandHits {
            out.append(pad(band.id, 20) + pad("\(t)", 9) + pad("\(s)", 9) + formatScore(band.score))
        }
        out.append("without the learned rule: " + figures(without))
        out.append("with the learned rule:    " + figures(with))
        if let heldOut, !with.threads.isEmpty {
            out.append("with it, each file held out of training: " + figures(heldOut))
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func figures(_ e: Evaluation) -> String {
        e.threads.isEmpty ? "no labelled threads" : figures(e.threadMetrics(threshold: e.threshold))
    }

    private func figures(_ m: Evaluation.ThreadMetrics) -> String {
         "recall \(fixed(m.recall)), false-positive rate \(fixed(m.falsePositiveRate)), accuracy \(fixed(m.accuracy)) "
            + "(TP \(m.truePositives), FN \(m.falseNegatives), FP \(m.falsePositives), TN \(m.trueNegatives))"
    }

    private func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }
}

extension LearnedComparison {
    /// Figures a model trained on the corpus cannot honestly give about
    /// the same corpus: each file judged by a model trained on the other
    /// files only (leave one file out). Files in a `blind` folder are
    /// judged but never trained on.
    public static func heldOut(
        policy: Policy, inboxes: [(source: String, inbox: Inbox)]
    ) -> Evaluation.ThreadMetrics {
        let training = inboxes.map { $0.source.split(separator: "/").contains("blind") ? [] : LearnedTrainer.examples(in: $0.inbox) }
        var m = Evaluation.ThreadMetrics(threshold: policy.threshold)
        for (i, item) in inboxes.enumerated() where item.inbox.people.contains(where: { $0.label != nil }) {
            var others: [LearnedExample] = []
            for (j, examples) in training.enumerated() where j != i { others += examples }
            var p = policy
            p.learned = LearnedModel(counts: LearnedTrainer.counts(others))
            for c in Evaluation(policy: p, inboxes: [item]).threads {
                let flagged = c.verdict.score >= policy.threshold
                switch (c.label, flagged) {
                case (.thirsty, true): m.truePositives += 1
                case (.thirsty, false): m.falseNegatives += 1
                case (.sincere, true): m.falsePositives += 1
                case (.sincere, false): m.trueNegatives += 1
                }
            }
        }
        return m
    }
}
