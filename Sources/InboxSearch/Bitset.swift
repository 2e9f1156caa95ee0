/// A fixed set of small integers, one bit each.
public struct Bitset: Sendable {
    public private(set) var words: [UInt64]

    public init(count: Int) { words = [UInt64](repeating: 0, count: (max(0, count) + 63) / 64) }

    @inline(__always) public func contains(_ i: Int) -> Bool {
        let w = i >> 6
        return i >= 0 && w < words.count && words[w] >> UInt64(i & 63) & 1 != 0
    }

    public mutating func insert(_ i: Int) {
        let w = i >> 6
        guard i >= 0, w < words.count else { return }
        words[w] |= 1 << UInt64(i & 63)
    }

    mutating func or(_ other: [UInt64], atWord at: Int) {
        for (k, word) in other.enumerated() where at + k < words.count { words[at + k] |= word }
    }

    public var isEmpty: Bool { !words.contains { $0 != 0 } }

    /// How many integers are in the set.
    public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }
}
