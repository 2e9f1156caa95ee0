/// CRC-32 (IEEE), to tell a whole journal record from a torn or damaged one.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { i -> UInt32 in
        var c = UInt32(i)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum<S: Sequence>(_ bytes: S) -> UInt32 where S.Element == UInt8 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}

/// A fast 64-bit fingerprint of a fixture's bytes, to notice when the file
/// behind a journal has changed. Not cryptographic: it guards against
/// accidents, not adversaries. Reads eight bytes at a time so an 80 MB
/// fixture costs milliseconds at startup.
public enum ContentHash {
    public static func of(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            let n = raw.count / 8
            for i in 0..<n {
                let w = raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
                h = mix(h ^ w)
            }
            var tail: UInt64 = 0
            for i in (n * 8)..<raw.count { tail = tail << 8 | UInt64(raw[i]) }
            h = mix(h ^ tail ^ 0xFF)
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    @inline(__always) private static func mix(_ x0: UInt64) -> UInt64 {
        var x = x0 &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        x = x &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 29)
    }
}
