/// A fast 64-bit fingerprint of bytes, fed in pieces: the journal's
/// `ContentHash` of a fixture and the checksum of cached rulebook tables.
/// Not cryptographic: it tells changed or damaged bytes from the same
/// ones. Every piece but the last must be a whole number of eight-byte
/// words; the total length is part of the seed. Journals are named by its
/// values, so they must never change.
public struct ContentHasher: Sendable {
    private var h: UInt64
    private var tail: UInt64 = 0

    public init(totalCount: Int) {
        h = 0x9E37_79B9_7F4A_7C15 ^ UInt64(totalCount)
    }

    public mutating func update(_ raw: UnsafeRawBufferPointer) {
        let n = raw.count / 8
        for i in 0..<n {
            h = Self.mix(h ^ raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
        }
        for i in (n * 8)..<raw.count { tail = tail << 8 | UInt64(raw[i]) }
    }

    /// The fingerprint as a number.
    public var value: UInt64 { Self.mix(h ^ tail ^ 0xFF) }

    /// The fingerprint as 16 hex digits, as journals are named.
    public func finish() -> String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    @inline(__always) private static func mix(_ x0: UInt64) -> UInt64 {
        var x = x0 &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        x = x &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 29)
    }
}
