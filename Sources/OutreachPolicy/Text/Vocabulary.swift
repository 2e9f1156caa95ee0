/// Every word the patterns use, by hash, with British and American
/// spellings sharing one id ("honour" and "honor"). Id 0 is any other word.
/// Open addressing in one flat table, so a lookup is one or two probes in
/// a table that stays in cache.
struct Vocabulary: Sendable {
    private var keys: [UInt64]
    private var ids: [Int32]
    private var mask: Int
    /// Number of ids handed out, plus one for the unknown word.
    private(set) var idCount: Int32 = 1

    init(expectedWords: Int = 1024) {
        var capacity = 64
        while capacity < expectedWords * 4 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        ids = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// The finished vocabulary as a table the tokenizer reads while it
    /// splits a text, so words get their ids in the same pass.
    func frozen(in store: TableStore) -> VocabularyTable {
        VocabularyTable(keys: store.freeze(keys), ids: store.freeze(ids), mask: mask)
    }

    @inline(__always) func id(_ hash: UInt64) -> Int32 {
        var i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let k = keys[i]
            if k == hash { return ids[i] }
            if k == 0 { return 0 }
            i = (i &+ 1) & mask
        }
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
        if (Int(idCount) + 1) * 2 > keys.count { grow() }
        var i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while keys[i] != 0 && keys[i] != hash { i = (i &+ 1) & mask }
        if keys[i] == hash { return }
        keys[i] = hash
        ids[i] = value
    }

    private mutating func grow() {
        let oldKeys = keys, oldIDs = ids
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        ids = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (k, v) in zip(oldKeys, oldIDs) where k != 0 {
            var i = Int(truncatingIfNeeded: k ^ (k >> 29)) & mask
            while keys[i] != 0 { i = (i &+ 1) & mask }
            keys[i] = k
            ids[i] = v
        }
    }
}

/// A finished `Vocabulary`, read through pointers into its rulebook's
/// `TableStore` (see there for why).
struct VocabularyTable: @unchecked Sendable {
    private let keys: UnsafeBufferPointer<UInt64>
    private let ids: UnsafeBufferPointer<Int32>
    private let mask: Int
    /// Ids of the tokens every text has: sentence marks, start and end.
    let periodID: Int32
    let questionID: Int32
    let startID: Int32
    let endID: Int32

    init(keys: UnsafeBufferPointer<UInt64>, ids: UnsafeBufferPointer<Int32>, mask: Int) {
        self.keys = keys
        self.ids = ids
        self.mask = mask
        func lookup(_ hash: UInt64) -> Int32 {
            guard !keys.isEmpty else { return 0 }
            var i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while true {
                let k = keys[i]
                if k == hash { return ids[i] }
                if k == 0 { return 0 }
                i = (i &+ 1) & mask
            }
        }
        periodID = lookup(WordHash.period)
        questionID = lookup(WordHash.question)
        startID = lookup(WordHash.start)
        endID = lookup(WordHash.end)
    }

    /// The id of a word hash; 0 for a word no pattern uses.
    @inline(__always) func id(_ hash: UInt64) -> Int32 {
        var i = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let k = keys[i]
            if k == hash { return ids[i] }
            if k == 0 { return 0 }
            i = (i &+ 1) & mask
        }
    }
}
