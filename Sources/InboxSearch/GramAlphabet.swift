/// Grams are spelled in a 32-symbol alphabet, so every 2- and 3-symbol
/// gram is a small number (33,792 in all) that indexes the build's tables
/// directly: no dictionary, no hashing, for a lookup made for every byte
/// of every message. Letters and space keep a symbol each, upper case
/// sharing lower case's; digits, punctuation and the bytes of other
/// characters share a few. Sharing only adds candidates, which the search
/// then rules out against the real text.
enum GramAlphabet {
    static let tripleBase = 32 * 32
    /// How many grams there are: pairs, then triples.
    static let gramCount = tripleBase + 32 * 32 * 32

    /// Each byte's symbol.
    static let symbols: [UInt8] = {
        var table = [UInt8](repeating: 27, count: 256)
        for b in 0..<26 {
            table[0x61 + b] = UInt8(1 + b)
            table[0x41 + b] = UInt8(1 + b)
        }
        table[0x20] = 0
        for b in Array("0123456789".utf8) { table[Int(b)] = 28 }
        for b in Array(".,!?;:".utf8) { table[Int(b)] = 29 }
        // Lead and continuation bytes of other characters.
        for b in 0x80..<0x100 { table[b] = UInt8(30 + b % 2) }
        return table
    }()

    @inline(__always) static func pair(_ s0: Int, _ s1: Int) -> Int { s0 << 5 | s1 }
    @inline(__always) static func triple(_ s0: Int, _ s1: Int, _ s2: Int) -> Int { tripleBase + (s0 << 10 | s1 << 5 | s2) }

    /// What every text containing a folded query must have.
    enum Need: Equatable {
        /// The symbol (from each entity's set of symbols).
        case symbol(Int)
        /// The pair: inside one of the triples starting or ending with it,
        /// or as a whole two-byte text (the only place no triple covers).
        case pair(Int, Int)
        /// Every one of these triples.
        case triples([Int])
    }

    static func need(_ query: [UInt8]) -> Need {
        let s = query.map { Int(symbols[Int($0)]) }
        switch s.count {
        case 0: return .triples([])
        case 1: return .symbol(s[0])
        case 2: return .pair(s[0], s[1])
        default:
            var out: [Int] = []
            for i in 0...(s.count - 3) {
                let g = triple(s[i], s[i + 1], s[i + 2])
                if !out.contains(g) { out.append(g) }
            }
            return .triples(out)
        }
    }

    /// The grams whose sets together hold every text with the pair.
    static func grams(holding a: Int, _ b: Int) -> [Int] {
        [pair(a, b)] + (0..<32).map { triple(a, b, $0) } + (0..<32).map { triple($0, a, b) }
    }
}
