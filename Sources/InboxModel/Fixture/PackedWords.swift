/// Short words (keys, event types, labels) looked up by packing up to eight
/// bytes into an integer and hashing that into a small table with no
/// collisions: one multiply and one comparison, straight from the file's
/// bytes. Hashing a string cost more than the rest of reading a key, for
/// 1.5 million keys in a 300,000-event file.
struct PackedWords<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        /// The packed word, 0 for an empty slot (no word packs to 0).
        var word: UInt64 = 0
        var count: Int = 0
        var value: Value?
    }

    private let slots: [Slot]
    private let shift: UInt64
    private let multiplier: UInt64

    /// `entries`' words must be 1 to 8 bytes, none with a NUL byte, and
    /// different.
    init(_ entries: [(String, Value)]) {
        let words = entries.map { (Self.pack($0.0), $0.0.utf8.count) }
        precondition(words.allSatisfy { $0.0 != 0 && $0.1 <= 8 }, "packed words are 1 to 8 bytes")
        // The smallest table, then the first odd multiplier, that give
        // every word its own slot: the same words give the same table.
        var bits: UInt64 = 1
        while 1 << bits < 2 * entries.count { bits += 1 }
        while true {
            var multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
            for _ in 0..<4096 {
                let shift = 64 - bits
                var taken = Set<Int>()
                if words.allSatisfy({ taken.insert(Int(truncatingIfNeeded: ($0.0 &* multiplier) >> shift)).inserted }) {
                    var slots = Array(repeating: Slot(), count: 1 << Int(bits))
                    for (k, w) in words.enumerated() {
                        slots[Int(truncatingIfNeeded: (w.0 &* multiplier) >> shift)] = Slot(word: w.0, count: w.1, value: entries[k].1)
                    }
                    self.slots = slots
                    self.shift = shift
                    self.multiplier = multiplier
                    return
                }
                multiplier = multiplier &* 0x5851_F42D_4C95_7F2D &+ 0x1405_7B7E_F767_814F | 1
            }
            bits += 1
        }
    }

    /// The value of the word at `p[start..<start + count]`.
    @inline(__always)
    func lookup(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Value? {
        guard count > 0, count <= 8, start >= 0, start <= p.count - count, let base = p.baseAddress else { return nil }
        var w: UInt64
        if start <= p.count - 8 {
            // One load, then the bytes past the word masked off.
            let all = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
            w = count == 8 ? all : all & ((1 << UInt64(8 * count)) - 1)
        } else {
            w = 0
            for k in 0..<count { w |= UInt64(base[start + k]) << UInt64(8 * k) }
        }
        return find(w, count)
    }

    func lookup(_ word: String) -> Value? {
        // The string's own bytes where it has them (always, for a native
        // string): walking its UTF-8 view cost more than the whole lookup.
        if let found = word.utf8.withContiguousStorageIfAvailable({ lookup($0, 0, $0.count) }) { return found }
        let count = word.utf8.count
        guard count > 0, count <= 8 else { return nil }
        return find(Self.pack(word), count)
    }

    @inline(__always)
    private func find(_ w: UInt64, _ count: Int) -> Value? {
        slots.withUnsafeBufferPointer { slots in
            let s = slots[Int(truncatingIfNeeded: (w &* multiplier) >> shift)]
            // The count tells "ab" from "ab\0", which pack alike.
            return s.word == w && s.count == count ? s.value : nil
        }
    }

    private static func pack(_ s: String) -> UInt64 {
        var w: UInt64 = 0
        for (k, b) in s.utf8.prefix(8).enumerated() { w |= UInt64(b) << UInt64(8 * k) }
        return w
    }
}

extension EventType {
    static let words = PackedWords(allCases.map { ($0.rawValue, $0) })
}

extension InvitationLabel {
    static let words = PackedWords(allCases.map { ($0.rawValue, $0) })
}
