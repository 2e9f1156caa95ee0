/// A few word hashes (function words, negation cues), looked up several
/// times per match. A `Set<UInt64>` would hash the word hash again with
/// SipHash on every lookup; the word hash is already well mixed, so its low
/// bits pick the slot directly.
struct WordHashSet: Sendable {
    /// Open addressing, at most a quarter full; 0 is an empty slot (no word
    /// hashes to 0, see `WordHasher.value`).
    private let slots: [UInt64]

    init(_ words: [String]) {
        var capacity = 8
        while capacity < words.count * 4 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for word in words {
            let h = WordHash.of(Array(word.utf8))
            var i = Int(truncatingIfNeeded: h) & (capacity - 1)
            while slots[i] != 0 && slots[i] != h { i = (i &+ 1) & (capacity - 1) }
            slots[i] = h
        }
        self.slots = slots
    }

    @inline(__always) func contains(_ hash: UInt64) -> Bool {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count &- 1
            var i = Int(truncatingIfNeeded: hash) & mask
            while true {
                let s = slots[i]
                // Checked before the match, so a hash of 0 is never found.
                if s == 0 { return false }
                if s == hash { return true }
                i = (i &+ 1) & mask
            }
        }
    }
}
