import Shared

/// A rulebook in the form the analyzers run: rules by index, every pattern
/// of a field in one phrase matcher, meta expressions as stack programs in
/// dependency order. A class, so handing it to every worker and every call
/// shares one instance instead of copying thirty arrays.
final class CompiledRulebook: Sendable {
    let settings: RulebookSettings
    let ids: [String]
    let index: [String: Int]
    let categories: [RuleCategory]
    let thread: ScopeProgram
    let invitation: ScopeProgram
    /// Owns the memory of the tables below that are read through pointers.
    let store: TableStore
    let vocabulary: VocabularyTable
    /// Per-rule facts for the judging loops.
    let table: RuleTable
    /// Ids, scores and categories, shared by every verdict's findings.
    let names: RuleNames
    let body: PhraseMatcher
    let note: PhraseMatcher
    let headline: PhraseMatcher
    let name: PhraseMatcher
    /// Per rule: the article rules it breaks when it fires with a positive score.
    let breaks: [[ArticleRule]]
    /// Per rule: its text field, when it has patterns.
    let fields: [TextField?]
    /// Per rule: conditions (for evidence and profile signals).
    let conditions: [[Condition]]
    /// Per rule: the rules a meta expression refers to, in order.
    let metaReferences: [[Int32]]
    /// Patterns with `~` gaps: their segments are matched as phrases of
    /// their own (payload `count + segment`) and chained after a scan.
    let gaps: GapTable

    /// Number of rules.
    let count: Int

    /// The same rules with other settings (thresholds).
    func with(settings: RulebookSettings) -> CompiledRulebook { CompiledRulebook(copying: self, settings: settings) }

    private init(copying o: CompiledRulebook, settings: RulebookSettings) {
        self.settings = settings
        count = o.count
        ids = o.ids
        index = o.index
        categories = o.categories
        thread = o.thread
        invitation = o.invitation
        store = o.store
        vocabulary = o.vocabulary
        table = o.table
        names = o.names
        body = o.body
        note = o.note
        headline = o.headline
        name = o.name
        breaks = o.breaks
        fields = o.fields
        conditions = o.conditions
        metaReferences = o.metaReferences
        gaps = o.gaps
    }

    init(
        rules: [Rule], settings: RulebookSettings, lines: [String: (String?, Int?)], source: String?, cache: RulebookCache? = nil
    ) throws(RulebookError) {
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
        self.count = rules.count
        self.ids = rules.map(\.id)
        self.index = index
        self.categories = rules.map(\.category)
        self.names = RuleNames(ids: rules.map(\.id), scores: rules.map(\.score), categories: rules.map(\.category))
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
                        var message = "refers to unknown rule \(id)"
                        if let near = DidYouMean.closest(to: id, in: rules.map(\.id)) { message += "; did you mean \(near)?" }
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

        let store = TableStore()
        self.store = store
        func program(_ scope: RuleScope) -> ScopeProgram {
            var base: [BaseRule] = [], metaRules: [MetaRule] = [], conditions: [Condition] = [], opList: [MetaOp] = []
            var graphs = MetaGraphBuilder(), refList: [Int32] = []
            for (i, r) in rules.enumerated() where r.scope == scope && r.meta == nil {
                base.append(BaseRule(rule: Int32(i), needsText: !r.patterns.isEmpty,
                                     firstCondition: Int32(conditions.count), conditionCount: Int32(r.conditions.count)))
                conditions += r.conditions
            }
            let idle = AnalysisScratch(ruleCount: rules.count)
            for i in order where rules[i].scope == scope {
                let ops = metas[i] ?? []
                var meta = MetaRule(
                    rule: Int32(i), firstOp: Int32(opList.count), opCount: Int32(ops.count),
                    entry: graphs.add(ops) ?? MetaRule.stackOnly,
                    firstReference: Int32(refList.count), referenceCount: Int32(refs[i].count))
                // A meta that is false while none of its rules fired can be
                // skipped on the (common) units where none did.
                let falseWhenIdle = ops.withUnsafeBufferPointer { idle.run($0) } == 0
                if falseWhenIdle, let masks = FiredBits(rules: refs[i]) { meta.skipUnless = masks }
                metaRules.append(meta)
                opList += ops
                refList += refs[i]
            }
            return ScopeProgram(base: store.freeze(base), metas: store.freeze(metaRules),
                                conditions: store.freeze(conditions), ops: store.freeze(opList),
                                nodes: store.freeze(graphs.nodes), terms: store.freeze(graphs.terms),
                                references: store.freeze(refList))
        }
        self.thread = program(.thread)
        self.invitation = program(.invitation)

        // Phrase matchers, one per text field, over one shared vocabulary:
        // from the cache when it holds them for exactly these patterns.
        let text: TextTables
        let inputs = cache.map { TextTables.inputs(rules: rules, program: $0.programIdentity) }
        if let cache, let inputs, let bytes = cache.read(TextTables.name(of: inputs)),
           let cached = TextTables(decoding: bytes, inputs: inputs, ruleCount: rules.count) {
            text = cached
        } else {
            text = try Self.compileText(rules, fail: fail)
            if let cache, let inputs {
                let compiled = text
                cache.write(TextTables.name(of: inputs)) { compiled.encoded(inputs: inputs) }
            }
        }
        self.gaps = GapTable(patterns: store.freeze(text.gapPatterns), segments: store.freeze(text.gapSegments),
                             limits: store.freeze(text.gapLimits), owners: store.freeze(text.segmentOwners))
        self.vocabulary = VocabularyTable(slots: store.freeze(text.vocabularySlots))
        self.body = PhraseMatcher(tables: text.matchers[0], store: store)
        self.note = PhraseMatcher(tables: text.matchers[1], store: store)
        self.headline = PhraseMatcher(tables: text.matchers[2], store: store)
        self.name = PhraseMatcher(tables: text.matchers[3], store: store)

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
        let breaks: [[ArticleRule]] = rules.map { r in
            if let a = r.category.articleRule { return [a] }
            if let s = r.category.stage { return settings.breaks[s] ?? [] }
            return []
        }
        self.breaks = breaks
        let breakBits = breaks.map { list in
            list.reduce(UInt8(0)) { bits, rule in bits | UInt8(1 << (ArticleRule.allCases.firstIndex(of: rule) ?? 0)) }
        }
        let stageBits = rules.map { r in
            r.category.stage.map { UInt8(1 << (Stage.allCases.firstIndex(of: $0) ?? 0)) } ?? 0
        }
        var flags = [UInt8](repeating: 0, count: rules.count)
        for i in rules.indices {
            if asks[i] { flags[i] |= RuleTable.asksQuestion }
            if spoils[i] { flags[i] |= RuleTable.spoilsQuestion }
            if rules[i].category == .meeting { flags[i] |= RuleTable.meeting }
            if rules[i].category == .credit { flags[i] |= RuleTable.credit }
            if rules[i].scope == .thread && settings.negatedCategories.contains(rules[i].category) { flags[i] |= RuleTable.negatable }
        }
        for id in settings.declineRules {
            guard let i = index[id] else { throw fail(nil, "settings.decline_rules", "no rule \(id)") }
            flags[i] |= RuleTable.declines
        }
        for id in settings.priceRequestRules {
            guard let i = index[id] else { throw fail(nil, "settings.price_request_rules", "no rule \(id)") }
            flags[i] |= RuleTable.asksPrice
        }
        for id in settings.turnIgnoresCredits {
            guard let i = index[id] else { throw fail(nil, "settings.turn_ignores_credits", "no rule \(id)") }
            flags[i] |= RuleTable.timelineCredit
        }
        self.table = RuleTable(scores: store.freeze(rules.map(\.score)), stageBits: store.freeze(stageBits),
                               breakBits: store.freeze(breakBits), flags: store.freeze(flags))

        // Examples can only be tested against rules that read text.
        var readsText = rules.map { !$0.patterns.isEmpty || $0.conditions.contains { $0.predicate.readsText } }
        for i in order { readsText[i] = refs[i].contains { readsText[Int($0)] } }
        for (i, r) in rules.enumerated() where !r.examples.isEmpty && !readsText[i] {
            throw fail(r.id, "examples", "the rule does not read text, so examples cannot test it")
        }
    }

    func stage(of rule: Int) -> Stage? { categories[rule].stage }

    /// Expands and tokenises every pattern and builds the vocabulary, the
    /// matchers and the gap tables.
    private static func compileText(
        _ rules: [Rule], fail: (String?, String?, String) -> RulebookError
    ) throws(RulebookError) -> TextTables {
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
        var gapSegments: [Int32] = []
        var gapLimits: [Int32] = []
        var segmentOwner: [SegmentOwner] = []
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
                let gp = GapPattern(rule: Int32(i), first: Int32(gapSegments.count), count: Int32(compiled.segments.count))
                // Limit k is the gap before segment k; the first has none.
                gapLimits.append(0)
                gapLimits += compiled.gaps.map { Int32(clamping: $0) }
                for (position, segment) in compiled.segments.enumerated() {
                    let id = Int32(segmentOwner.count)
                    segmentOwner.append(SegmentOwner(pattern: Int32(gapPatterns.count), position: Int32(position)))
                    gapSegments.append(id)
                    for words in segment {
                        phrases[r.field, default: []].append((words.map(wordID), Int32(rules.count) + id))
                    }
                }
                gapPatterns.append(gp)
            }
        }
        return TextTables(
            vocabularySlots: vocabulary.slotTable, idCount: vocabulary.idCount,
            matchers: TextTables.fields.map { PhraseMatcher.build(phrases: phrases[$0] ?? [], idCount: vocabulary.idCount) },
            gapPatterns: gapPatterns, gapSegments: gapSegments, gapLimits: gapLimits, segmentOwners: segmentOwner)
    }
}

/// Per-rule facts the judging loops read for every rule that fires, as
/// pointers into the rulebook's `TableStore`.
struct RuleTable: @unchecked Sendable {
    let scores: UnsafeBufferPointer<Double>
    /// Bit k: the rule's ladder stage is Stage.allCases[k].
    let stageBits: UnsafeBufferPointer<UInt8>
    /// Bit k: firing with a positive score breaks ArticleRule.allCases[k].
    let breakBits: UnsafeBufferPointer<UInt8>
    /// The flags below.
    let flags: UnsafeBufferPointer<UInt8>

    static let asksQuestion: UInt8 = 1
    static let spoilsQuestion: UInt8 = 2
    static let meeting: UInt8 = 4
    static let credit: UInt8 = 8
    /// A negation before the phrase keeps the rule from firing.
    static let negatable: UInt8 = 16
    /// A match on the recipient's message is a no.
    static let declines: UInt8 = 32
    /// A credit that does not shield a turn (see `turn_ignores_credits`).
    static let timelineCredit: UInt8 = 64
    /// A match on the recipient's message asks what something costs.
    static let asksPrice: UInt8 = 128
}

/// The rules of one scope, in evaluation order. Conditions and meta
/// programs live in flat tables so evaluating a unit copies nothing.
struct ScopeProgram: @unchecked Sendable {
    let base: UnsafeBufferPointer<BaseRule>
    /// Dependencies first.
    let metas: UnsafeBufferPointer<MetaRule>
    let conditions: UnsafeBufferPointer<Condition>
    let ops: UnsafeBufferPointer<MetaOp>
    /// The metas' decision graphs (see `MetaNode`).
    let nodes: UnsafeBufferPointer<MetaNode>
    let terms: UnsafeBufferPointer<MetaTerm>
    /// Per meta, the rules it refers to in order of first mention.
    let references: UnsafeBufferPointer<Int32>
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
    /// First node of its decision graph, or `stackOnly`.
    var entry: Int32
    var firstReference: Int32
    var referenceCount: Int32
    /// When set, the meta is false unless one of these rules fired.
    var skipUnless: FiredBits?

    static let stackOnly = Int32.min
}

/// A set of rules below `FiredBits.limit` as bits, to test in one step
/// whether any of them fired.
struct FiredBits: Sendable, Equatable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    static let limit = 128

    init() {}

    /// Nil when a rule is past the limit.
    init?(rules: [Int32]) {
        for r in rules {
            guard r >= 0 && Int(r) < Self.limit else { return nil }
            insert(Int(r))
        }
    }

    @inline(__always) mutating func insert(_ r: Int) {
        if r < 64 {
            low |= 1 &<< UInt64(r)
        } else if r < Self.limit {
            high |= 1 &<< UInt64(r &- 64)
        }
    }

    @inline(__always) func intersects(_ o: FiredBits) -> Bool { (low & o.low) | (high & o.high) != 0 }
}

/// A pattern with `~` gaps: segments `first ..< first + count` of the gap
/// table in order, each at most its limit of words after the previous
/// one, within one sentence.
struct GapPattern: Sendable, Equatable {
    var rule: Int32
    var first: Int32
    var count: Int32
}

struct SegmentOwner: Sendable, Equatable {
    var pattern: Int32
    var position: Int32
}

/// Every gap pattern with its segments in flat tables.
struct GapTable: @unchecked Sendable {
    let patterns: UnsafeBufferPointer<GapPattern>
    /// Segment ids of every pattern, pattern after pattern.
    let segments: UnsafeBufferPointer<Int32>
    /// Parallel to `segments`: most words allowed before that segment.
    let limits: UnsafeBufferPointer<Int32>
    /// Per segment id: its gap pattern and position in it.
    let owners: UnsafeBufferPointer<SegmentOwner>
}

enum MetaOp: Sendable {
    case rule(Int32)
    case number(Int32)
    case not, and, or, add, sub
    case eq, ne, ge, le, gt, lt
}
