/// The features the learned rule reads: every word of a message and every
/// pair of neighbouring words in one sentence, as hashes of the words the
/// tokenizer already normalised. Training and judging both go through
/// `forEach`, so they agree by construction.
enum LearnedFeatures {
    /// A bigram's hash from its words' hashes: order matters ("call quick"
    /// is not "quick call"), and it never collides with a unigram's hash
    /// in practice (64 bits) nor is 0 (an empty table slot).
    @inline(__always) static func bigram(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let h = WordHash.fold(a ^ 0x6a09_e667_f3bc_c909, (b << 23 | b >> 41) ^ 0x510e_527f_ade6_82d1)
        return h == 0 ? 1 : h
    }

    /// Marks (sentence ends, the text's start and end) take no bytes.
    @inline(__always) static func isWord(_ t: Token) -> Bool { t.end > t.start }

    /// Calls `body` with each feature's hash and the tokens it spans
    /// (`first...last`): a word, then the bigram it ends, if any.
    @inline(__always) static func forEach(_ tokens: UnsafeBufferPointer<Token>, _ body: (UInt64, Int, Int) -> Void) {
        var previous: Token?
        var previousIndex = 0
        for i in 0..<tokens.count {
            let t = tokens[i]
            guard isWord(t) else {
                previous = nil
                continue
            }
            body(t.hash, i, i)
            if let p = previous { body(bigram(p.hash, t.hash), previousIndex, i) }
            previous = t
            previousIndex = i
        }
    }
}
