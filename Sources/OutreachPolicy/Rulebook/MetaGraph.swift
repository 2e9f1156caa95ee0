/// A meta rule's expression as a short-circuit decision graph: each node
/// tests one rule (or one comparison of sums of rules) and names the node
/// to go to next for either answer, so most expressions are decided after
/// a test or two ("__MEETING_ASK && …" when no meeting was asked for)
/// instead of running the whole stack program.
///
/// Built from the same stack program the evaluator would run, with the
/// same integer semantics; an expression the graph cannot express exactly
/// (arithmetic on the result of `&&`, a malformed program) keeps its stack
/// program instead.
struct MetaNode: Sendable {
    enum Kind: UInt8, Sendable {
        /// True when rule `rule` fired.
        case rule
        /// Compares two sums: terms `first ..< split` plus `left` against
        /// terms `split ..< end` plus `right`, with `op`.
        case compare
    }

    var kind: Kind
    var op: Comparison
    var rule: Int32
    var first: Int32
    var split: Int32
    var end: Int32
    var left: Int32
    var right: Int32
    /// Next node for each answer, or `MetaNode.yes` / `MetaNode.no`.
    var onTrue: Int32
    var onFalse: Int32

    static let yes: Int32 = -1
    static let no: Int32 = -2

    enum Comparison: UInt8, Sendable { case eq, ne, ge, le, gt, lt }
}

/// One term of a sum: `coefficient` when `rule` fired, else 0.
struct MetaTerm: Sendable {
    var rule: Int32
    var coefficient: Int32
}

/// Builds the graphs of a scope's meta rules into shared tables.
struct MetaGraphBuilder {
    var nodes: [MetaNode] = []
    var terms: [MetaTerm] = []

    private indirect enum Tree {
        case rule(Int32)
        case number(Int32)
        case not(Tree)
        case and(Tree, Tree)
        case or(Tree, Tree)
        case add(Tree, Tree)
        case sub(Tree, Tree)
        case compare(MetaNode.Comparison, Tree, Tree)
    }

    /// The entry of `ops`'s graph, or nil when only the stack program can
    /// evaluate it exactly.
    mutating func add(_ ops: [MetaOp]) -> Int32? {
        guard let tree = Self.tree(ops) else { return nil }
        let savedNodes = nodes.count, savedTerms = terms.count
        if let entry = condition(tree, onTrue: MetaNode.yes, onFalse: MetaNode.no) { return entry }
        nodes.removeSubrange(savedNodes...)
        terms.removeSubrange(savedTerms...)
        return nil
    }

    /// The stack program as a tree, when it is well formed and stays
    /// within the evaluator's stack.
    private static func tree(_ ops: [MetaOp]) -> Tree? {
        var stack: [Tree] = []
        for op in ops {
            switch op {
            case .rule(let j): stack.append(.rule(j))
            case .number(let n): stack.append(.number(n))
            case .not:
                guard let a = stack.popLast() else { return nil }
                stack.append(.not(a))
            default:
                guard stack.count >= 2, let b = stack.popLast(), let a = stack.popLast() else { return nil }
                switch op {
                case .and: stack.append(.and(a, b))
                case .or: stack.append(.or(a, b))
                case .add: stack.append(.add(a, b))
                case .sub: stack.append(.sub(a, b))
                case .eq: stack.append(.compare(.eq, a, b))
                case .ne: stack.append(.compare(.ne, a, b))
                case .ge: stack.append(.compare(.ge, a, b))
                case .le: stack.append(.compare(.le, a, b))
                case .gt: stack.append(.compare(.gt, a, b))
                case .lt: stack.append(.compare(.lt, a, b))
                case .rule, .number, .not: return nil
                }
            }
            if stack.count > 64 { return nil }
        }
        return stack.count == 1 ? stack[0] : nil
    }

    /// The node deciding `tree` as a condition (non-zero is true).
    private mutating func condition(_ tree: Tree, onTrue: Int32, onFalse: Int32) -> Int32? {
        switch tree {
        case .rule(let j):
            return node(MetaNode(kind: .rule, op: .ne, rule: j, first: 0, split: 0, end: 0, left: 0, right: 0,
                                 onTrue: onTrue, onFalse: onFalse))
        case .number(let n):
            return n != 0 ? onTrue : onFalse
        case .not(let a):
            return condition(a, onTrue: onFalse, onFalse: onTrue)
        case .and(let a, let b):
            guard let rest = condition(b, onTrue: onTrue, onFalse: onFalse) else { return nil }
            return condition(a, onTrue: rest, onFalse: onFalse)
        case .or(let a, let b):
            guard let rest = condition(b, onTrue: onTrue, onFalse: onFalse) else { return nil }
            return condition(a, onTrue: onTrue, onFalse: rest)
        case .add, .sub:
            return compare(.ne, tree, .number(0), onTrue: onTrue, onFalse: onFalse)
        case .compare(let op, let a, let b):
            return compare(op, a, b, onTrue: onTrue, onFalse: onFalse)
        }
    }

    private mutating func compare(_ op: MetaNode.Comparison, _ a: Tree, _ b: Tree, onTrue: Int32, onFalse: Int32) -> Int32? {
        var lhs: [MetaTerm] = [], rhs: [MetaTerm] = []
        var left: Int32 = 0, right: Int32 = 0
        guard Self.sum(a, sign: 1, terms: &lhs, constant: &left), Self.sum(b, sign: 1, terms: &rhs, constant: &right) else { return nil }
        let first = Int32(terms.count)
        terms += lhs
        let split = Int32(terms.count)
        terms += rhs
        return node(MetaNode(kind: .compare, op: op, rule: 0, first: first, split: split, end: Int32(terms.count),
                             left: left, right: right, onTrue: onTrue, onFalse: onFalse))
    }

    /// Collects `tree` as a sum of rule terms and a constant, with the
    /// stack program's wrapping arithmetic; false when it is not one.
    private static func sum(_ tree: Tree, sign: Int32, terms: inout [MetaTerm], constant: inout Int32) -> Bool {
        switch tree {
        case .rule(let j):
            terms.append(MetaTerm(rule: j, coefficient: sign))
            return true
        case .number(let n):
            constant = constant &+ sign &* n
            return true
        case .add(let a, let b):
            return sum(a, sign: sign, terms: &terms, constant: &constant) && sum(b, sign: sign, terms: &terms, constant: &constant)
        case .sub(let a, let b):
            return sum(a, sign: sign, terms: &terms, constant: &constant) && sum(b, sign: 0 &- sign, terms: &terms, constant: &constant)
        case .not, .and, .or, .compare:
            return false
        }
    }

    private mutating func node(_ n: MetaNode) -> Int32 {
        nodes.append(n)
        return Int32(nodes.count - 1)
    }
}
