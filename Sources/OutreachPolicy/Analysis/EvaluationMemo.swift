/// Remembers what firing a scope's rules gave, by what the firing read.
///
/// `AnalysisScratch.evaluate` is a pure function of which rules' patterns
/// matched the unit and of which of the scope's conditions hold for it.
/// Outreach is written from templates and sent on similar timelines, so
/// the same pair comes back again and again across an inbox's threads:
/// testing the conditions and looking the pair up costs well under half of
/// firing every base and meta rule anew. A memo is for one worker.
final class EvaluationMemo {
    private let program: ScopeProgram
    /// Off when the scope has more conditions than a key holds.
    private let enabled: Bool
    /// Per rule: `evaluate` sets its evidence when it fires (rules without
    /// patterns and meta rules); a matched rule's evidence is the scan's.
    private let setsEvidence: [Bool]
    /// Open addressing with linear probing: the key is six words, and a
    /// multiply-and-fold hash of them is a fraction of what `Hasher` costs.
    /// A slot holds its answer's ranges beside the key, so a lookup that
    /// finds it reads one place in memory.
    private var slots: [Slot] = []
    private var count = 0
    /// The answers' fired rules, answer after answer.
    private var firedRules: [Int32] = []
    /// The evidence the answers' rules set, for those that set any: most
    /// fired rules are matched ones, whose evidence is the scan's, and
    /// answers kept this compact stay in cache.
    private var evidence: [Remembered] = []
    /// The scope's conditions as one word, when they fit in one.
    private let facts: ConditionFacts?
    /// Units answered from memory, for tests that the memo is used.
    private(set) var replayed = 0

    /// Answers kept before the memo starts afresh: bounds what hostile
    /// input can make it hold.
    static let capacity = 1 << 14

    private struct Key: Equatable {
        /// Rules whose patterns matched, as bits (rule k is bit k % 64 of word k / 64).
        var matched: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        /// The scope's conditions that hold: `ConditionFacts` bits when the
        /// context writes them, else bits in `program.conditions` order (a
        /// memo serves one kind of context, so the two never meet).
        var holding: (UInt64, UInt64) = (0, 0)

        static func == (a: Key, b: Key) -> Bool {
            a.matched.0 == b.matched.0 && a.matched.1 == b.matched.1 && a.matched.2 == b.matched.2
                && a.matched.3 == b.matched.3 && a.holding.0 == b.holding.0 && a.holding.1 == b.holding.1
        }

        var hash: Int {
            let m: UInt64 = 0x9E37_79B9_7F4A_7C15
            var h = matched.0 &* m
            h = (h ^ (h >> 29) ^ matched.1) &* m
            h = (h ^ (h >> 29) ^ matched.2) &* m
            h = (h ^ (h >> 29) ^ matched.3) &* m
            h = (h ^ (h >> 29) ^ holding.0) &* m
            h = (h ^ (h >> 29) ^ holding.1) &* m
            return Int(truncatingIfNeeded: h ^ (h >> 32))
        }

        static let ruleLimit = 256
        static let conditionLimit = 128
    }

    private struct Slot {
        var key = Key()
        /// The answer's rules, `firedRules[first..<end]`; `first` is -1
        /// for an empty slot.
        var first: Int32 = -1
        var end: Int32 = -1
        /// Its evidence, `evidence[evidenceFirst..<evidenceEnd]`.
        var evidenceFirst: Int32 = 0
        var evidenceEnd: Int32 = 0
    }

    private struct Remembered {
        var rule: Int32
        var source: EvidenceSource
    }

    init(program: ScopeProgram, ruleCount: Int) {
        self.program = program
        enabled = program.conditions.count <= Key.conditionLimit
        facts = ConditionFacts(conditions: program.conditions)
        var sets = [Bool](repeating: false, count: ruleCount)
        for b in program.base where !b.needsText && Int(b.rule) < ruleCount { sets[Int(b.rule)] = true }
        for m in program.metas where Int(m.rule) < ruleCount { sets[Int(m.rule)] = true }
        setsEvidence = sets
        slots = [Slot](repeating: Slot(), count: Self.initialSlots)
    }

    private static let initialSlots = 1024

    /// Does what `scratch.evaluate(program, context:)` does: the same
    /// `fired`, `firedList` and evidence.
    func evaluate<C: ConditionContext>(_ scratch: inout AnalysisScratch, context: C) {
        guard enabled, let key = key(scratch, context: context) else {
            scratch.evaluate(program, context: context)
            return
        }
        var slot = find(key)
        let found = slots[slot]
        if found.first >= 0 {
            replay(
                rules: Int(found.first)..<Int(found.end), evidence: Int(found.evidenceFirst)..<Int(found.evidenceEnd),
                into: &scratch)
            replayed += 1
            return
        }
        scratch.evaluate(program, context: context)
        if count >= Self.capacity {
            slots = [Slot](repeating: Slot(), count: slots.count)
            count = 0
            firedRules.removeAll(keepingCapacity: true)
            evidence.removeAll(keepingCapacity: true)
            slot = find(key)
        } else if 2 * (count + 1) > slots.count {
            grow()
            slot = find(key)
        }
        var answer = Slot(
            key: key, first: Int32(truncatingIfNeeded: firedRules.count), end: 0,
            evidenceFirst: Int32(truncatingIfNeeded: evidence.count), evidenceEnd: 0)
        for r32 in scratch.firedList {
            let r = Int(r32)
            firedRules.append(r32)
            if r < setsEvidence.count && setsEvidence[r] { evidence.append(Remembered(rule: r32, source: scratch.evidence[r])) }
        }
        answer.end = Int32(truncatingIfNeeded: firedRules.count)
        answer.evidenceEnd = Int32(truncatingIfNeeded: evidence.count)
        slots[slot] = answer
        count += 1
    }

    /// Leaves the scratch as firing the rules did when the answer with
    /// these ranges was remembered (each rule fires once, so the order in
    /// which flags and evidence are set does not matter). Through
    /// pointers: element by element, every store into the scratch's arrays
    /// checks they are unshared, and this runs for most messages of an
    /// inbox. Rule indices come from firing this scope's program on a
    /// scratch of the same size, so they are in range.
    private func replay(rules answer: Range<Int>, evidence answerEvidence: Range<Int>, into scratch: inout AnalysisScratch) {
        firedRules.withUnsafeBufferPointer { rules in
            scratch.fired.withUnsafeMutableBufferPointer { flags in
                for r in scratch.firedList { flags[Int(r)] = false }
                for i in answer { flags[Int(rules[i])] = true }
            }
            scratch.firedList.removeAll(keepingCapacity: true)
            scratch.firedList.append(contentsOf: UnsafeBufferPointer(rebasing: rules[answer]))
        }
        evidence.withUnsafeBufferPointer { remembered in
            scratch.evidence.withUnsafeMutableBufferPointer { evidence in
                for i in answerEvidence { evidence[Int(remembered[i].rule)] = remembered[i].source }
            }
        }
    }

    /// The slot holding `key`, or the empty slot where it belongs. The
    /// table is never more than half full, so there always is one.
    private func find(_ key: Key) -> Int {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = key.hash & mask
            while slots[slot].first >= 0 && slots[slot].key != key { slot = (slot + 1) & mask }
            return slot
        }
    }

    private func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: Swift.max(Self.initialSlots, 2 * old.count))
        for answer in old where answer.first >= 0 { slots[find(answer.key)] = answer }
    }

    /// Everything `evaluate` reads of the unit; nil when a matched rule
    /// is past what a key holds.
    private func key<C: ConditionContext>(_ scratch: AnalysisScratch, context: C) -> Key? {
        var key = Key()
        for r32 in scratch.textList {
            let r = Int(r32)
            guard r >= 0 && r < Key.ruleLimit else { return nil }
            let bit: UInt64 = 1 &<< UInt64(r & 63)
            switch r >> 6 {
            case 0: key.matched.0 |= bit
            case 1: key.matched.1 |= bit
            case 2: key.matched.2 |= bit
            default: key.matched.3 |= bit
            }
        }
        if let facts, let bits = context.conditionFacts(facts) {
            key.holding.0 = bits
            return key
        }
        let conditions = program.conditions
        for k in 0..<conditions.count where context.holds(conditions[k]) {
            if k < 64 { key.holding.0 |= 1 &<< UInt64(k) } else { key.holding.1 |= 1 &<< UInt64(k &- 64) }
        }
        return key
    }
}
