/// Short words (keys, event types, labels) matched by packing up to eight
/// bytes into an integer: one comparison per candidate, where hashing a
/// string cost more than the rest of reading the key, for 1.5 million keys
/// in a 300,000-event file.
struct PackedWords<Value: Sendable>: Sendable {
    private let words: [UInt64]
    private let values: [Value]

    init(_ entries: [(String, Value)]) {
        words = entries.map { Self.pack($0.0) ?? 0 }
        values = entries.map(\.1)
    }

    /// The value of the word at `p[start..<start + count]`.
    func lookup(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Value? {
        guard count > 0, count <= 8, start >= 0, start + count <= p.count else { return nil }
        var w: UInt64 = 0
        for k in 0..<count {
            let b = p[start + k]
            guard b != 0 else { return nil }
            w |= UInt64(b) << UInt64(8 * k)
        }
        return find(w)
    }

    func lookup(_ word: String) -> Value? {
        guard let w = Self.pack(word) else { return nil }
        return find(w)
    }

    private func find(_ w: UInt64) -> Value? {
        for k in words.indices where words[k] == w { return values[k] }
        return nil
    }

    /// Zero-padded, so a NUL byte would make two words alike: none is packed.
    private static func pack(_ s: String) -> UInt64? {
        var w: UInt64 = 0, count = 0
        for b in s.utf8 {
            guard count < 8, b != 0 else { return nil }
            w |= UInt64(b) << UInt64(8 * count)
            count += 1
        }
        return count == 0 ? nil : w
    }
}

extension EventType {
    static let words = PackedWords(allCases.map { ($0.rawValue, $0) })
}

extension InvitationLabel {
    static let words = PackedWords(allCases.map { ($0.rawValue, $0) })
}
