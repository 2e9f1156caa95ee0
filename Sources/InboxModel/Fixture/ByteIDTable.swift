#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Person ids keyed by their UTF-8 bytes: an open-addressing table with a
/// cheap hash, looked up straight from the file's bytes. A miss is only a
/// miss (the general path then compares ids as strings), never a wrong hit:
/// equal bytes are equal strings.
struct ByteIDTable {
    private struct Slot {
        /// Offset into `arena` + 1; 0 marks an empty slot.
        var offset: Int32 = 0
        var length: Int32 = 0
        var ref = PersonRef.owner
    }

    private var arena: [UInt8] = []
    private var slots: [Slot]
    private let mask: Int

    init(_ ids: [String: PersonRef]) {
        var capacity = 16
        while capacity < ids.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = Array(repeating: Slot(), count: capacity)
        for (id, ref) in ids {
            let bytes = Array(id.utf8)
            let hash = bytes.withUnsafeBufferPointer { ByteIDTable.hash($0.baseAddress, $0.count) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].offset != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(offset: Int32(arena.count + 1), length: Int32(bytes.count), ref: ref)
            arena += bytes
        }
    }

    /// FNV-1a, folded: ids are short, and the table only needs them spread.
    private static func hash(_ p: UnsafePointer<UInt8>?, _ count: Int) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        guard let p else { return h }
        for k in 0..<count { h = (h ^ UInt64(p[k])) &* 0x100_0000_01B3 }
        return h ^ (h >> 29)
    }

    func lookup(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> PersonRef? {
        guard let base = p.baseAddress, start >= 0, start + count <= p.count else { return nil }
        let key = base + start
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                var slot = Int(truncatingIfNeeded: ByteIDTable.hash(key, count)) & mask
                while slots[slot].offset != 0 {
                    let s = slots[slot]
                    if Int(s.length) == count, let a = arena.baseAddress, memcmp(a + Int(s.offset) - 1, key, count) == 0 {
                        return s.ref
                    }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }
    }
}
