/// Answers a scope's built-in predicates for the unit being judged.
protocol ConditionContext {
    func holds(_ condition: Condition) -> Bool
    /// What `holds` answers for every condition of `plan`, as its bits;
    /// nil when the context only answers one condition at a time.
    func conditionFacts(_ plan: ConditionFacts) -> UInt64?
}

extension ConditionContext {
    func conditionFacts(_ plan: ConditionFacts) -> UInt64? { nil }
}

extension AnalysisScratch {
    /// Fires the scope's rules on the current unit, whose text has been
    /// scanned: base rules (patterns and conditions) first, then meta rules
    /// in dependency order. Fired rules end up in `firedList`.
    mutating func evaluate<C: ConditionContext>(_ program: ScopeProgram, context: C) {
        for r in firedList { fired[Int(r)] = false }
        firedList.removeAll(keepingCapacity: true)
        // The rules fired so far as bits, kept beside `fired` so a meta
        // can tell in one step that none of its rules fired.
        var bits = FiredBits()
        let conditions = program.conditions
        for b in program.base {
            let r = Int(b.rule)
            if b.needsText && !textHit[r] { continue }
            let first = Int(b.firstCondition), end = first + Int(b.conditionCount)
            var ok = true
            for k in first..<end where !context.holds(conditions[k]) {
                ok = false
                break
            }
            guard ok else { continue }
            if !b.needsText { evidence[r] = first < end ? .condition(conditions[first]) : .none }
            fired[r] = true
            firedList.append(b.rule)
            bits.insert(r)
        }
        let ops = program.ops, references = program.references
        for m in program.metas {
            if let needs = m.skipUnless, !needs.intersects(bits) { continue }
            if m.entry != MetaRule.stackOnly {
                guard decide(m.entry, program) else { continue }
            } else {
                let first = Int(m.firstOp)
                guard run(UnsafeBufferPointer(rebasing: ops[first..<(first + Int(m.opCount))])) != 0 else { continue }
            }
            let r = Int(m.rule)
            var source = EvidenceSource.none
            let firstReference = Int(m.firstReference)
            for k in firstReference..<(firstReference + Int(m.referenceCount)) where fired[Int(references[k])] {
                source = .meta(references[k])
                break
            }
            evidence[r] = source
            fired[r] = true
            firedList.append(m.rule)
            bits.insert(r)
        }
    }

    /// Walks a meta's decision graph from `entry` to its answer.
    func decide(_ entry: Int32, _ program: ScopeProgram) -> Bool {
        let nodes = program.nodes, terms = program.terms
        var n = entry
        while n >= 0 {
            let node = nodes[Int(n)]
            let holds: Bool
            switch node.kind {
            case .rule:
                holds = fired[Int(node.rule)]
            case .compare:
                var left = node.left, right = node.right
                for k in Int(node.first)..<Int(node.split) where fired[Int(terms[k].rule)] { left = left &+ terms[k].coefficient }
                for k in Int(node.split)..<Int(node.end) where fired[Int(terms[k].rule)] { right = right &+ terms[k].coefficient }
                switch node.op {
                case .eq: holds = left == right
                case .ne: holds = left != right
                case .ge: holds = left >= right
                case .le: holds = left <= right
                case .gt: holds = left > right
                case .lt: holds = left < right
                }
            }
            n = holds ? node.onTrue : node.onFalse
        }
        return n == MetaNode.yes
    }

    /// Runs a meta's stack program: what its decision graph stands for,
    /// and the way to evaluate the expressions the graph cannot express.
    func run(_ ops: UnsafeBufferPointer<MetaOp>) -> Int32 {
        // Expressions are shallow; a fixed stack keeps evaluation allocation-free.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 64) { stack in
            var top = 0
            for op in ops {
                switch op {
                case .rule(let j):
                    if top < 64 { stack[top] = fired[Int(j)] ? 1 : 0; top += 1 }
                case .number(let n):
                    if top < 64 { stack[top] = n; top += 1 }
                case .not:
                    if top > 0 { stack[top - 1] = stack[top - 1] == 0 ? 1 : 0 }
                default:
                    guard top >= 2 else { return 0 }
                    let b = stack[top - 1], a = stack[top - 2]
                    top -= 1
                    let v: Int32
                    switch op {
                    case .and: v = (a != 0 && b != 0) ? 1 : 0
                    case .or: v = (a != 0 || b != 0) ? 1 : 0
                    case .add: v = a &+ b
                    case .sub: v = a &- b
                    case .eq: v = a == b ? 1 : 0
                    case .ne: v = a != b ? 1 : 0
                    case .ge: v = a >= b ? 1 : 0
                    case .le: v = a <= b ? 1 : 0
                    case .gt: v = a > b ? 1 : 0
                    case .lt: v = a < b ? 1 : 0
                    default: v = 0
                    }
                    stack[top - 1] = v
                }
            }
            return top > 0 ? stack[top - 1] : 0
        }
    }

    /// The evidence of a fired rule, followed through meta rules to the
    /// text or condition behind it.
    func resolvedEvidence(_ rule: Int) -> EvidenceSource {
        var r = rule
        for _ in 0..<64 {
            guard case .meta(let j) = evidence[r] else { return evidence[r] }
            r = Int(j)
        }
        return .none
    }
}
