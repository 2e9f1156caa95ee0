#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import InboxModel
import Shared

/// For every message, the first earlier message with exactly the same
/// bytes, if any: found through a hash of the bytes and confirmed byte for
/// byte, so two texts that merely look alike (or hash alike) are never
/// taken for each other.
///
/// Bytes, not `String` equality: Swift compares strings by canonical
/// equivalence, and two texts that are equivalent but spelled with
/// different bytes would place evidence at the wrong offsets.
final class RepeatedTexts: @unchecked Sendable {
    /// Per event: an earlier event that is a candidate for the same text
    /// (same hash and length), or -1. Written by `init`, and by `confirm`
    /// only at the index its worker owns.
    private let originals: UnsafeMutableBufferPointer<Int32>

    /// Looks at the events with `slotOf[e] >= 0` (the messages to scan),
    /// hashing their texts on all cores when `parallel`. Tests pass a
    /// `hash` that collides, to show candidates are checked.
    init(events: [Event], slotOf: [Int32], parallel: Bool, hash: @Sendable (String) -> UInt64? = RepeatedTexts.hash) {
        let n = events.count
        originals = .allocate(capacity: max(n, 1))
        originals.initialize(repeating: -1)
        let hashes = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: max(n, 1))
        defer { hashes.deallocate() }
        hashes.initialize(repeating: 0)
        let chunks = parallel && n >= 4096 ? 16 : 1
        let out = UncheckedPointer(hashes)
        forEachIndex(chunks, parallel: chunks > 1) { chunk in
            for e in (n * chunk / chunks)..<(n * (chunk + 1) / chunks) where slotOf[e] >= 0 {
                out.buffer[e] = hash(events[e].text) ?? 0
            }
        }
        var messages = 0
        for e in 0..<n where slotOf[e] >= 0 { messages += 1 }
        var capacity = 16
        while capacity < messages * 2 { capacity <<= 1 }
        let mask = capacity - 1
        // Open addressing on the hash, at most half full, holding the first
        // event of each hash (its hash is in `hashes`). A text with no hash
        // (0) is never matched.
        var owners = [Int32](repeating: -1, count: capacity)
        for e in 0..<n where slotOf[e] >= 0 && hashes[e] != 0 {
            let h = hashes[e]
            var i = Int(truncatingIfNeeded: h) & mask
            while owners[i] >= 0 && hashes[Int(owners[i])] != h { i = (i + 1) & mask }
            if owners[i] >= 0 {
                originals[e] = owners[i]
            } else {
                owners[i] = Int32(truncatingIfNeeded: e)
            }
        }
    }

    /// Whether `e` repeats an earlier text, checked byte for byte; a
    /// candidate that differs is dropped, and `e` is then scanned on its
    /// own. Call once per event, from the worker that owns `e`, before
    /// anything reads `original(of: e)`.
    func confirm(_ e: Int, events: UnsafeBufferPointer<Event>) -> Bool {
        let o = Int(originals[e])
        guard o >= 0 else { return false }
        if Self.sameBytes(events[e].text, events[o].text) { return true }
        originals[e] = -1
        return false
    }

    deinit { originals.deallocate() }

    /// The earlier event with the same text as `e`, or -1; only once
    /// `confirm` has run for `e`.
    @inline(__always) func original(of e: Int) -> Int32 { originals[e] }

    /// A hash of the text's length and bytes, eight bytes at a time with
    /// the tokenizer's word hash; nil when the text is not stored
    /// contiguously (it is then simply scanned on its own). Never 0.
    static func hash(_ text: String) -> UInt64? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> UInt64 in
            guard let base = bytes.baseAddress else { return WordHasher().value }
            let n = bytes.count
            let raw = UnsafeRawPointer(base)
            var h = WordHasher()
            h.addChunk(UInt64(truncatingIfNeeded: n))
            var i = 0
            while i &+ 8 <= n {
                h.addChunk(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i &+= 8
            }
            while i < n {
                h.add(base[i])
                i &+= 1
            }
            return h.value
        }
    }

    static func sameBytes(_ a: String, _ b: String) -> Bool {
        a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                guard x.count == y.count else { return false }
                guard let p = x.baseAddress, let q = y.baseAddress else { return true }
                return memcmp(p, q, x.count) == 0
            } ?? false
        } ?? false
    }
}

/// A buffer the workers write at disjoint indices.
private struct UncheckedPointer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}
