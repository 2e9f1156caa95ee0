/// One occurrence of a compiled phrase in a tokenised text.
struct PhraseHit: Sendable, Equatable {
    /// What the phrase was compiled for (a rule's index, or a gap segment).
    var payload: Int32
    /// Token range of the phrase.
    var start: Int32
    var end: Int32
}

/// Every phrase of a rulebook field compiled into one Aho–Corasick
/// automaton over word ids: scanning a text is a vocabulary lookup and
/// usually one transition per word, whatever the number of phrases. Words
/// no pattern uses reset the automaton without a lookup in it.
///
/// A transition is one probe in a hash table keyed by (node, word) whose
/// entry also says where the target's outputs are, so the usual step
/// touches one cache line; only a failed step reads the node's fail link.
/// The tables live in the rulebook's `TableStore`, so a scan reads them
/// without reference counting.
struct PhraseMatcher: @unchecked Sendable {
    /// Transition from the root, by word id.
    private let root: UnsafeBufferPointer<RootStep>
    /// Transitions from every other node, open addressing on `key(node, word)`.
    private let steps: UnsafeBufferPointer<Step>
    private let stepShift: UInt64
    /// Per node: where to continue when it has no transition for a word.
    private let fail: UnsafeBufferPointer<Int32>
    /// Per node: its outputs, for a node with more than `Step.inlineLimit`.
    private let spilled: UnsafeBufferPointer<OutputRange>
    /// Outputs of every node, own and inherited, node after node.
    private let outputs: UnsafeBufferPointer<Output>
    /// Per word id, one bit: the word labels a transition from some node
    /// other than the root. From any node, a word that labels none fails
    /// down the fail links to the root, so the scan goes there at once
    /// instead of probing `steps` (a likely cache miss) for every node on
    /// the way.
    private let deep: UnsafeBufferPointer<UInt64>

    /// A transition and the target's outputs: `outputs` is the count in
    /// its low byte and the first output above it; 0 for none, and
    /// `Step.spill` when they don't fit (read `spilled[to]` instead).
    struct Step: Sendable, Equatable {
        var key: UInt64 = 0
        var to: Int32 = 0
        var outputs: UInt32 = 0

        static let spill: UInt32 = 0xff
        static let inlineLimit = 0xfe

        static func pack(first: Int, count: Int) -> UInt32 {
            if count == 0 { return 0 }
            guard count <= inlineLimit, first < 1 << 24 else { return spill }
            return UInt32(first) << 8 | UInt32(count)
        }
    }

    /// A `Step` without its key: the root's transitions are indexed by word.
    struct RootStep: Sendable, Equatable {
        var to: Int32 = 0
        var outputs: UInt32 = 0
    }

    struct OutputRange: Sendable, Equatable {
        var first: Int32 = 0
        var count: Int32 = 0
    }

    struct Output: Sendable, Equatable {
        var payload: Int32
        var length: Int32
    }

    /// Edges of the trie while it is built.
    private struct Edge {
        var word: Int32
        var to: Int32
    }

    private struct Node {
        var firstEdge: Int32 = 0
        var edgeCount: Int32 = 0
    }

    let nodeCount: Int

    /// The table key of the transition from `node` (never the root) on
    /// `word`; 0 marks an empty slot.
    @inline(__always) static func key(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    @inline(__always) static func home(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> shift)
    }

    /// A matcher's tables as plain arrays: what `init(phrases:)` builds,
    /// and what a rulebook cache stores.
    struct Tables: Equatable {
        var root: [RootStep]
        var steps: [Step]
        var stepShift: UInt64
        var fail: [Int32]
        var spilled: [OutputRange]
        var outputs: [Output]
    }

    init(tables t: Tables, store: TableStore) {
        nodeCount = t.fail.count
        root = store.freeze(t.root)
        steps = store.freeze(t.steps)
        stepShift = t.stepShift
        fail = store.freeze(t.fail)
        spilled = store.freeze(t.spilled)
        outputs = store.freeze(t.outputs)
        var deep = [UInt64](repeating: 0, count: t.root.count / 64 + 1)
        for step in t.steps where step.key != 0 {
            // A word past the root table is no token's id, so never needs the bit.
            let w = Int(UInt32(truncatingIfNeeded: step.key))
            if w < t.root.count { deep[w >> 6] |= 1 << UInt64(w & 63) }
        }
        self.deep = store.freeze(deep)
    }

    init(phrases: [(words: [Int32], payload: Int32)], idCount: Int32, store: TableStore) {
        self.init(tables: Self.build(phrases: phrases, idCount: idCount), store: store)
    }

    /// The tables, copied out of the store.
    var tables: Tables {
        Tables(root: Array(root), steps: Array(steps), stepShift: stepShift, fail: Array(fail), spilled: Array(spilled), outputs: Array(outputs))
    }

    static func build(phrases: [(words: [Int32], payload: Int32)], idCount: Int32) -> Tables {
        // The trie, as one edge table keyed by (node, word). Building runs at
        // every start (opening a small inbox waits for it), so no Dictionary
        // hashing and no array per node.
        var child = EdgeMap(capacity: phrases.count * 3)
        var flatEdges: [(from: Int32, edge: Edge)] = []
        var ownOutputs: [(node: Int32, output: Output)] = []
        var count: Int32 = 1
        for p in phrases where !p.words.isEmpty {
            var s: Int32 = 0
            for w in p.words {
                let key = Self.key(s, w)
                if let t = child[key] {
                    s = t
                } else {
                    child.insert(key, count)
                    flatEdges.append((s, Edge(word: w, to: count)))
                    s = count
                    count += 1
                }
            }
            ownOutputs.append((s, Output(payload: p.payload, length: Int32(p.words.count))))
        }
        let n = Int(count)
        flatEdges.sort { $0.from != $1.from ? $0.from < $1.from : $0.edge.word < $1.edge.word }
        var nodes = [Node](repeating: Node(), count: n)
        var edges: [Edge] = []
        edges.reserveCapacity(flatEdges.count)
        for (from, e) in flatEdges {
            if nodes[Int(from)].edgeCount == 0 { nodes[Int(from)].firstEdge = Int32(edges.count) }
            nodes[Int(from)].edgeCount += 1
            edges.append(e)
        }
        var root = [Int32](repeating: 0, count: Int(idCount))
        let rootEdges = Int(nodes[0].firstEdge)..<Int(nodes[0].firstEdge + nodes[0].edgeCount)
        for e in edges[rootEdges] { root[Int(e.word)] = e.to }

        // Each node's own outputs, in phrase order, as one flat list.
        var ownStart = [Int32](repeating: 0, count: n + 1)
        for (node, _) in ownOutputs { ownStart[Int(node) + 1] += 1 }
        for i in 0..<n { ownStart[i + 1] += ownStart[i] }
        var ownFlat = [Output](repeating: Output(payload: 0, length: 0), count: ownOutputs.count)
        var fill = ownStart
        for (node, o) in ownOutputs {
            ownFlat[Int(fill[Int(node)])] = o
            fill[Int(node)] += 1
        }
        var fail = [Int32](repeating: 0, count: n)
        var queue: [Int32] = edges[rootEdges].map(\.to)
        var head = 0
        while head < queue.count {
            let s = Int(queue[head])
            head += 1
            let first = Int(nodes[s].firstEdge)
            for e in edges[first..<(first + Int(nodes[s].edgeCount))] {
                // Longest proper suffix of the path to e.to that is in the trie.
                var f = Int(fail[s])
                var target: Int32 = 0
                while true {
                    if f == 0 {
                        target = root[Int(e.word)]
                        break
                    }
                    if let t = child[Self.key(Int32(f), e.word)] {
                        target = t
                        break
                    }
                    f = Int(fail[f])
                }
                fail[Int(e.to)] = target
                queue.append(e.to)
            }
        }
        var newID = [Int32](repeating: 0, count: n)
        var order: [Int32] = [0]
        order.reserveCapacity(n)
        var h = 0
        while h < order.count {
            let s = Int(order[h])
            h += 1
            let first = Int(nodes[s].firstEdge)
            for e in edges[first..<(first + Int(nodes[s].edgeCount))] { order.append(e.to) }
        }
        for (i, old) in order.enumerated() { newID[Int(old)] = Int32(i) }
        // A node's outputs are its own, then those of its fail node, which
        // is shallower and so laid out already.
        var flat: [Output] = []
        flat.reserveCapacity(ownOutputs.count * 2)
        var ranges = [OutputRange](repeating: OutputRange(), count: n)
        var failOut = [Int32](repeating: 0, count: n)
        for (i, old32) in order.enumerated() {
            let old = Int(old32)
            let target = newID[Int(fail[old])]
            failOut[i] = target
            let first = flat.count
            flat += ownFlat[Int(ownStart[old])..<Int(ownStart[old + 1])]
            if i > 0 {
                // Element by element: appending a slice of `flat` to itself
                // would copy the whole buffer each time.
                let inherited = ranges[Int(target)]
                for k in Int(inherited.first)..<Int(inherited.first + inherited.count) { flat.append(flat[k]) }
            }
            ranges[i] = OutputRange(first: Int32(first), count: Int32(flat.count - first))
        }
        func step(to: Int32) -> Step {
            let r = ranges[Int(to)]
            return Step(key: 0, to: to, outputs: Step.pack(first: Int(r.first), count: Int(r.count)))
        }
        var capacity = 16, shift: UInt64 = 60
        // At most half full, so a missing transition meets an empty slot soon.
        while capacity < edges.count * 2 {
            capacity <<= 1
            shift -= 1
        }
        var table = [Step](repeating: Step(), count: capacity)
        var rootSteps = [RootStep](repeating: RootStep(), count: Int(idCount))
        for (from, e) in flatEdges {
            let to = newID[Int(e.to)]
            if from == 0 {
                let st = step(to: to)
                rootSteps[Int(e.word)] = RootStep(to: st.to, outputs: st.outputs)
                continue
            }
            let key = Self.key(newID[Int(from)], e.word)
            var slot = Self.home(key, shift: shift)
            while table[slot].key != 0 { slot = (slot &+ 1) & (capacity - 1) }
            table[slot] = step(to: to)
            table[slot].key = key
        }
        return Tables(root: rootSteps, steps: table, stepShift: shift, fail: failOut, spilled: ranges, outputs: flat)
    }

    /// Appends every phrase occurrence among `tokens` (by their word ids)
    /// to `hits`, in order of their end.
    func scan(_ tokens: UnsafeBufferPointer<Token>, into hits: inout [PhraseHit]) {
        let root = self.root, steps = self.steps, fail = self.fail, outputs = self.outputs, deep = self.deep
        let shift = stepShift, mask = steps.count &- 1
        var s: Int32 = 0
        for i in 0..<tokens.count {
            let w = tokens[i].id
            if w == 0 {
                s = 0
                continue
            }
            if s != 0 && deep[Int(w) >> 6] & (1 << UInt64(Int(w) & 63)) == 0 { s = 0 }
            var packed: UInt32
            while true {
                if s == 0 {
                    let r = root[Int(w)]
                    s = r.to
                    packed = r.outputs
                    break
                }
                let key = Self.key(s, w)
                var slot = Self.home(key, shift: shift)
                var found = false
                packed = 0
                while true {
                    let e = steps[slot]
                    if e.key == key {
                        s = e.to
                        packed = e.outputs
                        found = true
                        break
                    }
                    if e.key == 0 { break }
                    slot = (slot &+ 1) & mask
                }
                if found { break }
                s = fail[Int(s)]
            }
            if packed != 0 {
                var first = Int(packed >> 8), count = Int(packed & 0xff)
                if packed == Step.spill {
                    let r = spilled[Int(s)]
                    first = Int(r.first)
                    count = Int(r.count)
                }
                let end = Int32(truncatingIfNeeded: i &+ 1)
                for k in first..<(first &+ count) {
                    let o = outputs[k]
                    // Clamped: tables read back from a cache are checked, but a
                    // phrase must never start before the text whatever they say.
                    hits.append(PhraseHit(payload: o.payload, start: max(0, end &- o.length), end: end))
                }
            }
        }
    }
}

/// The trie's edges while the matcher is built: open addressing over
/// (node, word) keys with the same cheap hash as the finished table.
private struct EdgeMap {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private var count = 0
    private static let empty = UInt64.max

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: Self.empty, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    private func slot(_ key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 32) & mask
        while keys[i] != Self.empty && keys[i] != key { i = (i &+ 1) & mask }
        return i
    }

    subscript(key: UInt64) -> Int32? {
        let i = slot(key)
        return keys[i] == key ? values[i] : nil
    }

    mutating func insert(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let i = slot(key)
        if keys[i] != key { count += 1 }
        keys[i] = key
        values[i] = value
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != Self.empty { insert(k, v) }
    }
}
