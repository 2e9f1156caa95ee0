#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Collects, for one kind of text, which entities (person indices) contain
/// each gram. Entities arrive in increasing order, each one's texts
/// together. Grams are first gathered a word of 64 entities at a time (a
/// bit per entity, which also says "already added"), then each word is
/// stored at once: far fewer scattered writes than one per gram and entity.
/// A gram's set starts as a sorted list of 16-bit ids and turns into a
/// bitmap once that is smaller; ids are local to chunks of 65,536
/// entities, roaring-style.
struct PostingsBuilder: ~Copyable {
    static let chunkSize = 1 << 16

    private struct Slot {
        var count: Int32 = 0
        /// Word offset of the gram's bitmap in `bits`, or -1 while a list.
        var dense: Int32 = -1
        var capacity: Int32 = 0
        var list: UnsafeMutablePointer<UInt16>?
    }

    private let firstEntity: Int
    private let entityCount: Int
    private var chunkBase = 0
    private var words = 0
    /// A list longer than this takes more room than a bitmap.
    private var denseAt = 0
    private var slots: UnsafeMutablePointer<Slot>
    /// Per gram, the entities of the current word that have it.
    private var pending: UnsafeMutablePointer<UInt64>
    /// Grams with a non-zero `pending` word.
    private var touched: UnsafeMutablePointer<Int32>
    private var touchedCount = 0
    private var slotCapacity = 0
    /// The current word (local entity / 64), and the current entity's bit.
    private var word = -1
    private var bit: UInt64 = 0
    private var bits: UnsafeMutablePointer<UInt64>?
    private var bitCount = 0
    private var bitCapacity = 0
    private var chunks: [PostingChunk] = []
    /// Per entity of the chunk, the symbols its texts have.
    private var masks: [UInt32] = []
    private var entityInChunk = 0

    /// Sets for `count` entities from `first` on (a multiple of 64), in
    /// chunks of at most 65,536.
    init(entities first: Int, count: Int) {
        firstEntity = first
        entityCount = max(0, count)
        slotCapacity = GramAlphabet.gramCount
        slots = .allocate(capacity: slotCapacity)
        slots.initialize(repeating: Slot(), count: slotCapacity)
        pending = .allocate(capacity: slotCapacity)
        pending.initialize(repeating: 0, count: slotCapacity)
        // One spare: `add` writes a slot ahead before knowing if it counts.
        touched = .allocate(capacity: slotCapacity + 1)
        startChunk(at: 0)
    }

    deinit {
        for g in 0..<slotCapacity { free(slots[g].list) }
        slots.deinitialize(count: slotCapacity)
        slots.deallocate()
        pending.deallocate()
        touched.deallocate()
        free(bits)
    }

    /// Makes `entity` the one grams are added to; entities must increase.
    mutating func begin(entity: Int) {
        let local = entity - firstEntity
        while local >= chunkBase + Self.chunkSize {
            chunks.append(freezeChunk())
            startChunk(at: chunkBase + Self.chunkSize)
        }
        let inChunk = local - chunkBase
        if inChunk >> 6 != word {
            flush()
            word = inChunk >> 6
        }
        bit = 1 << UInt64(inChunk & 63)
        entityInChunk = inChunk
    }

    /// Adds every triple of `bytes` to the current entity, with the words
    /// it works on held in locals for the length of the loop, and the
    /// symbols seen to its set of symbols. Stops early (returning false) at
    /// a non-ASCII byte when `foldingASCII`.
    mutating func addTriples(of bytes: UnsafeBufferPointer<UInt8>, symbols: UnsafeBufferPointer<UInt8>, foldingASCII: Bool) -> Bool {
        let pending = self.pending, touched = self.touched, bit = self.bit
        var count = touchedCount
        var mask: UInt32 = 0
        var s2 = 0, s1 = 0
        var complete = true
        for i in 0..<bytes.count {
            let raw = bytes[i]
            if foldingASCII && raw >= 0x80 {
                complete = false
                break
            }
            let s = Int(symbols[Int(raw)])
            mask |= 1 << UInt32(s)
            if i >= 2 {
                // No branch on whether the triple is new: about half are.
                let g = GramAlphabet.triple(s2, s1, s)
                let w = pending[g]
                touched[count] = Int32(truncatingIfNeeded: g)
                count &+= w == 0 ? 1 : 0
                pending[g] = w | bit
            }
            s2 = s1
            s1 = s
        }
        touchedCount = count
        masks[entityInChunk] |= mask
        return complete
    }

    /// Adds gram `g` (below `GramAlphabet.gramCount`) to the current entity.
    @inline(__always) mutating func add(_ g: Int) {
        let w = pending[g]
        touched[touchedCount] = Int32(truncatingIfNeeded: g)
        touchedCount &+= w == 0 ? 1 : 0
        pending[g] = w | bit
    }

    /// Stores the current word's entities into each touched gram's set.
    private mutating func flush() {
        for k in 0..<touchedCount {
            let g = Int(touched[k])
            let entities = pending[g]
            pending[g] = 0
            let slot = slots + g
            let c = Int(slot.pointee.count)
            let added = entities.nonzeroBitCount
            slot.pointee.count += Int32(added)
            if slot.pointee.dense < 0 && c + added > denseAt { makeDense(slot, listed: c) }
            if slot.pointee.dense >= 0, let bits {
                bits[Int(slot.pointee.dense) + word] |= entities
                continue
            }
            if c + added > Int(slot.pointee.capacity) {
                let capacity = max(8, c + added, c * 2)
                guard let grown = realloc(slot.pointee.list, capacity * 2) else { fatalError("out of memory building the search index") }
                slot.pointee.list = grown.assumingMemoryBound(to: UInt16.self)
                slot.pointee.capacity = Int32(capacity)
            }
            guard let list = slot.pointee.list else { continue }
            var rest = entities
            var at = c
            while rest != 0 {
                list[at] = UInt16(truncatingIfNeeded: word << 6 | rest.trailingZeroBitCount)
                at += 1
                rest &= rest &- 1
            }
        }
        touchedCount = 0
    }

    /// The finished sets, a chunk per 65,536 entities.
    consuming func finish() -> [PostingChunk] {
        var done = chunks
        done.append(freezeChunk())
        var base = chunkBase + Self.chunkSize
        while base < entityCount {
            done.append(PostingChunk(words: (min(Self.chunkSize, entityCount - base) + 63) / 64))
            base += Self.chunkSize
        }
        return done
    }

    private mutating func startChunk(at base: Int) {
        chunkBase = base
        let entities = max(0, min(Self.chunkSize, entityCount - base))
        words = (entities + 63) / 64
        denseAt = max(1, words * 4)
        word = -1
        masks = [UInt32](repeating: 0, count: entities)
    }

    /// Turns a gram's list of `listed` ids into a bitmap.
    private mutating func makeDense(_ slot: UnsafeMutablePointer<Slot>, listed: Int) {
        if bitCount + words > bitCapacity {
            let capacity = max(bitCapacity * 2, bitCount + words, 1 << 14)
            guard let grown = realloc(bits, capacity * 8) else { fatalError("out of memory building the search index") }
            bits = grown.assumingMemoryBound(to: UInt64.self)
            bitCapacity = capacity
        }
        guard let bits else { return }
        let base = bitCount
        (bits + base).initialize(repeating: 0, count: words)
        bitCount += words
        if let list = slot.pointee.list {
            for k in 0..<listed {
                let id = Int(list[k])
                bits[base + id >> 6] |= 1 << UInt64(id & 63)
            }
        }
        free(slot.pointee.list)
        slot.pointee.list = nil
        slot.pointee.capacity = 0
        slot.pointee.dense = Int32(base)
    }

    /// Copies the chunk's sets into compact arrays and clears the slots.
    private mutating func freezeChunk() -> PostingChunk {
        flush()
        var used = 0
        var sparse = 0
        for g in 0..<slotCapacity where slots[g].count > 0 {
            used = g + 1
            if slots[g].dense < 0 { sparse += Int(slots[g].count) }
        }
        var refs = [UInt32](repeating: 0, count: used)
        var counts = [UInt16](repeating: 0, count: used)
        var ids: [UInt16] = []
        ids.reserveCapacity(sparse)
        for g in 0..<used {
            let s = slots[g]
            // Exact for lists (never longer than `denseAt`); bitmaps only
            // need it to order a query's grams.
            counts[g] = UInt16(clamping: s.count)
            if s.dense >= 0 {
                refs[g] = PostingChunk.denseFlag | UInt32(s.dense)
            } else {
                refs[g] = UInt32(ids.count)
                if let list = s.list { ids.append(contentsOf: UnsafeBufferPointer(start: list, count: Int(s.count))) }
            }
            free(s.list)
            slots[g] = Slot()
        }
        // The bitmaps move into the chunk as they are, not copied: they are
        // most of the index, and a copy would double the build's peak.
        let bitmaps = WordBuffer(taking: bits, count: bitCount)
        bits = nil
        bitCount = 0
        bitCapacity = 0
        return PostingChunk(words: words, refs: refs, counts: counts, ids: ids, bits: bitmaps, masks: masks)
    }
}
