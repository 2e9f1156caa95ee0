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
/// The tables live in the rulebook's `TableStore`, so a scan reads them
/// without reference counting.
struct PhraseMatcher: @unchecked Sendable {
    /// Transition from the root, by word id.
    private let root: UnsafeBufferPointer<Int32>
    /// Per node, everything a step needs, in one place for cache locality.
    private let nodes: UnsafeBufferPointer<Node>
    /// Children of node n: `edges[n.firstEdge ..< n.firstEdge + n.edgeCount]`, sorted by id.
    private let edges: UnsafeBufferPointer<Edge>
    /// Outputs of node n: `outputs[n.firstOutput ..< n.firstOutput + n.outputCount]`, own and inherited.
    private let outputs: UnsafeBufferPointer<Output>

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

    init(phrases: [(words: [Int32], payload: Int32)], idCount: Int32, store: TableStore) {
        // The trie, as one edge table keyed by (node, word).
        var child: [Int64: Int32] = [:]
        child.reserveCapacity(phrases.count * 3)
        var flatEdges: [(from: Int32, edge: Edge)] = []
        var ownOutputs: [(node: Int32, output: Output)] = []
        var count: Int32 = 1
        for p in phrases where !p.words.isEmpty {
            var s: Int32 = 0
            for w in p.words {
                let key = Int64(s) << 32 | Int64(w)
                if let t = child[key] {
                    s = t
                } else {
                    child[key] = count
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

        var own = [[Output]](repeating: [], count: n)
        for (node, o) in ownOutputs { own[Int(node)].append(o) }
        var fail = [Int32](repeating: 0, count: n)
        var all = [[Output]](repeating: [], count: n)
        var queue: [Int32] = edges[rootEdges].map(\.to)
        for t in queue { all[Int(t)] = own[Int(t)] }
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
                    if let t = child[Int64(f) << 32 | Int64(e.word)] {
                        target = t
                        break
                    }
                    f = Int(fail[f])
                }
                fail[Int(e.to)] = target
                all[Int(e.to)] = own[Int(e.to)] + all[Int(target)]
                queue.append(e.to)
            }
        }
        // Number nodes breadth first: the shallow nodes most words visit end
        // up next to each other, which keeps the hot part of the tables in cache.
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
        var outNodes = [Node](repeating: Node(), count: n)
        var outEdges: [Edge] = []
        outEdges.reserveCapacity(edges.count)
        var flat: [Output] = []
        for (i, old32) in order.enumerated() {
            let old = Int(old32)
            let first = Int(nodes[old].firstEdge)
            outNodes[i].firstEdge = Int32(outEdges.count)
            outNodes[i].edgeCount = nodes[old].edgeCount
            for e in edges[first..<(first + Int(nodes[old].edgeCount))] {
                outEdges.append(Edge(word: e.word, to: newID[Int(e.to)]))
            }
            outNodes[i].fail = newID[Int(fail[old])]
            outNodes[i].firstOutput = Int32(flat.count)
            outNodes[i].outputCount = Int32(all[old].count)
            flat += all[old]
        }
        for w in root.indices where root[w] != 0 { root[w] = newID[Int(root[w])] }
        self.root = store.freeze(root)
        self.nodes = store.freeze(outNodes)
        self.edges = store.freeze(outEdges)
        self.outputs = store.freeze(flat)
    }

    /// Appends every phrase occurrence among `tokens` (by their word ids)
    /// to `hits`, in order of their end.
    func scan(_ tokens: UnsafeBufferPointer<Token>, into hits: inout [PhraseHit]) {
        let root = self.root, nodes = self.nodes, edges = self.edges, outputs = self.outputs
        var s = 0
        for i in 0..<tokens.count {
            let w = tokens[i].id
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
