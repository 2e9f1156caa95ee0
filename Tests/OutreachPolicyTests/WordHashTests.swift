import Testing
@testable import OutreachPolicy

/// The tokenizer hashes runs of letters eight bytes at a time straight from
/// the input; patterns and the vocabulary hash a word's bytes one at a
/// time. Both must give every word the same hash.
@Suite("Word hash")
struct WordHashTests {
    /// Words of every length around the chunk size, in mixed case, with
    /// digits, apostrophes and non-ASCII letters at the chunk boundaries.
    static let words: [String] = {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var out: [String] = []
        var seed: UInt64 = 0x1234_5678
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        for length in 1...26 {
            for _ in 0..<6 { out.append(String((0..<length).map { _ in letters[next() % letters.count] })) }
        }
        out += [
            "Honour", "HONOURABLE", "extraordinarily", "Internationalisation", "it’s", "I'm", "ABCDEFGH’IJ",
            "abcdefg’hijklmnop", "abcdefgh1ijklmnop", "a1b22c333d", "Café", "ÉCOLEÉCOLEÉCOLE", "naïveté", "façadeFAÇADE",
            "abcdefghé", "abcdefgÉhij", "soft\u{AD}hyphenated", "zero\u{200B}widthjoined", "x", "XYZ123abcdefgh",
            "12345678abcdefgh", "abcdefgh12345678", "abcdefghijklmnop" + "qrstuvwxyz",
        ]
        return out
    }()

    /// The token hashes of `text` with and without recording words (the
    /// latter takes the chunked path), and the recorded normalised bytes.
    static func both(_ text: String) -> (fast: [UInt64], slow: [UInt64], words: [[UInt8]]) {
        var fast = TokenizedText()
        fast.tokenize(text)
        var slow = TokenizedText(recordWords: true)
        slow.tokenize(text)
        return (fast.tokens.map(\.hash), slow.tokens.map(\.hash), slow.words)
    }

    @Test func chunkedHashAgreesWithByteAtATimeHash() {
        for word in Self.words {
            // Alone (the word ends at the input's end) and inside a sentence.
            for text in [word, "\(word) next", "Well, \(word)! Then \(word)?", "\(word)\(word) \(word.uppercased())"] {
                let t = Self.both(text)
                #expect(t.fast == t.slow, "\(text)")
                for (k, bytes) in t.words.enumerated() {
                    #expect(WordHash.of(bytes) == t.slow[k], "\(text) token \(k)")
                }
            }
        }
    }

    @Test func caseAndDigitRunsFoldTheSameAtEveryLength() {
        for word in Self.words {
            let lower = Self.both(word.lowercased()).fast
            let upper = Self.both(word.uppercased()).fast
            #expect(lower == upper, "\(word)")
        }
        let digits = Self.both("abcdefgh1234 abcdefgh9").fast
        #expect(digits[1] == digits[2])
        #expect(digits[1] == WordHash.of(Array("abcdefgh0".utf8)))
    }

    @Test func theLetterMaskMatchesEveryByteInEveryPosition() {
        for b in 0...255 {
            let isLetter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            for position in 0..<8 {
                // The other bytes are letters, then non-letters, to catch carries.
                for filler: UInt64 in [0x61, 0x5A, 0xFF, 0x00, 0x7B, 0x40] {
                    var x: UInt64 = 0
                    for k in 0..<8 { x |= (k == position ? UInt64(b) : filler) << (8 * UInt64(k)) }
                    let mask = TokenizedText.asciiLetters(x)
                    let bit = mask >> (8 * UInt64(position) + 7) & 1
                    #expect((bit == 1) == isLetter, "byte \(b) at \(position) among \(filler)")
                }
            }
        }
    }

    @Test func distinctWordsGetDistinctHashes() {
        var seen: [UInt64: String] = [:]
        var words = Set(Self.words.map { $0.lowercased() })
        for a in "abcdefghijklmnopqrstuvwxyz" {
            for b in "abcdefghijklmnopqrstuvwxyz" {
                words.insert("\(a)\(b)")
                words.insert("prefixed\(a)\(b)")
                words.insert("\(a)\(b)suffixed")
            }
        }
        for w in words {
            let h = WordHash.of(Array(w.utf8))
            #expect(h != 0)
            if let other = seen[h] { Issue.record("\(w) and \(other) share a hash") }
            seen[h] = w
        }
    }

    @Test func theVocabularyFindsEveryPatternWordItWasGiven() {
        var vocabulary = Vocabulary()
        var ids: [String: Int32] = [:]
        for w in ["honour", "colour", "organise", "zoom", "invest", "million", "dollars", "abcdefghijklmnopq"] {
            ids[w] = vocabulary.add(word: w)
        }
        let store = TableStore()
        defer { withExtendedLifetime(store) {} }
        let table = vocabulary.frozen(in: store)
        for (w, id) in ids {
            #expect(vocabulary.id(WordHash.of(Array(w.utf8))) == id)
            #expect(table.id(WordHash.of(Array(w.utf8))) == id)
        }
        // Both spellings share an id; an unknown word has none.
        #expect(vocabulary.id(WordHash.of(Array("honor".utf8))) == ids["honour"])
        #expect(table.id(WordHash.of(Array("organize".utf8))) == ids["organise"])
        #expect(table.id(WordHash.of(Array("unheardof".utf8))) == 0)
    }
}
