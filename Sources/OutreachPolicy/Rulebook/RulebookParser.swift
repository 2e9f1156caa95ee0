import Yams
import InboxModel
import Shared

/// One rulebook file as written, before merging and compiling.
struct RulebookFile {
    var extendsDefault = false
    var settings: Node?
    var rules: [ParsedRule] = []
    var scores: [(id: String, score: Double, line: Int?)] = []
}

struct ParsedRule {
    var rule: Rule
    var line: Int?
}

/// Reads rulebook YAML into rules, checking every key and value and naming
/// the rule and field of the first problem.
struct RulebookParser {
    let source: String?
    private var budget = 1_000_000

    init(source: String?) { self.source = source }

    static let topKeys = ["version", "extends", "scope", "settings", "rules", "scores"]
    static let ruleKeys = ["id", "description", "category", "scope", "score", "field", "patterns", "condition", "meta", "examples", "advice"]
    static let settingsKeys = [
        "thread_threshold", "invitation_threshold", "evaluation_thresholds", "question_min_words", "question_rules",
        "question_excluded_categories", "question_excluded_rules", "breaks", "coach_fail_at", "engagement_lead_minutes",
        "negated_categories", "decline_rules", "price_request_rules", "turn_ignores_credits", "engagement_filler_words",
    ]

    /// Decimal digits only: Yams's YAML 1.1 integer forms (base 60) trap
    /// on overflow, so integers go through the fixture decoder's parser.
    func wholeNumber(_ node: Node) -> Int? {
        guard case .scalar(let s) = node, s.style == .plain || s.style == .any else { return nil }
        return try? PlainScalar.integer(s.string).get()
    }

    func error(_ node: Node?, rule: String? = nil, field: String? = nil, _ message: String) -> RulebookError {
        RulebookError(source: source, line: node?.mark?.line, rule: rule, field: field, message: message)
    }

    mutating func parse(_ yaml: String) throws(RulebookError) -> RulebookFile {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw RulebookError(source: source, message: "not valid YAML: \(error)")
        }
        guard let root else { throw RulebookError(source: source, message: "file is empty; expected `rules:` and optionally `settings:`") }
        guard let top = root.mapping else { throw error(root, "expected a mapping with `rules:` at the top level") }
        var file = RulebookFile()
        var fileScope: RuleScope?
        var rulesNode: Node?
        for (k, v) in top {
            let key = k.string ?? ""
            try spend(v)
            switch key {
            case "version":
                guard wholeNumber(v) == 1 else { throw error(v, field: key, "unsupported rulebook version; this build reads version 1") }
            case "extends":
                guard v.string == "default" else { throw error(v, field: key, "the only rulebook to extend is `default`") }
                file.extendsDefault = true
            case "scope":
                guard let s = v.string.flatMap(RuleScope.init(rawValue:)) else {
                    throw error(v, field: key, "expected thread or invitation")
                }
                fileScope = s
            case "settings":
                guard v.mapping != nil else { throw error(v, field: key, "expected a mapping of settings") }
                file.settings = v
            case "rules":
                rulesNode = v
            case "scores":
                guard let m = v.mapping else { throw error(v, field: key, "expected a mapping of RULE_ID: score") }
                for (rk, rv) in m {
                    guard let id = rk.string, let s = rv.float else {
                        throw error(rv, field: "scores", "expected RULE_ID: number")
                    }
                    file.scores.append((id, s, rk.mark?.line))
                }
            default:
                throw error(k, suggest(key, in: Self.topKeys))
            }
        }
        if let rulesNode {
            guard let seq = rulesNode.sequence else { throw error(rulesNode, field: "rules", "expected a list of rules") }
            var ids = Set<String>()
            for item in seq {
                let r = try rule(item, fileScope: fileScope)
                guard ids.insert(r.rule.id).inserted else { throw error(item, rule: r.rule.id, "duplicate rule id in this file") }
                file.rules.append(r)
            }
        }
        return file
    }

    private mutating func spend(_ node: Node) throws(RulebookError) {
        budget -= 1
        if budget < 0 { throw error(node, "document expands to too many values") }
        switch node {
        case .mapping(let m): for (k, v) in m { try spend(k); try spend(v) }
        case .sequence(let s): for v in s { try spend(v) }
        default: break
        }
    }

    private func suggest(_ key: String, in known: [String]) -> String {
        if let best = DidYouMean.closest(to: key, in: known) { return "unknown key \"\(key)\"; did you mean \"\(best)\"?" }
        return "unknown key \"\(key)\"; expected one of " + known.joined(separator: ", ")
    }

    // MARK: Rules

    private func rule(_ node: Node, fileScope: RuleScope?) throws(RulebookError) -> ParsedRule {
        guard let m = node.mapping else { throw error(node, "each rule must be a mapping with id, description, category, …") }
        var fields: [String: Node] = [:]
        for (k, v) in m {
            let key = k.string ?? ""
            guard Self.ruleKeys.contains(key) else {
                throw error(k, rule: m["id"]?.string, suggest(key, in: Self.ruleKeys))
            }
            guard fields[key] == nil else { throw error(k, rule: m["id"]?.string, field: key, "duplicate key") }
            fields[key] = v
        }
        guard let idNode = fields["id"], let id = idNode.string, !id.isEmpty else {
            throw error(node, field: "id", "missing rule id")
        }
        guard Self.isValidID(id) else {
            throw error(idNode, rule: id, field: "id", "ids are UPPER_SNAKE_CASE (A–Z, 0–9, _), helpers start with __")
        }
        func fail(_ n: Node?, _ field: String, _ message: String) -> RulebookError { error(n ?? node, rule: id, field: field, message) }

        guard let description = fields["description"]?.string, !description.isEmpty else {
            throw fail(fields["description"], "description", "missing description")
        }
        guard let catNode = fields["category"] else { throw fail(nil, "category", "missing category") }
        guard let category = catNode.string.flatMap(RuleCategory.init(rawValue:)) else {
            throw fail(catNode, "category", "unknown category \"\(catNode.string ?? "")\"; expected one of " + RuleCategory.allCases.map(\.rawValue).joined(separator: ", "))
        }
        var scope: RuleScope
        if let sNode = fields["scope"] {
            guard let s = sNode.string.flatMap(RuleScope.init(rawValue:)) else { throw fail(sNode, "scope", "expected thread or invitation") }
            scope = s
        } else if let implied = category.impliedScope {
            scope = implied
        } else if let fileScope {
            scope = fileScope
        } else {
            throw fail(node, "scope", "a \(category.rawValue) rule needs `scope: thread` or `scope: invitation`")
        }
        if let implied = category.impliedScope, implied != scope {
            throw fail(fields["scope"], "scope", "a \(category.rawValue) rule belongs to the \(implied.rawValue) scope")
        }

        var score = 0.0
        if let sNode = fields["score"] {
            guard let s = sNode.float, s.isFinite else { throw fail(sNode, "score", "expected a number") }
            score = s
        } else if !id.hasPrefix("__") {
            throw fail(node, "score", "missing score (helpers named __… are the only unscored rules)")
        }
        if id.hasPrefix("__"), score != 0 { throw fail(fields["score"], "score", "helpers (__…) are never scored; remove the score or rename the rule") }
        if category == .credit, score > 0 { throw fail(fields["score"], "score", "credits lower the score; use a negative number") }
        if category == .signal, !id.hasPrefix("__") { throw fail(catNode, "category", "signal rules are helpers; name it __\(id)") }

        var field: TextField?
        if let fNode = fields["field"] {
            guard let f = fNode.string.flatMap(TextField.init(rawValue:)) else {
                throw fail(fNode, "field", "expected one of " + TextField.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard f.scope == scope else { throw fail(fNode, "field", "\(f.rawValue) is not read in the \(scope.rawValue) scope") }
            field = f
        }

        var patterns: [String] = []
        if let pNode = fields["patterns"] {
            guard let seq = pNode.sequence else { throw fail(pNode, "patterns", "expected a list of strings") }
            for (i, p) in seq.enumerated() {
                guard let s = p.scalar?.string, !s.isEmpty else { throw fail(p, "patterns[\(i)]", "expected a non-empty string") }
                patterns.append(s)
            }
            guard !patterns.isEmpty else { throw fail(pNode, "patterns", "empty list") }
        }

        var conditions: [Condition] = []
        if let cNode = fields["condition"] {
            guard let cm = cNode.mapping, !cm.isEmpty else { throw fail(cNode, "condition", "expected a mapping of predicate: value") }
            for (k, v) in cm {
                let name = k.string ?? ""
                guard let p = Condition.Predicate(rawValue: name) else {
                    throw fail(k, "condition", suggest(name, in: Condition.Predicate.allCases.filter { $0.scope == scope }.map(\.rawValue)))
                }
                guard p.scope == scope else { throw fail(k, "condition.\(name)", "is a \(p.scope.rawValue) predicate; this rule is in the \(scope.rawValue) scope") }
                if p.takesNumber {
                    guard let x = v.float, x.isFinite, x >= 0 else { throw fail(v, "condition.\(name)", "expected a number of 0 or more") }
                    conditions.append(Condition(p, x))
                } else {
                    guard let b = v.bool else { throw fail(v, "condition.\(name)", "expected true or false") }
                    conditions.append(Condition(p, b ? 1 : 0))
                }
            }
        }

        var meta: String?
        if let mNode = fields["meta"] {
            guard let s = mNode.string, !s.isEmpty else { throw fail(mNode, "meta", "expected an expression such as \"__A && !__B\"") }
            guard patterns.isEmpty, conditions.isEmpty else { throw fail(mNode, "meta", "a meta rule has no patterns or condition of its own") }
            do { _ = try MetaExpression.parse(s) } catch { throw fail(mNode, "meta", error.message) }
            meta = s
        }
        if patterns.isEmpty && conditions.isEmpty && meta == nil {
            throw fail(node, "patterns", "a rule needs patterns, a condition or a meta expression")
        }
        if field != nil && patterns.isEmpty {
            throw fail(fields["field"], "field", "only pattern rules read a field")
        }

        var examples = Rule.Examples()
        if let eNode = fields["examples"] {
            guard let em = eNode.mapping else { throw fail(eNode, "examples", "expected {hit: [...], miss: [...]}") }
            for (k, v) in em {
                let key = k.string ?? ""
                guard key == "hit" || key == "miss" else { throw fail(k, "examples", "expected hit or miss, found \"\(key)\"") }
                guard let seq = v.sequence else { throw fail(v, "examples.\(key)", "expected a list of strings") }
                var list: [String] = []
                for x in seq {
                    guard let s = x.scalar?.string else { throw fail(x, "examples.\(key)", "expected a string") }
                    list.append(s)
                }
                if key == "hit" { examples.hit = list } else { examples.miss = list }
            }
        }
        var advice: String?
        if let aNode = fields["advice"] {
            guard let s = aNode.string, !s.isEmpty else { throw fail(aNode, "advice", "expected a sentence") }
            advice = s
        }
        let rule = Rule(
            id: id, description: description, category: category, scope: scope, score: score, field: field,
            patterns: patterns, conditions: conditions, meta: meta, examples: examples, advice: advice
        )
        return ParsedRule(rule: rule, line: node.mark?.line)
    }

    static func isValidID(_ id: String) -> Bool {
        let body = id.hasPrefix("__") ? id.dropFirst(2) : Substring(id)
        guard let first = body.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
        return body.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    // MARK: Settings

    func apply(settings node: Node, to base: RulebookSettings) throws(RulebookError) -> RulebookSettings {
        var s = base
        guard let m = node.mapping else { return s }
        func number(_ v: Node, _ key: String) throws(RulebookError) -> Double {
            guard let x = v.float, x.isFinite else { throw error(v, field: "settings.\(key)", "expected a number") }
            return x
        }
        func strings(_ v: Node, _ key: String) throws(RulebookError) -> [String] {
            guard let seq = v.sequence else { throw error(v, field: "settings.\(key)", "expected a list") }
            var out: [String] = []
            for x in seq {
                guard let str = x.scalar?.string else { throw error(x, field: "settings.\(key)", "expected a string") }
                out.append(str)
            }
            return out
        }
        for (k, v) in m {
            let key = k.string ?? ""
            switch key {
            case "thread_threshold": s.threadThreshold = try number(v, key)
            case "invitation_threshold": s.invitationThreshold = try number(v, key)
            case "coach_fail_at": s.coachFailAt = try number(v, key)
            case "engagement_lead_minutes": s.engagementLeadMinutes = try number(v, key)
            case "question_min_words":
                guard let n = wholeNumber(v), n >= 0 else { throw error(v, field: "settings.\(key)", "expected a whole number of 0 or more") }
                s.questionMinWords = n
            case "evaluation_thresholds":
                var list: [Double] = []
                guard let seq = v.sequence else { throw error(v, field: "settings.\(key)", "expected a list of numbers") }
                for x in seq { list.append(try number(x, key)) }
                s.evaluationThresholds = list
            case "question_rules": s.questionRules = try strings(v, key)
            case "decline_rules": s.declineRules = try strings(v, key)
            case "price_request_rules": s.priceRequestRules = try strings(v, key)
            case "turn_ignores_credits": s.turnIgnoresCredits = try strings(v, key)
            case "engagement_filler_words": s.engagementFillerWords = try strings(v, key)
            case "negated_categories":
                var cats: [RuleCategory] = []
                for name in try strings(v, key) {
                    guard let c = RuleCategory(rawValue: name) else { throw error(v, field: "settings.\(key)", "unknown category \"\(name)\"") }
                    cats.append(c)
                }
                s.negatedCategories = cats
            case "question_excluded_rules": s.questionExcludedRules = try strings(v, key)
            case "question_excluded_categories":
                var cats: [RuleCategory] = []
                for name in try strings(v, key) {
                    guard let c = RuleCategory(rawValue: name) else { throw error(v, field: "settings.\(key)", "unknown category \"\(name)\"") }
                    cats.append(c)
                }
                s.questionExcludedCategories = cats
            case "breaks":
                guard let bm = v.mapping else { throw error(v, field: "settings.breaks", "expected stage: [article rules]") }
                var breaks: [Stage: [ArticleRule]] = [:]
                for (sk, sv) in bm {
                    guard let stage = sk.string.flatMap(Stage.init(rawValue:)) else {
                        throw error(sk, field: "settings.breaks", "unknown stage \"\(sk.string ?? "")\"; expected flattery, meeting, nudge or pitch")
                    }
                    var rules: [ArticleRule] = []
                    for name in try strings(sv, "breaks.\(stage.rawValue)") {
                        guard let r = ArticleRule(rawValue: name) else {
                            throw error(sv, field: "settings.breaks.\(stage.rawValue)", "unknown article rule \"\(name)\"; expected relax, value or sincere")
                        }
                        rules.append(r)
                    }
                    breaks[stage] = rules
                }
                s.breaks = breaks
            default:
                throw error(k, field: "settings", suggest(key, in: Self.settingsKeys))
            }
        }
        return s
    }
}
