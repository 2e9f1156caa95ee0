import InboxModel
import OutreachPolicy
import Practice
import ScreenKit
import Shared

/// Plain-text rendering of a practice session for a terminal or a pipe:
/// the scene, the coach's feedback, what a strong answer does, and the
/// summary. Every piece of fixture or learner text is sanitised.
public enum PracticeText {
    public static let width = 76

    /// The scene and the task: what happened with the person so far, then
    /// the prompt.
    public static func intro(_ scene: PracticeScene, number: Int, of total: Int) -> String {
        let e = scene.exercise
        let person = scene.inbox.person(scene.person)
        var out = rule("Exercise \(number) of \(total) · \(e.kind.title)") + "\n"
        out += wrap(e.title, indent: "") + "\n"
        var place = "Writing to \(person.name)"
        if !person.headline.isEmpty { place += " (\(person.headline))" }
        place += " · \(scene.at.dateString) \(scene.at.timeOfDayString) UTC"
        out += wrap(place, indent: "") + "\n\n"
        let history = timeline(scene, limit: 8)
        if !history.isEmpty {
            out += "So far with \(person.firstName):\n"
            for line in history { out += line + "\n" }
            out += "\n"
        }
        out += wrap(e.prompt, indent: "") + "\n"
        return out
    }

    /// The person's recent timeline as seen at the exercise's moment,
    /// oldest first: the last `limit` events.
    public static func timeline(_ scene: PracticeScene, limit: Int) -> [String] {
        entries(scene, limit: limit).map { wrap($0, indent: "  ", hanging: "      ") }
    }

    /// The same events unwrapped, one "3 days ago: …" line each.
    public static func entries(_ scene: PracticeScene, limit: Int) -> [String] {
        let inbox = scene.inbox
        let first = inbox.person(scene.person).firstName
        let events = scene.state.activity[Int(scene.person.index)].suffix(limit)
        var lines: [String] = []
        for i in events {
            let e = inbox.events[Int(i)]
            let ago = RelativeTime.span(seconds: max(0, e.at.seconds(until: scene.at))) + " ago"
            let who = e.actor.isOwner ? "You" : first
            let what: String
            switch e.type {
            case .message: what = "\(who) wrote: “\(e.text)”"
            case .invite: what = e.actor.isOwner ? "You invited \(first) to connect" : "\(first) invited you to connect" + (e.text.isEmpty ? "" : ": “\(e.text)”")
            case .accept: what = e.actor.isOwner ? "You accepted \(first)'s invitation" : "\(first) accepted your invitation"
            case .ignore: what = e.actor.isOwner ? "You ignored \(first)'s invitation" : "\(first) ignored your invitation"
            case .post: what = "\(first) posted: “\(e.text)”"
            case .like, .comment:
                let whose = e.subject.isOwner ? "your" : "\(first)'s"
                let title = e.post.map { " “" + inbox.post($0).text.truncated(toWidth: 40) + "”" } ?? ""
                what = "\(who) \(e.type == .like ? "liked" : "commented on") \(whose) post\(title)" + (e.text.isEmpty ? "" : ": “\(e.text)”")
            }
            lines.append("\(ago): \(what)")
        }
        return lines
    }

    /// The coach's verdict on one attempt and what a strong answer does.
    public static func feedback(_ attempt: PracticeAttempt) -> String {
        var out = "\nCoach:\n"
        out += rules(attempt.feedback)
        if let verdict = attempt.verdict { out += "\n" + self.verdict(verdict) }
        out += "\nWhat strong answers do:\n"
        for point in attempt.exercise.strongAnswers { out += wrap("• " + point, indent: "  ", hanging: "    ") + "\n" }
        out += "\nA strong answer:\n"
        out += wrap(attempt.exercise.example, indent: "  ") + "\n"
        return out
    }

    /// The three rules, each with its mark, word and advice, then the verdict.
    public static func rules(_ f: CoachFeedback) -> String {
        var out = ""
        for line in f.rules {
            let head = "  \(line.status.mark) \(line.rule.title.padded(toWidth: 8)) \(line.status.rawValue)"
            out += head + "\n"
            for advice in line.advice { out += wrap(advice, indent: "      ") + "\n" }
        }
        let score = "score \(Findings.format(f.score)) / \(Findings.format(f.threshold))"
        out += f.flagged ? "  FLAGGED: you'd be flagged for the same (\(score))\n" : "  Not flagged (\(score))\n"
        if !f.stages.isEmpty { out += "  Stages: " + f.stages.map(\.rawValue).joined(separator: " → ") + "\n" }
        return out
    }

    /// The exercise's own checks and whether the answer passed.
    public static func verdict(_ v: ExerciseVerdict) -> String {
        var out = v.passed ? "Exercise: passed\n" : "Exercise: not yet\n"
        for c in v.checks {
            out += "  \(c.passed ? CoachFeedback.Status.pass.mark : CoachFeedback.Status.fail.mark) \(c.check.title)\n"
            if let advice = c.advice { out += wrap(advice, indent: "      ") + "\n" }
        }
        for reason in v.reasons where !v.checks.contains(where: { reason.hasPrefix($0.check.title + ":") }) {
            out += wrap("✗ " + reason, indent: "  ", hanging: "      ") + "\n"
        }
        return out
    }

    /// Per-rule pass rates over the session.
    public static func summary(_ s: PracticeSummary) -> String {
        let n = s.attempts.count
        var out = rule("Session summary") + "\n"
        guard n > 0 else { return out + "No answers were scored.\n" }
        out += "\(n) attempt\(n == 1 ? "" : "s"), \(s.clean) with every rule passed, \(s.flagged) that would be flagged\n"
        out += "\(s.passedExercises) of \(n) did what the exercise asked\n"
        for rule in ArticleRule.allCases {
            let t = s.tally(for: rule)
            let pct = Int((t.passRate * 100).rounded())
            let passed = "\(t.pass)/\(t.total) passed (\(pct)%)"
            out += "  \(rule.title.padded(toWidth: 8)) \(passed.padded(toWidth: 18)) \(t.warn) warn, \(t.fail) fail\n"
        }
        return out
    }

    static func rule(_ title: String) -> String {
        let head = "── " + title + " "
        return head + String(repeating: "─", count: max(3, width - head.displayWidth))
    }

    /// Sanitised, wrapped to `width` with `indent` on the first line and
    /// `hanging` (default: the same) on the rest.
    public static func wrap(_ text: String, indent: String, hanging: String? = nil) -> String {
        let rest = hanging ?? indent
        let room = max(20, width - max(indent.displayWidth, rest.displayWidth))
        let lines = TerminalText.sanitize(text, .multiLine).wrapped(toWidth: room)
        return lines.enumerated().map { ($0.offset == 0 ? indent : rest) + $0.element }.joined(separator: "\n")
    }
}
