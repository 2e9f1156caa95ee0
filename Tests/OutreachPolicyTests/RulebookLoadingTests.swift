import Testing
@testable import OutreachPolicy

@Suite("Rulebook loading")
struct RulebookLoadingTests {
    static func error(_ yaml: String) -> RulebookError? {
        do {
            _ = try Rulebook.load(yaml: yaml, source: "mine.yaml")
            return nil
        } catch {
            return error
        }
    }

    @Test func aStandaloneFileIsACompleteRulebook() throws {
        let book = try Rulebook.load(yaml: """
            rules:
              - id: PITCH_CASINO
                description: Casino promotions
                category: pitch
                score: 3
                patterns: ["free spins"]
                examples: {hit: ["Claim 100 free spins"], miss: ["We spun up a cluster"]}
            """)
        #expect(book.rules.map(\.id) == ["PITCH_CASINO"])
        #expect(book.settings.threadThreshold == 5)
        #expect(book.exampleFailures().isEmpty)
    }

    @Test func extendingTheDefaultAddsReplacesAndRescores() throws {
        let book = try Rulebook.load(yaml: """
            extends: default
            settings: {thread_threshold: 6.5}
            scores: {VALUE_NOTHING_TO_SAY: 0}
            rules:
              - id: PITCH_CASINO
                description: Casino promotions
                category: pitch
                score: 3
                patterns: ["free spins"]
              - id: FLATTERY_HONORED
                description: Replaced
                category: flattery
                score: 0.5
                patterns: ["so honored"]
            """)
        #expect(book.settings.threadThreshold == 6.5)
        #expect(book.rule("VALUE_NOTHING_TO_SAY")?.score == 0)
        #expect(book.rule("PITCH_CASINO") != nil)
        #expect(book.rule("FLATTERY_HONORED")?.score == 0.5)
        #expect(book.rules.count == Rulebook.default.rules.count + 1)
        #expect(Policy(rulebook: book).threshold == 6.5)
    }

    @Test func errorsNameTheRuleAndTheField() throws {
        let e = try #require(Self.error("""
            rules:
              - id: PITCH_BAD
                description: Broken
                category: pitch
                score: 1
                patterns: ["fine", "(not closed"]
            """))
        #expect(e.rule == "PITCH_BAD")
        #expect(e.field == "patterns[1]")
        #expect(e.description.hasPrefix("mine.yaml:2: rule PITCH_BAD, field patterns[1]: "))
    }

    @Test func rejectsUnknownKeysCategoriesPredicatesAndReferences() throws {
        let typo = try #require(Self.error("rules:\n  - {id: A_B, description: x, category: pitch, scroe: 1, patterns: [x]}"))
        #expect(typo.message.contains("did you mean \"score\""))
        let category = try #require(Self.error("rules:\n  - {id: A_B, description: x, category: flatter, score: 1, patterns: [x]}"))
        #expect(category.field == "category")
        let predicate = try #require(Self.error("rules:\n  - {id: A_B, description: x, category: relax, score: 1, condition: {no_photo: true}}"))
        #expect(predicate.field == "condition.no_photo")
        let reference = try #require(Self.error("rules:\n  - {id: A_B, description: x, category: pitch, score: 1, meta: \"__MISSING && __OTHER\"}"))
        #expect(reference.field == "meta")
        #expect(reference.message.contains("__MISSING"))
        let loop = try #require(Self.error("""
            rules:
              - {id: __A, description: x, category: signal, scope: thread, meta: "__B"}
              - {id: __B, description: x, category: signal, scope: thread, meta: "__A"}
            """))
        #expect(loop.message.contains("loop"))
    }

    @Test func checksScoresAgainstKinds() throws {
        #expect(Self.error("rules:\n  - {id: __H, description: x, category: signal, scope: thread, score: 1, patterns: [x]}") != nil)
        #expect(Self.error("rules:\n  - {id: CREDIT_X, description: x, category: credit, scope: thread, score: 1, patterns: [x]}") != nil)
        #expect(Self.error("rules:\n  - {id: PITCH_X, description: x, category: pitch, patterns: [x]}")?.field == "score")
        #expect(Self.error("rules:\n  - {id: RELAX_X, description: x, category: relax, score: 1, condition: {first_message: true}, examples: {hit: [a]}}")?.field == "examples")
        #expect(Self.error("extends: default\nscores: {NO_SUCH_RULE: 1}")?.field == "scores")
        #expect(Self.error("not: [valid") != nil)
    }

    @Test func metaExpressionsCountAndCompare() throws {
        let book = try Rulebook.load(yaml: """
            rules:
              - {id: __A, description: a, category: signal, scope: thread, patterns: [alpha]}
              - {id: __B, description: b, category: signal, scope: thread, patterns: [beta]}
              - {id: __C, description: c, category: signal, scope: thread, patterns: [gamma]}
              - {id: PITCH_TWO, description: two of three, category: pitch, score: 1, meta: "(__A + __B + __C) >= 2"}
              - {id: PITCH_NOT_A, description: b without a, category: pitch, score: 1, meta: "__B && !__A"}
            """)
        #expect(book.rulesFiring(onMessage: "alpha gamma").contains("PITCH_TWO"))
        #expect(!book.rulesFiring(onMessage: "alpha delta").contains("PITCH_TWO"))
        #expect(book.rulesFiring(onMessage: "beta").contains("PITCH_NOT_A"))
        #expect(!book.rulesFiring(onMessage: "alpha beta").contains("PITCH_NOT_A"))
    }
}
