import Testing
@testable import OutreachPolicy

/// The byte path for ASCII words gives exactly what the character rules give.
@Suite("Spelling variants")
struct SpellingVariantsTests {
    static let words = [
        "honour", "honor", "honoured", "honorary", "colourful", "center", "centre", "centred", "theatres",
        "organise", "organize", "organisation", "organizations", "analyse", "analyzing", "paralysed",
        "travelled", "traveling", "traveler", "cancelled", "modelling", "levelers", "fuel", "dialing",
        "programme", "programs", "enrol", "enrolment", "fulfil", "grey", "greyhound", "mould", "ageing",
        "practise", "practised", "practicing", "defence", "licensed", "judgement", "jewellery", "cosy",
        "ize", "ise", "izes", "a", "", "l", "travel", "travell", "labelors", "0", "zzize",
    ]

    @Test func asciiWordsGetTheSameVariantsAsThroughCharacters() {
        for word in Self.words {
            #expect(SpellingVariants.asciiVariants(of: Array(word.utf8)) == SpellingVariants.characterVariants(of: word), "\(word)")
            #expect(SpellingVariants.variants(of: word) == SpellingVariants.characterVariants(of: word), "\(word)")
        }
    }

    @Test func everyWordOfTheBuiltInPatternsGetsTheSameVariants() throws {
        var words = Set<String>()
        for rule in Rulebook.default.rules {
            for pattern in rule.patterns {
                var found: [UInt64: String] = [:]
                _ = try PatternCompiler.compile(pattern, words: &found)
                words.formUnion(found.values)
            }
        }
        #expect(words.count > 500)
        for word in words {
            #expect(SpellingVariants.variants(of: word) == SpellingVariants.characterVariants(of: word), "\(word)")
        }
    }

    @Test func nonASCIIWordsKeepTheCharacterRules() {
        #expect(SpellingVariants.variants(of: "honouré") == SpellingVariants.characterVariants(of: "honouré"))
        #expect(SpellingVariants.variants(of: "colour\u{301}") == ["colour\u{301}"])
    }
}
