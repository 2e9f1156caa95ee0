import InboxModel
import Shared
import Yams

/// A coach check set: drafts, each written as the owner's next message to
/// someone in a context inbox, labelled `ok` or `bad`.
///
/// ```yaml
/// version: 1
/// drafts:
///   - context: ctx-hospital.yaml   # a fixture next to this file
///     with: amara                  # the person the draft is to
///     label: bad                   # ok | bad
///     why: "one-word brush-off"    # optional
///     text: |
///       later
/// ```
public struct CoachDraftSet: Sendable {
    public struct Draft: Sendable, Equatable {
        public var context: String
        public var with: String
        public var label: Label
        public var why: String
        public var text: String
    }

    public enum Label: String, Sendable { case ok, bad }

    public var drafts: [Draft]

    /// Whether `yaml` is a drafts file rather than a fixture: its top level
    /// has `drafts:`. Cheap enough to ask of every file in a corpus.
    public static func looksLikeDrafts(_ yaml: String) -> Bool {
        yaml.split(separator: "\n", omittingEmptySubsequences: true).contains { $0.hasPrefix("drafts:") }
    }

    /// Parses a drafts file; errors name the draft and the key.
    public static func parse(_ yaml: String, source: String) throws(CoachDraftError) -> CoachDraftSet {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw CoachDraftError(message: "\(source): not valid YAML")
        }
        guard let list = root?.mapping?["drafts"]?.sequence else {
            throw CoachDraftError(message: "\(source): expected a `drafts:` list")
        }
        var drafts: [Draft] = []
        for (i, node) in list.enumerated() {
            guard let m = node.mapping else { throw CoachDraftError(message: "\(source): drafts[\(i)]: expected a mapping") }
            func text(_ key: String, required: Bool = true) throws(CoachDraftError) -> String {
                guard let s = m[key]?.string else {
                    if required { throw CoachDraftError(message: "\(source): drafts[\(i)]: missing \(key)") }
                    return ""
                }
                return s
            }
            let labelText = try text("label")
            guard let label = Label(rawValue: labelText) else {
                throw CoachDraftError(message: "\(source): drafts[\(i)].label: expected ok or bad, not \(labelText)")
            }
            var body = try text("text")
            while body.hasSuffix("\n") { body.removeLast() }
            drafts.append(Draft(context: try text("context"), with: try text("with"), label: label,
                                why: try text("why", required: false), text: body))
        }
        return CoachDraftSet(drafts: drafts)
    }
}

public struct CoachDraftError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// The coach measured against a labelled drafts set: a draft is judged bad
/// when the owner's side of the thread would be flagged with it, or when it
/// fails any of the article's rules (`CoachReport.judgedBad`).
public struct CoachEvaluation: Sendable {
    public struct Case: Sendable {
        public var source: String
        public var draft: CoachDraftSet.Draft
        public var judgedBad: Bool
        public var failed: [ArticleRule]
        public var rules: [String]
        public var right: Bool { judgedBad == (draft.label == .bad) }
    }

    public let cases: [Case]

    /// `contexts` maps each draft's `context` to its inbox; a draft whose
    /// context or person is missing is an error for the caller to report.
    public init(policy: Policy = Policy(), source: String, set: CoachDraftSet, contexts: [String: Inbox]) throws(CoachDraftError) {
        var cases: [Case] = []
        for (i, d) in set.drafts.enumerated() {
            guard let inbox = contexts[d.context] else { throw CoachDraftError(message: "\(source): drafts[\(i)]: no context \(d.context)") }
            guard let ref = inbox.ref(forPersonID: d.with), !ref.isOwner else {
                throw CoachDraftError(message: "\(source): drafts[\(i)]: \(d.context) has no person \(d.with)")
            }
            let r = Coach.review(draft: d.text, to: ref, in: inbox, state: inbox.state(), at: inbox.now, policy: policy)
            cases.append(Case(source: source, draft: d, judgedBad: r.judgedBad, failed: r.failedRules,
                              rules: r.findings.filter { $0.score > 0 }.map(\.rule)))
        }
        self.cases = cases
    }

    public init(combining all: [CoachEvaluation]) { cases = all.flatMap(\.cases) }

    public var bad: Int { cases.filter { $0.draft.label == .bad }.count }
    public var ok: Int { cases.count - bad }
    public var right: Int { cases.filter(\.right).count }
    public var caughtBad: Int { cases.filter { $0.draft.label == .bad && $0.judgedBad }.count }
    public var passedOk: Int { cases.filter { $0.draft.label == .ok && !$0.judgedBad }.count }
    public var accuracy: Double { cases.isEmpty ? 0 : Double(right) / Double(cases.count) }

    /// `coach: accuracy 0.952 (60/63), bad caught 32/33, ok passed 28/30`
    public var summaryLine: String {
        guard !cases.isEmpty else { return "coach: no drafts" }
        return "coach: accuracy \(fixed(accuracy)) (\(right)/\(cases.count)), bad caught \(caughtBad)/\(bad), ok passed \(passedOk)/\(ok)"
    }

    /// Every disagreement with the rules that fired, then the summary line.
    public func render() -> String {
        var out = ["COACH DRAFTS: \(cases.count) labelled (\(bad) bad, \(ok) ok)", "", "COACH DISAGREEMENTS: \(cases.count - right)"]
        for c in cases where !c.right {
            let judged = c.judgedBad ? "bad" : "ok"
            let failed = c.failed.map(\.rawValue).joined(separator: ",")
            out.append("  \(c.source) \(c.draft.context) -> \(c.draft.with) label=\(c.draft.label.rawValue) coach=\(judged) failed=[\(failed)] tests=\(c.rules.joined(separator: ",")): \(Self.shorten(c.draft.text))")
        }
        out.append("")
        out.append(summaryLine)
        return out.joined(separator: "\n") + "\n"
    }

    static func shorten(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= 90 ? flat : String(flat.prefix(89)) + "…"
    }
}
