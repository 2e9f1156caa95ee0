#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One kind of text's finished gram sets: chunks of entities, each with
/// the word of the entity bitset it starts at.
struct GramPostings: Sendable {
    private(set) var chunks: [(word: Int, chunk: PostingChunk)] = []

    var bytes: Int { chunks.reduce(0) { $0 + $1.chunk.bytes } }

    /// Appends the chunks built for entities from `first` (a multiple of 64).
    mutating func append(_ built: [PostingChunk], first: Int) {
        for (k, chunk) in built.enumerated() {
            chunks.append((first / 64 + k * (PostingsBuilder.chunkSize / 64), chunk))
        }
    }

    /// Adds to `out` every entity whose text may have what a query needs.
    func addEntities(having need: GramAlphabet.Need, to out: inout Bitset) {
        for (word, chunk) in chunks {
            switch need {
            case .symbol(let s): chunk.entities(withSymbol: s, orInto: &out, atWord: word)
            case .pair(let a, let b): chunk.union(GramAlphabet.grams(holding: a, b), orInto: &out, atWord: word)
            case .triples(let grams): chunk.intersect(grams, orInto: &out, atWord: word)
            }
        }
    }
}

/// The sets of one chunk: per gram id, either a bitmap (dense) or a sorted
/// run of 16-bit ids (sparse).
struct PostingChunk: Sendable {
    static let denseFlag: UInt32 = 1 << 31

    /// Bitmap length in 64-bit words.
    let words: Int
    /// Per gram id: `denseFlag | word offset in bits`, or offset in `ids`.
    private let refs: [UInt32]
    private let counts: [UInt16]
    private let ids: [UInt16]
    private let bits: WordBuffer
    /// Per entity, a bit for each symbol its texts have.
    private let masks: [UInt32]

    init(
        words: Int, refs: [UInt32] = [], counts: [UInt16] = [], ids: [UInt16] = [],
        bits: WordBuffer = WordBuffer(taking: nil, count: 0), masks: [UInt32] = []
    ) {
        self.words = words
        self.refs = refs
        self.counts = counts
        self.ids = ids
        self.bits = bits
        self.masks = masks
    }

    var bytes: Int { refs.count * 4 + counts.count * 2 + ids.count * 2 + bits.count * 8 + masks.count * 4 }

    func count(_ g: Int) -> Int { g >= 0 && g < counts.count ? Int(counts[g]) : 0 }

    /// ORs the entities having every one of `grams` into `out` from word `at`.
    func intersect(_ grams: [Int], orInto out: inout Bitset, atWord at: Int) {
        guard !grams.isEmpty, words > 0 else { return }
        // Rarest first: the smallest set bounds the answer, and a missing
        // gram ends it at once.
        let order = grams.sorted { count($0) < count($1) }
        guard let rarest = order.first, count(rarest) > 0 else { return }
        var acc = [UInt64](repeating: 0, count: words)
        set(rarest, into: &acc)
        var scratch = [UInt64](repeating: 0, count: words)
        for g in order.dropFirst() {
            let ref = refs[g]
            if ref & Self.denseFlag != 0 {
                let base = Int(ref & ~Self.denseFlag)
                var any: UInt64 = 0
                for w in 0..<words {
                    acc[w] &= bits[base + w]
                    any |= acc[w]
                }
                if any == 0 { return }
            } else {
                for w in 0..<words { scratch[w] = 0 }
                set(g, into: &scratch)
                var any: UInt64 = 0
                for w in 0..<words {
                    acc[w] &= scratch[w]
                    any |= acc[w]
                }
                if any == 0 { return }
            }
        }
        out.or(acc, atWord: at)
    }

    func entities(withSymbol s: Int, orInto out: inout Bitset, atWord at: Int) {
        let bit = UInt32(1) << UInt32(s & 31)
        for (i, mask) in masks.enumerated() where mask & bit != 0 { out.insert(at * 64 + i) }
    }

    /// ORs the entities having any of `grams` into `out` from word `at`.
    func union(_ grams: [Int], orInto out: inout Bitset, atWord at: Int) {
        var acc = [UInt64](repeating: 0, count: words)
        for g in grams where count(g) > 0 { set(g, into: &acc) }
        out.or(acc, atWord: at)
    }

    private func set(_ g: Int, into words: inout [UInt64]) {
        let ref = refs[g]
        if ref & Self.denseFlag != 0 {
            let base = Int(ref & ~Self.denseFlag)
            for w in 0..<self.words { words[w] |= bits[base + w] }
        } else {
            let start = Int(ref)
            for k in start..<(start + Int(counts[g])) {
                let id = Int(ids[k])
                words[id >> 6] |= 1 << UInt64(id & 63)
            }
        }
    }
}

/// 64-bit words in memory of their own, handed over by the builder without
/// a copy and never written after.
final class WordBuffer: @unchecked Sendable {
    private let base: UnsafeMutablePointer<UInt64>?
    let count: Int

    /// Takes ownership of `base` (from `malloc`), shrunk to `count` words.
    init(taking base: UnsafeMutablePointer<UInt64>?, count: Int) {
        if let base, count > 0 {
            self.base = realloc(base, count * 8)?.assumingMemoryBound(to: UInt64.self) ?? base
            self.count = count
        } else {
            free(base)
            self.base = nil
            self.count = 0
        }
    }

    deinit { free(base) }

    @inline(__always) subscript(_ i: Int) -> UInt64 {
        guard let base, i >= 0, i < count else { return 0 }
        return base[i]
    }
}
