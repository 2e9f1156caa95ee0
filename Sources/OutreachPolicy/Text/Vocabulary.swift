/// Every word the patterns use, by hash, with British and American
/// spellings sharing one id ("honour" and "honor"). Id 0 is any other word.
/// Open addressing in one flat table of key and id side by side, so a
/// lookup is one or two probes that touch one cache line.
struct Vocabulary: Sendable {
    private var slots: [VocabularySlot]
    private var used = 0
    /// Number of ids handed out, plus one for the unknown word.
    private(set) var idCount: Int32 = 1

    init(expectedWords: Int = 1024) {
        var capacity = 64
        while capacity < expectedWords * 4 { capacity <<= 1 }
        slots = [VocabularySlot](repeating: VocabularySlot(), count: capacity)
    }

    /// The slots as they stand, for a rulebook cache.
    var slotTable: [VocabularySlot] { slots }

    /// The finished vocabulary as a table the tokenizer reads while it
    /// splits a text, so words get their ids in the same pass.
    func frozen(in store: TableStore) -> VocabularyTable {
        VocabularyTable(slots: store.freeze(slots))
    }

    func id(_ hash: UInt64) -> Int32 {
        slots.withUnsafeBufferPointer { VocabularySlot.probe($0, hash) }
    }

    /// The id of `word`, adding it (and its other spellings, under the same
    /// id) when new. A spelling already known under another id keeps it.
    mutating func add(word: String) -> Int32 {
        let variants = SpellingVariants.variants(of: word)
        for v in variants {
            let existing = id(WordHash.of(v.utf8))
            if existing != 0 {
                for other in variants { insert(WordHash.of(other.utf8), existing) }
                return existing
            }
        }
        let new = idCount
        idCount += 1
        for v in variants { insert(WordHash.of(v.utf8), new) }
        return new
    }

    private mutating func insert(_ hash: UInt64, _ value: Int32) {
        // At most half full, so probe runs stay short.
        if (used + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var i = VocabularySlot.home(hash, mask)
        while slots[i].key != 0 && slots[i].key != hash { i = (i &+ 1) & mask }
        if slots[i].key == hash { return }
        slots[i] = VocabularySlot(key: hash, id: value)
        used += 1
    }

    private mutating func grow() {
        let old = slots
        slots = [VocabularySlot](repeating: VocabularySlot(), count: old.count * 2)
        let mask = slots.count - 1
        for s in old where s.key != 0 {
            var i = VocabularySlot.home(s.key, mask)
            while slots[i].key != 0 { i = (i &+ 1) & mask }
            slots[i] = s
        }
    }
}

/// One entry of a vocabulary table; key 0 is an empty slot (no word
/// hashes to 0).
struct VocabularySlot: Sendable, Equatable {
    var key: UInt64 = 0
    var id: Int32 = 0

    @inline(__always) static func home(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }

    /// The id stored for `hash` in a table whose size is a power of two; 0
    /// when absent.
    @inline(__always) static func probe(_ slots: UnsafeBufferPointer<VocabularySlot>, _ hash: UInt64) -> Int32 {
        guard !slots.isEmpty else { return 0 }
        let mask = slots.count &- 1
        var i = home(hash, mask)
        while true {
            let s = slots[i]
            if s.key == hash { return s.id }
            if s.key == 0 { return 0 }
            i = (i &+ 1) & mask
        }
    }
}

/// A finished `Vocabulary`, read through a pointer into its rulebook's
/// `TableStore` (see there for why).
struct VocabularyTable: @unchecked Sendable {
    private let slots: UnsafeBufferPointer<VocabularySlot>
    /// Rules out most words of a message (no pattern's) before `slots` is probed.
    private let filter: HashBitFilter
    /// Ids of the tokens every text has: sentence marks, start and end.
    let periodID: Int32
    let questionID: Int32
    let startID: Int32
    let endID: Int32

    init(slots: UnsafeBufferPointer<VocabularySlot>) {
        self.slots = slots
        var filter = HashBitFilter()
        for s in slots where s.key != 0 { filter.insert(s.key) }
        self.filter = filter
        periodID = VocabularySlot.probe(slots, WordHash.period)
        questionID = VocabularySlot.probe(slots, WordHash.question)
        startID = VocabularySlot.probe(slots, WordHash.start)
        endID = VocabularySlot.probe(slots, WordHash.end)
    }

    /// The id of a word hash; 0 for a word no pattern uses.
    @inline(__always) func id(_ hash: UInt64) -> Int32 {
        filter.mayContain(hash) ? VocabularySlot.probe(slots, hash) : 0
    }
}
