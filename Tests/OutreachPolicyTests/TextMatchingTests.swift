import Testing
@testable import OutreachPolicy

/// Normalisation and matching: whole words, case, apostrophes, spelling,
/// numbers, sentences.
@Suite("Text matching")
struct TextMatchingTests {
    static func book(_ patterns: [String]) throws -> Rulebook {
        try Rulebook(rules: [
            Rule(id: "TEST_RULE", description: "test", category: .pitch, scope: .thread, score: 1, patterns: patterns),
        ])
    }

    static func fires(_ patterns: [String], on text: String) throws -> Bool {
        try book(patterns).rulesFiring(onMessage: text).contains("TEST_RULE")
    }

    @Test func matchesWholeWordsNeverSubstrings() throws {
        #expect(try Self.fires(["pitch"], on: "Here is my pitch."))
        #expect(try !Self.fires(["pitch"], on: "A pitchfork in the barn."))
        #expect(try !Self.fires(["pitch"], on: "Perfect pitching."))
        #expect(try !Self.fires(["call"], on: "recall the called caller"))
    }

    @Test func ignoresCasePunctuationAndCurlyApostrophes() throws {
        #expect(try Self.fires(["i'm always looking"], on: "I’M ALWAYS, looking!"))
        #expect(try Self.fires(["im always looking"], on: "I'm always looking"))
        #expect(try Self.fires(["follow up"], on: "a quick follow-up"))
        #expect(try Self.fires(["honor to connect"], on: "an “honor” to\nconnect"))
    }

    @Test func britishAndAmericanSpellingsMatchEachOther() throws {
        #expect(try Self.fires(["honored"], on: "I am honoured"))
        #expect(try Self.fires(["honoured"], on: "I am honored"))
        #expect(try Self.fires(["organise a call"], on: "Let me organize a call"))
        #expect(try Self.fires(["favorite"], on: "my favourite tool"))
        #expect(try Self.fires(["program"], on: "the mentoring programme"))
        #expect(try Self.fires(["centre"], on: "the data center"))
    }

    @Test func anyNumberMatchesAnyNumber() throws {
        #expect(try Self.fires(["0 minutes"], on: "Do you have 15 minutes?"))
        #expect(try Self.fires(["15 minutes"], on: "Just 30 minutes of your time"))
        #expect(try Self.fires(["0x your revenue"], on: "We 10x your revenue"))
    }

    @Test func phrasesDoNotCrossSentences() throws {
        #expect(try !Self.fires(["call me"], on: "I will call. Me, I prefer email."))
        #expect(try Self.fires(["coffee sometime \\?"], on: "Coffee sometime?"))
        #expect(try !Self.fires(["coffee sometime \\?"], on: "Coffee sometime soon would be lovely."))
    }

    @Test func gapsAllowWordsInBetweenWithinTheLimit() throws {
        #expect(try Self.fires(["your ~3 impressive"], on: "your profile is truly impressive"))
        #expect(try !Self.fires(["your ~1 impressive"], on: "your profile is truly impressive"))
        #expect(try Self.fires(["hop ~0 on"], on: "hop on"))
        #expect(try !Self.fires(["your ~3 impressive"], on: "your profile. Impressive!"))
        #expect(try Self.fires(["a ~1 b ~1 c"], on: "a x b y c"))
        #expect(try !Self.fires(["a ~1 b ~1 c"], on: "a x b y z c"))
    }

    @Test func optionalPartsAndAnchors() throws {
        #expect(try Self.fires(["(truly|really) an honou?r"], on: "truly an honour"))
        #expect(try Self.fires(["(truly|really) an honou?r"], on: "really an honor"))
        #expect(try Self.fires(["a [very] quick call"], on: "a quick call"))
        #expect(try Self.fires(["a [very] quick call"], on: "a very quick call"))
        #expect(try Self.fires(["^ceo$"], on: "CEO"))
        #expect(try !Self.fires(["^ceo$"], on: "the CEO"))
    }

    @Test func evidenceQuotesTheTextAsWritten() throws {
        let book = try Self.book(["truly an honor"])
        var scratch = AnalysisScratch(ruleCount: book.compiled.count)
        let text = "Hi! It’s TRULY an   Honour, really."
        _ = scratch.scan(text, field: .body, matcher: book.compiled.body, book: book.compiled)
        guard case .text(_, let range) = scratch.evidence[0] else {
            Issue.record("no text evidence")
            return
        }
        #expect(quote(text, range) == "TRULY an   Honour")
    }

    @Test func questionsAreFoundBySentence() throws {
        var t = TokenizedText()
        t.tokenize("Hello there. How did you pick the price points?! Thanks")
        #expect(t.sentences.count == 3)
        #expect(t.sentences.map(\.isQuestion) == [false, true, false])
        #expect(t.sentences.map(\.words) == [2, 7, 1])
    }

    // A decimal or thousands point is part of its number ("€3.950 per
    // farm" is one sentence, as "€3,950 per farm" is); a point that
    // ends a sentence before a number stays a sentence end.
    @Test func aPointBetweenDigitsBelongsToTheNumber() throws {
        var t = TokenizedText()
        t.tokenize("It is €3.950 per farm and 2.5 hours. 12. Next")
        #expect(t.sentences.count == 3)
        #expect(t.sentences.map(\.words) == [8, 1, 1])
        #expect(try Self.fires(["0 per farm"], on: "It is €3.950 per farm."))
        #expect(try Self.fires(["costs 0 per"], on: "Each tank costs 34.50 per month."))
        #expect(try !Self.fires(["0 0"], on: "Version 1.2.3 is out."))
    }
}
