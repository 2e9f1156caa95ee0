/// One bit per value of a 64-bit hash's top 16 bits, set for every hash a
/// table holds. Most words and word pairs of a message are in no table,
/// and these 8 KB answer for them from the first-level cache where a probe
/// of the table itself mostly would miss it. A clear bit is a sure no; a
/// set bit only a maybe (the table's low bits pick its slots, these don't).
struct HashBitFilter: Sendable {
    private var words = [UInt64](repeating: 0, count: 1 << 10)

    mutating func insert(_ hash: UInt64) {
        let bit = Self.bit(hash)
        words[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always) func mayContain(_ hash: UInt64) -> Bool {
        let bit = Self.bit(hash)
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    @inline(__always) private static func bit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 48) }
}
