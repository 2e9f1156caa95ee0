import InboxModel
import OutreachPolicy

/// Each focus person's thread score after every step of the demo, worked
/// out once (and again after a reply sent from compose), so the meter can
/// be scaled to the highest score the demo reaches and the sparklines and
/// the end card can draw the score day by day without judging again.
struct DemoHistory: Sendable, Equatable {
    /// `scores[p][k]`: the score of focus person `p`'s thread after step
    /// `k`, or nil while they have no thread.
    var scores: [PersonRef: [Double?]]
    var threshold: Double
    /// The highest score any focus person reaches during the demo (0 when
    /// none goes above it).
    var peak: Double

    init(inbox: Inbox, demo: DemoState, policy: Policy) {
        threshold = policy.threshold
        var scores: [PersonRef: [Double?]] = [:]
        for p in demo.focus { scores[p] = [] }
        for t in demo.steps {
            let state = inbox.state(at: t)
            for p in demo.focus {
                let score = state.thread(with: p) != nil ? policy.judgeThread(with: p, in: inbox, state: state).score : nil
                scores[p, default: []].append(score)
            }
        }
        self.scores = scores
        peak = max(0, scores.values.joined().compactMap { $0 }.max() ?? 0)
    }

    /// Where the meter ends: the demo's peak, or half again the threshold
    /// when the peak is lower, so the threshold mark never sits at the end.
    var scale: Double { max(peak, threshold * 1.5, 1) }

    /// `person`'s score at the end of each day from day 1 (or the first
    /// step's day, if later) to the day of step `upTo`: the last score
    /// that day, carried over days with no events; nil before their thread.
    func daily(_ person: PersonRef, upTo step: Int, demo: DemoState) -> (firstDay: Int64, scores: [Double?]) {
        guard let series = scores[person], !demo.steps.isEmpty, step >= 0 else { return (1, []) }
        let last = min(step, demo.steps.count - 1, series.count - 1)
        guard last >= 0 else { return (1, []) }
        let firstDay = max(1, demo.day(of: demo.steps[0]))
        let lastDay = max(firstDay, demo.day(of: demo.steps[last]))
        var out: [Double?] = []
        var k = 0
        var current: Double?
        for day in firstDay...lastDay {
            while k <= last, demo.day(of: demo.steps[k]) <= day {
                current = series[k]
                k += 1
            }
            out.append(current)
        }
        return (firstDay, out)
    }
}
