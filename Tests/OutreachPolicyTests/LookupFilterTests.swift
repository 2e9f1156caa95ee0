import Testing
@testable import OutreachPolicy

/// The shortcuts in front of the scan's hash tables (bit filters, the
/// matcher's return to the root, the small word sets) give exactly the
/// answers of the tables behind them.
@Suite("Lookup filters")
struct LookupFilterTests {
    static func word(_ k: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var n = k, out = ""
        repeat {
            out.append(letters[n % 26])
            n /= 26
        } while n > 0
        return out + "q"
    }

    @Test func aWordHashSetHoldsItsWordsAndNoOthers() {
        let words = (0..<40).map(Self.word)
        let set = WordHashSet(words)
        for w in words { #expect(set.contains(WordHash.of(Array(w.utf8))), "\(w)") }
        for k in 40..<4_000 { #expect(!set.contains(WordHash.of(Array(Self.word(k).utf8)))) }
        #expect(!set.contains(0))
    }

    /// Thousands of words set most of the filter's bits; every known word
    /// still has its id, and a word the filter lets through still gets 0.
    @Test func theVocabularyTableAgreesWithTheVocabulary() {
        var vocabulary = Vocabulary()
        for k in 0..<6_000 { _ = vocabulary.add(word: Self.word(k)) }
        let store = TableStore()
        let table = vocabulary.frozen(in: store)
        for k in 0..<12_000 {
            let h = WordHash.of(Array(Self.word(k).utf8))
            let id = table.id(h)
            #expect(id == vocabulary.id(h))
            #expect((id != 0) == (k < 6_000))
        }
        withExtendedLifetime(store) {}
    }

    /// Words 1...4 start phrases and never continue one, so from deep in
    /// the automaton they go straight back to the root.
    @Test(arguments: [1, 2, 3])
    func wordsThatOnlyStartPhrasesMatchAsEverywhere(_ seed: Int) {
        var g = PhraseMatcherTests.Generator(state: UInt64(seed))
        let idCount: Int32 = 12
        var phrases: [(words: [Int32], payload: Int32)] = []
        for k in 0..<120 {
            let rest = (0..<g.next(4)).map { _ in Int32(5 + g.next(Int(idCount) - 5)) }
            phrases.append(([Int32(1 + g.next(4))] + rest, Int32(k % 37)))
        }
        let store = TableStore()
        let matcher = PhraseMatcher(phrases: phrases, idCount: idCount, store: store)
        for _ in 0..<60 {
            let text = (0..<g.next(80)).map { _ in Int32(g.next(Int(idCount))) }
            #expect(
                PhraseMatcherTests.sorted(PhraseMatcherTests.scan(matcher, text))
                    == PhraseMatcherTests.sorted(PhraseMatcherTests.naive(phrases, text)))
        }
        withExtendedLifetime(store) {}
    }

    /// The shipped model's score of a text is the sum of the weights of
    /// its features, looked up one by one in a dictionary, in text order.
    @Test func learnedScoresAgreeWithADictionaryOfTheFeatures() throws {
        let model = try #require(LearnedModel.shipped)
        var weights: [UInt64: Float] = [:]
        for (i, f) in model.counts.features.enumerated() where weights[LearnedModel.hash(f.words)] == nil {
            weights[LearnedModel.hash(f.words)] = model.weights[i]
        }
        let texts = [
            "Hi! Quick question: are you open to a 15 minute call next week to discuss synergies?",
            "Thanks for the article on distributed systems, how did you measure the tail latency?",
            "Following up on my last message. Just bumping this to the top of your inbox.",
            "I'd love to pick your brain over coffee about growth hacking and our amazing platform.",
        ]
        for text in texts {
            var tokens = TokenizedText()
            tokens.tokenize(text)
            var expected: Float = 0
            tokens.withTokens { t in LearnedFeatures.forEach(t) { key, _, _ in expected += weights[key] ?? 0 } }
            #expect(expected != 0)
            #expect(model.score(text: text).logOdds == expected, "\(text)")
        }
    }
}
