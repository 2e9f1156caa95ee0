import Testing
@testable import OutreachPolicy

@Suite("Pattern syntax")
struct PatternSyntaxTests {
    @Test func expandsAlternativesOptionalsAndOptionalCharacters() throws {
        let e = try PatternSyntax.expand("(a|b) [c] d?")
        #expect(Set(e.phrases) == ["a c d", "a c ", "a  d", "a  ", "b c d", "b c ", "b  d", "b  "])
        #expect(try PatternSyntax.expand("honou?r").phrases == ["honour", "honor"])
        #expect(try PatternSyntax.expand("(x|(y|z)w)").phrases == ["x", "yw", "zw"])
    }

    @Test func reportsMistakes() {
        #expect(throws: PatternError.self) { try PatternSyntax.expand("(a|b") }
        #expect(throws: PatternError.self) { try PatternSyntax.expand("a)") }
        #expect(throws: PatternError.self) { try PatternSyntax.expand("?a") }
        #expect(throws: PatternError.self) { try PatternSyntax.expand("a ^b") }
        var words: [UInt64: String] = [:]
        #expect(throws: PatternError.self) { try PatternCompiler.compile("~ a", words: &words) }
        #expect(throws: PatternError.self) { try PatternCompiler.compile("(a ~ b)", words: &words) }
        #expect(throws: PatternError.self) { try PatternCompiler.compile("(a|)", words: &words) }
        #expect(throws: PatternError.self) { try PatternCompiler.compile("!!!", words: &words) }
    }

    @Test func splitsGaps() throws {
        var words: [UInt64: String] = [:]
        let c = try PatternCompiler.compile("your ~2 (profile|cv) ~ impressive", words: &words)
        #expect(c.segments.count == 3)
        #expect(c.gaps == [2, 3])
        #expect(c.segments[1].count == 2)
    }

    @Test func spellingVariantsGoBothWays() {
        #expect(SpellingVariants.variants(of: "honour").contains("honor"))
        #expect(SpellingVariants.variants(of: "organizing").contains("organising"))
        #expect(SpellingVariants.variants(of: "travelled").contains("traveled"))
        #expect(SpellingVariants.variants(of: "traveled").contains("travelled"))
        #expect(SpellingVariants.variants(of: "analyse").contains("analyze"))
        #expect(SpellingVariants.variants(of: "call") == ["call"])
    }
}
