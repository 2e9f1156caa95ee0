/// CRC-32 (IEEE), to tell a whole record of an append-only file from one a
/// crash cut short or the disk damaged: the action journal's records and
/// the learned rule's teachings are stored as `line(for:)` writes them.
public enum CRC32 {
    public static func checksum<S: Sequence>(_ bytes: S) -> UInt32 where S.Element == UInt8 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    /// Eight lowercase hex digits.
    public static func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, 8 - s.count)) + s
    }

    /// One record as stored: eight hex digits of the payload's CRC-32, a
    /// space, the payload, a newline.
    public static func line(for payload: [UInt8]) -> [UInt8] {
        var line = Array(hex(checksum(payload)).utf8)
        line.append(0x20)
        line += payload
        line.append(0x0A)
        return line
    }

    /// The payload of a stored line (without its newline) whose checksum
    /// holds; nil for a torn or damaged one.
    public static func verified(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard line.count > 9, line[line.startIndex + 8] == 0x20 else { return nil }
        let sumText = String(decoding: line.prefix(8), as: UTF8.self)
        let payload = line.dropFirst(9)
        guard let sum = UInt32(sumText, radix: 16), sum == checksum(payload) else { return nil }
        return payload
    }

    private static let table: [UInt32] = (0..<256).map { i -> UInt32 in
        var c = UInt32(i)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }
}
