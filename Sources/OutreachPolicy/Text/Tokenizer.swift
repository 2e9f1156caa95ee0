/// One word (or sentence mark) of a text, as the matcher reads it.
struct Token: Sendable, Equatable {
    /// Hash of the normalised word (see `WordHash`).
    var hash: UInt64
    /// Input bytes the token came from.
    var start: Int32
    var end: Int32
    /// Index into `TokenizedText.sentences` (start and end marks: nearest sentence).
    var sentence: Int32
    /// Vocabulary id, when tokenised with a vocabulary (else 0). Fits in
    /// the padding the other fields leave.
    var id: Int32 = 0
}

/// One sentence: its tokens, how many words, whether it asked something.
struct SentenceSpan: Sendable, Equatable {
    var firstToken: Int32
    var endToken: Int32
    var words: Int32
    var isQuestion: Bool
}

/// A hash of the normalised bytes of a word, taken eight bytes at a time:
/// each full chunk (first byte lowest) is xored in and folded through a
/// 64×64→128-bit multiply, and the last, partial chunk the same way with
/// another constant. A run of letters can be hashed straight from the input
/// a chunk per step, and 64 bits make a collision between a pattern word
/// and any message word practically impossible.
///
/// Patterns, spelling variants, the vocabulary and message text all hash
/// words through `WordHasher`, so they agree by construction.
enum WordHash {
    static let seed: UInt64 = 0x243f_6a88_85a3_08d3
    static let chunkKey: UInt64 = 0x9e37_79b9_7f4a_7c15
    static let finalKey: UInt64 = 0xbf58_476d_1ce4_e5b9

    @inline(__always) static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let p = a.multipliedFullWidth(by: b)
        return p.high ^ p.low
    }

    static func of<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h = WordHasher()
        for b in bytes { h.add(b) }
        return h.value
    }

    /// Sentence marks and the text's start and end are tokens too, so
    /// patterns can say "…?" or anchor with `^`/`$`.
    static let period = of([UInt8(ascii: ".")])
    static let question = of([UInt8(ascii: "?")])
    static let start = of([0x02])
    static let end = of([0x03])
}

/// `WordHash` fed a byte or a whole chunk at a time. Normalised words
/// never contain a zero byte, so the partial chunk's zero padding cannot
/// be mistaken for bytes.
struct WordHasher {
    var state = WordHash.seed
    /// The bytes since the last full chunk, first byte lowest.
    var tail: UInt64 = 0
    /// Bits used in `tail`: 0, 8, …, 56.
    var bits: UInt64 = 0

    @inline(__always) mutating func add(_ b: UInt8) {
        tail |= UInt64(b) << bits
        bits &+= 8
        if bits == 64 {
            state = WordHash.fold(state ^ tail, WordHash.chunkKey)
            tail = 0
            bits = 0
        }
    }

    /// Eight bytes at once; only when no partial chunk is pending.
    @inline(__always) mutating func addChunk(_ c: UInt64) {
        state = WordHash.fold(state ^ c, WordHash.chunkKey)
    }

    /// The word's hash; never 0, which the vocabulary uses for an empty slot.
    @inline(__always) var value: UInt64 {
        let h = WordHash.fold(state ^ tail, WordHash.finalKey)
        return h == 0 ? 1 : h
    }
}

/// A text split into tokens in one pass over its UTF-8 bytes: ASCII and
/// Latin-1 letters lowercased; apostrophes (straight and curly) and
/// zero-width characters dropped, so "I’m" and "Im" are one word; every run
/// of digits read as a single `0` ("15 minutes" and "30 minutes" alike),
/// a point between digits included ("2.5", "€3.950");
/// `. ! ; : …` end a sentence and `?` ends a question; every other
/// punctuation, symbol, emoji or space separates words. The token list
/// starts with a start token and ends with an end token.
///
/// Buffers are reused between texts; the tokens carry their input byte
/// range, so a match can be quoted as written.
struct TokenizedText {
    /// Grow-only storage: the tokens are `storage[0..<tokenCount]`. Writing
    /// them through a pointer into room reserved up front (a text of n
    /// bytes has at most n + 2 tokens) spares an array append per token.
    private var storage: [Token] = []
    private(set) var tokenCount = 0
    var sentences: [SentenceSpan] = []
    /// Normalised word bytes, kept only when compiling patterns.
    var recordWords = false
    var words: [[UInt8]] = []

    init(recordWords: Bool = false) {
        self.recordWords = recordWords
        storage = [Token](repeating: Self.filler, count: 256)
        sentences.reserveCapacity(16)
    }

    private static let filler = Token(hash: 0, start: 0, end: 0, sentence: 0)

    /// The tokens, for callers outside the judging loop.
    var tokens: ArraySlice<Token> { storage[0..<tokenCount] }

    @inline(__always) func token(_ i: Int) -> Token { storage[i] }

    /// Runs `body` on the tokens in place.
    func withTokens<R>(_ body: (UnsafeBufferPointer<Token>) -> R) -> R {
        storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<tokenCount])) }
    }

    mutating func tokenize(_ text: String) {
        var copy = text
        copy.withUTF8 { tokenize(utf8: $0) }
    }

    /// Splits `input`; with a vocabulary, also gives every token its id,
    /// so the matcher needs no second pass over the tokens.
    mutating func tokenize(utf8 input: UnsafeBufferPointer<UInt8>, vocabulary: VocabularyTable? = nil) {
        let n = input.count
        if storage.count < n + 2 { storage = [Token](repeating: Self.filler, count: max(n + 2, storage.count * 2)) }
        let capacity = storage.count
        var w = Writer(recordWords: recordWords, vocabulary: vocabulary)
        swap(&w.sentences, &sentences)
        swap(&w.words, &words)
        tokenCount = storage.withUnsafeMutableBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            w.tokens = base
            w.capacity = capacity
            Self.split(input, into: &w)
            return w.count
        }
        swap(&w.sentences, &sentences)
        swap(&w.words, &words)
    }

    private static func split(_ input: UnsafeBufferPointer<UInt8>, into w: inout Writer) {
        w.begin()
        let n = input.count
        let period = WordHash.period, question = WordHash.question
        let fast = !w.recordWords
        fold.withUnsafeBufferPointer { fold in
        ascii.withUnsafeBufferPointer { table in
        var i = 0
        while i < n {
            let b = input[i]
            var f = fold[Int(b)]
            if f >= 0x30 {
                // A run of ASCII letters and digits: the common case, kept
                // free of per-byte dispatch, with the hash in a register.
                w.startWordIfNeeded(at: i)
                if fast {
                    var h = w.hasher
                    var digit = w.lastWasDigit
                    repeat {
                        if f != 0x30 {
                            digit = false
                            if h.bits == 0 && i &+ 8 <= n, let base = input.baseAddress {
                                // On a chunk boundary: up to eight letters in one step.
                                let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                                let lower = x | Self.lowercaseBits
                                let letters = Self.asciiLetters(x)
                                if letters == Self.highBits {
                                    h.addChunk(lower)
                                    i &+= 8
                                } else {
                                    // At least one: input[i] is a letter.
                                    let k = UInt64((~letters & Self.highBits).trailingZeroBitCount) &- 7
                                    h.tail = lower & ((1 &<< k) &- 1)
                                    h.bits = k
                                    i &+= Int(truncatingIfNeeded: k >> 3)
                                }
                            } else {
                                h.add(f)
                                i &+= 1
                            }
                        } else {
                            if !digit { h.add(f) }
                            digit = true
                            i &+= 1
                        }
                        if i == n { break }
                        f = fold[Int(input[i])]
                    } while f >= 0x30
                    w.hasher = h
                    w.lastWasDigit = digit
                } else {
                    repeat {
                        w.add(f)
                        i &+= 1
                        if i == n { break }
                        f = fold[Int(input[i])]
                    } while f >= 0x30
                }
                w.wordEnd = Int32(truncatingIfNeeded: i)
                continue
            }
            if b < 0x80 {
                switch table[Int(b)] {
                case .word, .upper: w.byte(b | 0x20, at: i)
                case .drop: break
                case .gap: w.gap()
                case .period:
                    // A point between digits is a decimal or thousands
                    // point ("2.5 hours", "€3.950"): part of the number,
                    // not the end of a sentence.
                    if b == 0x2E && w.lastWasDigit && w.inWord && i &+ 1 < n && input[i &+ 1] &- 0x30 < 10 { break }
                    w.mark(period, at: i)
                case .question: w.mark(question, at: i)
                }
                i += 1
                continue
            }
            let len = Self.sequenceLength(b)
            guard len > 1, i + len <= n else {
                w.byte(b, at: i)
                i += 1
                continue
            }
            let b1 = input[i + 1]
            switch b {
            case 0xC2:
                if b1 != 0xAD { w.gap() }  // soft hyphen joins; other Latin-1 symbols separate
            case 0xC3:
                if b1 == 0x97 || b1 == 0xB7 {  // × ÷
                    w.gap()
                } else {
                    w.byte(0xC3, at: i)
                    w.byte(b1 >= 0x80 && b1 <= 0x9E ? b1 + 0x20 : b1, at: i + 1)
                }
            case 0xE2:
                let b2 = input[i + 2]
                if b1 == 0x80 {
                    switch b2 {
                    case 0x98, 0x99, 0x9B, 0xB2, 0x8B, 0x8C, 0x8D: break  // ‘ ’ ‛ ′, zero-width
                    case 0xA6: w.mark(period, at: i)  // …
                    case 0xBD: w.mark(question, at: i)  // ‽
                    default: w.gap()
                    }
                } else if !(b1 == 0x81 && b2 == 0xA0) {  // word joiner
                    w.gap()
                }
            case 0xE3:
                let b2 = input[i + 2]
                if b1 == 0x80 && b2 == 0x80 {
                    w.gap()
                } else if b1 == 0x80 && b2 == 0x82 {
                    w.mark(period, at: i)
                } else {
                    w.byte(b, at: i); w.byte(b1, at: i + 1); w.byte(b2, at: i + 2)
                }
            case 0xEF:
                let b2 = input[i + 2]
                if b1 == 0xBC && b2 == 0x9F {
                    w.mark(question, at: i)
                } else if b1 == 0xBC && b2 == 0x81 {
                    w.mark(period, at: i)
                } else if !((b1 == 0xB8 && b2 >= 0x80 && b2 <= 0x8F) || (b1 == 0xBB && b2 == 0xBF)) {
                    w.byte(b, at: i); w.byte(b1, at: i + 1); w.byte(b2, at: i + 2)
                }
            case 0xF0...0xF4:
                w.gap()  // emoji and other astral symbols
            default:
                for k in 0..<len { w.byte(input[i + k], at: i + k) }
            }
            i += len
        }
        }
        }
        w.finish(at: n)
    }

    /// Input bytes of tokens `first..<end`, without the start/end tokens.
    func originalRange(firstToken: Int, endToken: Int) -> Range<Int>? {
        var s = firstToken, e = endToken
        while s < e, storage[s].start == storage[s].end { s += 1 }
        while e > s, storage[e - 1].start == storage[e - 1].end { e -= 1 }
        guard s < e else { return nil }
        let lo = Int(storage[s].start), hi = Int(storage[e - 1].end)
        return lo < hi ? lo..<hi : nil
    }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC0...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF7: return 4
        default: return 1
        }
    }

    enum Action: UInt8 { case word, upper, drop, gap, period, question }

    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let lowercaseBits: UInt64 = 0x2020_2020_2020_2020

    /// 0x80 in each byte of `x` that is an ASCII letter, else 0. With the
    /// case bit set and the top bit cleared, a letter is 0x61...0x7A, and
    /// adding 0x1F (0x05) sets a byte's top bit exactly when it is at least
    /// 0x61 (0x7B), with no carry into the next byte.
    @inline(__always) static func asciiLetters(_ x: UInt64) -> UInt64 {
        let low = (x | lowercaseBits) & 0x7f7f_7f7f_7f7f_7f7f
        let atLeastA = low &+ 0x1f1f_1f1f_1f1f_1f1f
        let pastZ = low &+ 0x0505_0505_0505_0505
        return atLeastA & ~pastZ & ~x & highBits
    }

    /// Per byte: the lowercase letter or "0" for an ASCII word character,
    /// else 0.
    static let fold: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for c in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(c)] = c }
        for c in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(c)] = c | 0x20 }
        for c in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(c)] = 0x30 }
        return t
    }()

    static let ascii: [Action] = {
        var t = [Action](repeating: .gap, count: 128)
        for c in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(c)] = .word }
        for c in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(c)] = .word }
        for c in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(c)] = .upper }
        t[Int(UInt8(ascii: "'"))] = .drop
        t[Int(UInt8(ascii: "`"))] = .drop
        for c in ".!;:" { t[Int(c.asciiValue ?? 0)] = .period }
        t[Int(UInt8(ascii: "?"))] = .question
        t[0] = .drop
        return t
    }()

    /// Builds the tokens with local state.
    private struct Writer {
        /// Room for `capacity` tokens, `count` of them written.
        var tokens: UnsafeMutablePointer<Token>?
        var capacity = 0
        var count = 0
        var sentences: [SentenceSpan] = []
        var words: [[UInt8]] = []
        let recordWords: Bool
        let vocabulary: VocabularyTable?
        var inWord = false
        var hasher = WordHasher()
        var wordStart: Int32 = 0
        var wordEnd: Int32 = 0
        var lastWasDigit = false
        var current: [UInt8] = []
        var sentence: Int32 = 0
        var sentenceFirst: Int32 = 1
        var sentenceWords: Int32 = 0

        init(recordWords: Bool, vocabulary: VocabularyTable?) {
            self.recordWords = recordWords
            self.vocabulary = vocabulary
        }

        mutating func begin() {
            count = 0
            sentences.removeAll(keepingCapacity: true)
            if !words.isEmpty { words.removeAll(keepingCapacity: true) }
            append(Token(hash: WordHash.start, start: 0, end: 0, sentence: 0, id: vocabulary?.startID ?? 0), word: Self.startWord)
        }

        // The word is built only when recording: reading a static array
        // costs a lazy-initialisation check and a retain, per mark.
        @inline(__always) private mutating func append(_ t: Token, word: @autoclosure () -> [UInt8]) {
            appendToken(t)
            if recordWords { words.append(word()) }
        }

        @inline(__always) private mutating func appendToken(_ t: Token) {
            // The room reserved is an upper bound; this never fails.
            precondition(count < capacity, "token buffer too small")
            guard let tokens else { return }
            tokens[count] = t
            count &+= 1
        }

        @inline(__always) mutating func startWordIfNeeded(at i: Int) {
            if !inWord {
                inWord = true
                hasher = WordHasher()
                wordStart = Int32(truncatingIfNeeded: i)
                lastWasDigit = false
                if recordWords { current.removeAll(keepingCapacity: true) }
            }
        }

        /// Adds one normalised byte to the current word; a run of digits
        /// counts as one "0".
        @inline(__always) mutating func add(_ c: UInt8) {
            if c == 0x30 {
                if lastWasDigit { return }
                lastWasDigit = true
            } else {
                lastWasDigit = false
            }
            hasher.add(c)
            if recordWords { current.append(c) }
        }

        @inline(__always) mutating func byte(_ c: UInt8, at i: Int) {
            startWordIfNeeded(at: i)
            wordEnd = Int32(truncatingIfNeeded: i) &+ 1
            add(c &- 0x30 < 10 ? 0x30 : c)
        }

        @inline(__always) mutating func gap() {
            if inWord { endWord() }
        }

        // Runs once a word; inlined, and handing over the recorded word only
        // when recording, it costs no call and no retain.
        @inline(__always) private mutating func endWord() {
            inWord = false
            let h = hasher.value
            let t = Token(hash: h, start: wordStart, end: wordEnd, sentence: sentence, id: vocabulary?.id(h) ?? 0)
            appendToken(t)
            if recordWords { words.append(current) }
            sentenceWords &+= 1
        }

        static let questionWord: [UInt8] = [UInt8(ascii: "?")]
        static let periodWord: [UInt8] = [UInt8(ascii: ".")]
        static let startWord: [UInt8] = [0x02]
        static let endWord: [UInt8] = [0x03]
        let periodHash = WordHash.period
        let questionHash = WordHash.question

        mutating func mark(_ m: UInt64, at i: Int) {
            if inWord { endWord() }
            let at = Int32(truncatingIfNeeded: i)
            if sentenceWords == 0 {
                // "?!" or "..." after a closed sentence: a question mark wins.
                if m == questionHash, let last = sentences.indices.last, let tokens, count > 0, tokens[count - 1].hash == periodHash {
                    tokens[count - 1].hash = questionHash
                    tokens[count - 1].id = vocabulary?.questionID ?? 0
                    if recordWords { words[words.count - 1] = Self.questionWord }
                    sentences[last].isQuestion = true
                }
                return
            }
            let isQuestion = m == questionHash
            let id = vocabulary.map { isQuestion ? $0.questionID : $0.periodID } ?? 0
            append(Token(hash: m, start: at, end: at, sentence: sentence, id: id), word: isQuestion ? Self.questionWord : Self.periodWord)
            let end = Int32(truncatingIfNeeded: count)
            sentences.append(SentenceSpan(firstToken: sentenceFirst, endToken: end, words: sentenceWords, isQuestion: m == questionHash))
            sentenceFirst = end
            sentenceWords = 0
            sentence &+= 1
        }

        mutating func finish(at n: Int) {
            if inWord { endWord() }
            if sentenceWords > 0 {
                sentences.append(SentenceSpan(firstToken: sentenceFirst, endToken: Int32(truncatingIfNeeded: count), words: sentenceWords, isQuestion: false))
            }
            let last = max(0, Int32(truncatingIfNeeded: sentences.count) - 1)
            let at = Int32(truncatingIfNeeded: n)
            append(Token(hash: WordHash.end, start: at, end: at, sentence: last, id: vocabulary?.endID ?? 0), word: Self.endWord)
        }
    }
}
