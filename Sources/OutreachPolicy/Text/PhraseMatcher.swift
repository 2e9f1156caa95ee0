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
struct PhraseMatcher: Sendable {
    /// Transition from the root, by word id.
    private let root: [Int32]
    /// Per node, everything a step needs, in one place for cache locality.
    private let nodes: [Node]
    /// Children of node n: `edges[n.firstEdge ..< n.firstEdge + n.edgeCount]`, sorted by id.
    private let edges: [Edge]
    /// Outputs of node n: `outputs[n.firstOutput ..< n.firstOutput + n.outputCount]`, own and inherited.
    private let outputs: [Output]

    struct Node: Sendable {
        var firstEdge: Int32 = 0
        var edgeCount: Int32 = 0
        var fail: Int32 = 0
        var firstOutput: Int32 = 0
        var outputCount: Int32 = 0
    }

    struct Edge: Sendable {
        var word: Int32
        var to: Int32
    }

    struct Output: Sendable {
        var payload: Int32
        var length: Int32
    }

    var nodeCount: Int { nodes.count }

    init(phrases: [(words: [Int32], payload: Int32)], idCount: Int32) {
        // Trie with sparse children first.
        var children: [[Int32: Int32]] = [[:]]
        var order: [[Int32]] = [[]]
        var own: [[Output]] = [[]]
        for p in phrases where !p.words.isEmpty {
            var s = 0
            for w in p.words {
                if let t = children[s][w] {
                    s = Int(t)
                } else {
                    children.append([:])
                    order.append([])
                    own.append([])
                    let t = Int32(children.count - 1)
                    children[s][w] = t
                    order[s].append(w)
                    s = Int(t)
                }
            }
            own[s].append(Output(payload: p.payload, length: Int32(p.words.count)))
        }
        let n = children.count
        var root = [Int32](repeating: 0, count: Int(idCount))
        for (w, t) in children[0] { root[Int(w)] = t }
        var fail = [Int32](repeating: 0, count: n)
        var all = own
        var queue: [Int] = order[0].compactMap { children[0][$0].map(Int.init) }
        var head = 0
        func step(_ from: Int, _ w: Int32) -> Int32 {
            var s = from
            while true {
                if s == 0 { return root[Int(w)] }
                if let t = children[s][w] { return t }
                s = Int(fail[s])
            }
        }
        while head < queue.count {
            let s = queue[head]
            head += 1
            if s != 0 { all[s] += all[Int(fail[s])] }
            for w in order[s] {
                guard let t = children[s][w] else { continue }
                fail[Int(t)] = step(Int(fail[s]), w)
                queue.append(Int(t))
            }
        }
        var nodes = [Node](repeating: Node(), count: n)
        var edges: [Edge] = []
        var flat: [Output] = []
        for s in 0..<n {
            nodes[s].firstEdge = Int32(edges.count)
            for w in order[s].sorted() {
                if let t = children[s][w] { edges.append(Edge(word: w, to: t)) }
            }
            nodes[s].edgeCount = Int32(edges.count) - nodes[s].firstEdge
            nodes[s].fail = fail[s]
            nodes[s].firstOutput = Int32(flat.count)
            flat += all[s]
            nodes[s].outputCount = Int32(all[s].count)
        }
        self.root = root
        self.nodes = nodes
        self.edges = edges
        self.outputs = flat
    }

    /// Appends every phrase occurrence among `words` (word ids, one per
    /// token) to `hits`, in order of their end.
    func scan(_ words: UnsafeBufferPointer<Int32>, into hits: inout [PhraseHit]) {
        root.withUnsafeBufferPointer { root in
        nodes.withUnsafeBufferPointer { nodes in
        edges.withUnsafeBufferPointer { edges in
        outputs.withUnsafeBufferPointer { outputs in
            var s = 0
            for i in 0..<words.count {
                let w = words[i]
                if w == 0 {
                    s = 0
                    continue
                }
                while true {
                    if s == 0 {
                        s = Int(root[Int(w)])
                        break
                    }
                    let node = nodes[s]
                    var lo = Int(node.firstEdge), hi = lo &+ Int(node.edgeCount)
                    var next = -1
                    while lo < hi {
                        let mid = (lo &+ hi) >> 1
                        let e = edges[mid]
                        if e.word == w { next = Int(e.to); break }
                        if e.word < w { lo = mid &+ 1 } else { hi = mid }
                    }
                    if next >= 0 {
                        s = next
                        break
                    }
                    s = Int(node.fail)
                }
                let node = nodes[s]
                if node.outputCount != 0 {
                    let end = Int32(truncatingIfNeeded: i &+ 1)
                    let first = Int(node.firstOutput)
                    for k in first..<(first &+ Int(node.outputCount)) {
                        let o = outputs[k]
                        hits.append(PhraseHit(payload: o.payload, start: end &- o.length, end: end))
                    }
                }
            }
        }
        }
        }
        }
    }
}
