/// One rule of the rulebook, as written in its YAML file.
///
/// A rule fires on one unit: a message (thread scope, judged with the
/// thread's timeline up to that message) or an invitation. It fires when
/// its `patterns` match the text (any of them) and all its `conditions`
/// hold; or, for a meta rule, when its `meta` expression over other rules
/// is true. Rules whose id starts with `__` are helpers: never scored,
/// never reported, only referenced by meta rules.
public struct Rule: Sendable, Equatable {
    public var id: String
    public var description: String
    public var category: RuleCategory
    public var scope: RuleScope
    /// Added to the score when the rule fires (once per thread or invitation);
    /// negative for credits; 0 for helpers.
    public var score: Double
    /// Which text `patterns` read (body for threads, note by default for invitations).
    public var field: TextField
    public var patterns: [String]
    /// All must hold (and a pattern must match, when there are patterns).
    public var conditions: [Condition]
    public var meta: String?
    /// Texts the rule must fire on and must not fire on; the test suite runs them.
    public var examples: Examples
    /// The coach's sentence when this rule fires on a draft; may use
    /// placeholders (see Rules/README.md).
    public var advice: String?

    public struct Examples: Sendable, Equatable {
        public var hit: [String]
        public var miss: [String]
        public init(hit: [String] = [], miss: [String] = []) {
            self.hit = hit
            self.miss = miss
        }
        public var isEmpty: Bool { hit.isEmpty && miss.isEmpty }
    }

    public init(
        id: String, description: String, category: RuleCategory, scope: RuleScope, score: Double,
        field: TextField? = nil, patterns: [String] = [], conditions: [Condition] = [], meta: String? = nil,
        examples: Examples = Examples(), advice: String? = nil
    ) {
        self.id = id
        self.description = description
        self.category = category
        self.scope = scope
        self.score = score
        self.field = field ?? (scope == .thread ? .body : .note)
        self.patterns = patterns
        self.conditions = conditions
        self.meta = meta
        self.examples = examples
        self.advice = advice
    }

    /// Helpers (`__NAME`) feed meta rules and are never scored or reported.
    public var isHelper: Bool { id.hasPrefix("__") }
}
