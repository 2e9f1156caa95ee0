/// A rulebook in the form the analyzers run: rules by index, every pattern
/// of a field in one phrase matcher, meta expressions as stack programs in
/// dependency order. A class, so handing it to every worker and every call
/// shares one instance instead of copying thirty arrays.
final class CompiledRulebook: Sendable {
    let settings: RulebookSettings
    let ids: [String]
    let index: [String: Int]
    let scores: [Double]
    let categories: [RuleCategory]
    let thread: ScopeProgram
    let invitation: ScopeProgram
    let vocabulary: Vocabulary
    let body: PhraseMatcher
    let note: PhraseMatcher
    let headline: PhraseMatcher
    let name: PhraseMatcher
    /// Per rule: a match makes its sentence a question.
    let asksQuestion: [Bool]
    /// Per rule: a match inside a question makes it not genuine.
    let spoilsQuestion: [Bool]
    /// Per rule: the article rules it breaks when it fires with a positive score.
    let breaks: [[ArticleRule]]
    /// The same as bits (bit k is ArticleRule.allCases[k]), and each rule's
    /// ladder stage as a bit (bit k is Stage.allCases[k]), for the hot loop.
    let breakBits: [UInt8]
    let stageBits: [UInt8]
    /// Per rule: its text field, when it has patterns.
    let fields: [TextField?]
    /// Per rule: conditions (for evidence and profile signals).
    let conditions: [[Condition]]
    /// Per rule: the rules a meta expression refers to, in order.
    let metaReferences: [[Int32]]
    /// Patterns with `~` gaps: their segments are matched as phrases of
    /// their own (payload `count + segment`) and chained after a scan.
    let gapPatterns: [GapPattern]
    /// Per segment: its gap pattern and position in it.
    let segmentOwner: [(pattern: Int32, position: Int32)]

    var count: Int { ids.count }

    /// The same rules with other settings (thresholds).
    func with(settings: RulebookSettings) -> CompiledRulebook { CompiledRulebook(copying: self, settings: settings) }

    private init(copying o: CompiledRulebook, settings: RulebookSettings) {
        self.settings = settings
        ids = o.ids
        index = o.index
        scores = o.scores
        categories = o.categories
        thread = o.thread
        invitation = o.invitation
        vocabulary = o.vocabulary
        body = o.body
        note = o.note
        headline = o.headline
        name = o.name
        asksQuestion = o.asksQuestion
        spoilsQuestion = o.spoilsQuestion
        breaks = o.breaks
        breakBits = o.breakBits
        stageBits = o.stageBits
        fields = o.fields
        conditions = o.conditions
        metaReferences = o.metaReferences
        gapPatterns = o.gapPatterns
        segmentOwner = o.segmentOwner
    }

    init(rules: [Rule], settings: RulebookSettings, lines: [String: (String?, Int?)], source: String?) throws(RulebookError) {
        func fail(_ rule: String?, _ field: String?, _ message: String) -> RulebookError {
            let where_ = rule.flatMap { lines[$0] }
            return RulebookError(source: where_?.0 ?? source, line: where_?.1, rule: rule, field: field, message: message)
        }
        var index: [String: Int] = [:]
        for (i, r) in rules.enumerated() {
            guard index[r.id] == nil else { throw fail(r.id, "id", "duplicate rule id") }
            index[r.id] = i
        }
        self.settings = settings
        self.ids = rules.map(\.id)
        self.index = index
        self.scores = rules.map(\.score)
        self.categories = rules.map(\.category)
        self.fields = rules.map { $0.patterns.isEmpty ? nil : $0.field }
        self.conditions = rules.map(\.conditions)

        // Meta expressions: resolve ids, check scopes, order by dependency.
        var metas: [Int: [MetaOp]] = [:]
        var refs = [[Int32]](repeating: [], count: rules.count)
        for (i, r) in rules.enumerated() {
            guard let text = r.meta else { continue }
            let expr: MetaExpression
            do { expr = try MetaExpression.parse(text) } catch { throw fail(r.id, "meta", error.message) }
            var ops: [MetaOp] = []
            for op in expr.ops {
                switch op {
                case .rule(let id):
                    guard let j = index[id] else {
                        let near = rules.map(\.id).min { editDistance(id, $0) < editDistance(id, $1) }
                        var message = "refers to unknown rule \(id)"
                        if let near, editDistance(id, near) <= 3 { message += "; did you mean \(near)?" }
                        throw fail(r.id, "meta", message)
                    }
                    guard rules[j].scope == r.scope else {
                        throw fail(r.id, "meta", "refers to \(id), a \(rules[j].scope.rawValue) rule; this rule is in the \(r.scope.rawValue) scope")
                    }
                    guard j != i else { throw fail(r.id, "meta", "refers to itself") }
                    ops.append(.rule(Int32(j)))
                    if !refs[i].contains(Int32(j)) { refs[i].append(Int32(j)) }
                case .number(let n): ops.append(.number(Int32(clamping: n)))
                case .not: ops.append(.not)
                case .and: ops.append(.and)
                case .or: ops.append(.or)
                case .add: ops.append(.add)
                case .sub: ops.append(.sub)
                case .eq: ops.append(.eq)
                case .ne: ops.append(.ne)
                case .ge: ops.append(.ge)
                case .le: ops.append(.le)
                case .gt: ops.append(.gt)
                case .lt: ops.append(.lt)
                }
            }
            metas[i] = ops
        }
        self.metaReferences = refs
        var order: [Int] = []
        var mark = [UInt8](repeating: 0, count: rules.count)  // 1 visiting, 2 done
        func visit(_ i: Int, _ path: [String]) throws(RulebookError) {
            if mark[i] == 2 { return }
            if mark[i] == 1 {
                throw fail(rules[i].id, "meta", "rules refer to each other in a loop: " + (path + [rules[i].id]).joined(separator: " → "))
            }
            mark[i] = 1
            for j in refs[i] where metas[Int(j)] != nil { try visit(Int(j), path + [rules[i].id]) }
            mark[i] = 2
            order.append(i)
        }
        for i in rules.indices where metas[i] != nil { try visit(i, []) }

        func program(_ scope: RuleScope) -> ScopeProgram {
            var p = ScopeProgram()
            for (i, r) in rules.enumerated() where r.scope == scope && r.meta == nil {
                p.base.append(BaseRule(rule: Int32(i), needsText: !r.patterns.isEmpty,
                                       firstCondition: Int32(p.conditions.count), conditionCount: Int32(r.conditions.count)))
                p.conditions += r.conditions
            }
            for i in order where rules[i].scope == scope {
                let ops = metas[i] ?? []
                p.metas.append(MetaRule(rule: Int32(i), firstOp: Int32(p.ops.count), opCount: Int32(ops.count)))
                p.ops += ops
            }
            return p
        }
        self.thread = program(.thread)
        self.invitation = program(.invitation)

        // Phrase matchers, one per text field, over one shared vocabulary.
        var vocabulary = Vocabulary()
        var wordText: [UInt64: String] = [:]
        var known: [UInt64: Int32] = [:]
        func wordID(_ hash: UInt64) -> Int32 {
            if let v = known[hash] { return v }
            let v = vocabulary.add(word: wordText[hash] ?? "")
            known[hash] = v
            return v
        }
        var phrases: [TextField: [(words: [Int32], payload: Int32)]] = [:]
        var gapPatterns: [GapPattern] = []
        var segmentOwner: [(pattern: Int32, position: Int32)] = []
        // Expanding patterns is most of the compile time and independent per
        // rule, so it runs on all cores; ids are then handed out in order.
        let expanded = ParallelSlots<(patterns: [CompiledPattern], words: [UInt64: String], error: (Int, String)?)>(count: rules.count)
        forEachIndex(rules.count, parallel: rules.count > 8) { i in
            var words: [UInt64: String] = [:]
            var out: [CompiledPattern] = []
            for (k, p) in rules[i].patterns.enumerated() {
                do throws(PatternError) {
                    out.append(try PatternCompiler.compile(p, words: &words))
                } catch {
                    expanded.set(i, (out, words, (k, error.message)))
                    return
                }
            }
            expanded.set(i, (out, words, nil))
        }
        let perRule = expanded.all()
        for entry in perRule {
            if let entry { wordText.merge(entry.words) { a, _ in a } }
        }
        for (i, r) in rules.enumerated() {
            guard let entry = perRule[i] else { continue }
            if let (k, message) = entry.error { throw fail(r.id, "patterns[\(k)]", message) }
            for compiled in entry.patterns {
                if compiled.segments.count == 1 {
                    for words in compiled.segments[0] {
                        phrases[r.field, default: []].append((words.map(wordID), Int32(i)))
                    }
                    continue
                }
                var gp = GapPattern(rule: Int32(i), segments: [], gaps: compiled.gaps.map { Int32($0) })
                for (position, segment) in compiled.segments.enumerated() {
                    let id = Int32(segmentOwner.count)
                    segmentOwner.append((Int32(gapPatterns.count), Int32(position)))
                    gp.segments.append(id)
                    for words in segment {
                        phrases[r.field, default: []].append((words.map(wordID), Int32(rules.count) + id))
                    }
                }
                gapPatterns.append(gp)
            }
        }
        self.gapPatterns = gapPatterns
        self.segmentOwner = segmentOwner
        self.vocabulary = vocabulary
        self.body = PhraseMatcher(phrases: phrases[.body] ?? [], idCount: vocabulary.idCount)
        self.note = PhraseMatcher(phrases: phrases[.note] ?? [], idCount: vocabulary.idCount)
        self.headline = PhraseMatcher(phrases: phrases[.headline] ?? [], idCount: vocabulary.idCount)
        self.name = PhraseMatcher(phrases: phrases[.name] ?? [], idCount: vocabulary.idCount)

        // Question detection and the ladder's mapping to article rules.
        var asks = [Bool](repeating: false, count: rules.count)
        for id in settings.questionRules {
            guard let i = index[id] else { throw fail(nil, "settings.question_rules", "no rule \(id)") }
            asks[i] = true
        }
        var spoils = rules.map { $0.scope == .thread && settings.questionExcludedCategories.contains($0.category) }
        for id in settings.questionExcludedRules {
            guard let i = index[id] else { throw fail(nil, "settings.question_excluded_rules", "no rule \(id)") }
            spoils[i] = true
        }
        self.asksQuestion = asks
        self.spoilsQuestion = spoils
        let breaks: [[ArticleRule]] = rules.map { r in
            if let a = r.category.articleRule { return [a] }
            if let s = r.category.stage { return settings.breaks[s] ?? [] }
            return []
        }
        self.breaks = breaks
        self.breakBits = breaks.map { list in
            list.reduce(UInt8(0)) { bits, rule in bits | UInt8(1 << (ArticleRule.allCases.firstIndex(of: rule) ?? 0)) }
        }
        self.stageBits = rules.map { r in
            r.category.stage.map { UInt8(1 << (Stage.allCases.firstIndex(of: $0) ?? 0)) } ?? 0
        }

        // Examples can only be tested against rules that read text.
        var readsText = rules.map { !$0.patterns.isEmpty || $0.conditions.contains { $0.predicate.readsText } }
        for i in order { readsText[i] = refs[i].contains { readsText[Int($0)] } }
        for (i, r) in rules.enumerated() where !r.examples.isEmpty && !readsText[i] {
            throw fail(r.id, "examples", "the rule does not read text, so examples cannot test it")
        }
    }

    func stage(of rule: Int) -> Stage? { categories[rule].stage }
}

/// The rules of one scope, in evaluation order. Conditions and meta
/// programs live in flat arrays so evaluating a unit copies nothing.
struct ScopeProgram: Sendable {
    var base: [BaseRule] = []
    /// Dependencies first.
    var metas: [MetaRule] = []
    var conditions: [Condition] = []
    var ops: [MetaOp] = []
}

struct BaseRule: Sendable {
    var rule: Int32
    var needsText: Bool
    var firstCondition: Int32
    var conditionCount: Int32
}

struct MetaRule: Sendable {
    var rule: Int32
    var firstOp: Int32
    var opCount: Int32
}

/// A pattern with `~` gaps: segments in order, each at most `gaps[i]`
/// words after the previous one, within one sentence.
struct GapPattern: Sendable {
    var rule: Int32
    var segments: [Int32]
    var gaps: [Int32]
}

enum MetaOp: Sendable {
    case rule(Int32)
    case number(Int32)
    case not, and, or, add, sub
    case eq, ne, ge, le, gt, lt
}
