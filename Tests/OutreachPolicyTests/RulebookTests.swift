import Testing
@testable import OutreachPolicy

@Suite("Rulebook")
struct RulebookTests {
    @Test func builtInRulebookLoads() {
        let book = Rulebook.default
        #expect(book.rules.count > 30)
        #expect(book.rule("FLATTERY_HONORED")?.category == .flattery)
        #expect(book.settings.threadThreshold == 5)
    }

    @Test func everyRuleExampleComesOutAsWritten() {
        let failures = Rulebook.default.exampleFailures()
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    @Test func everyScoredRuleHasADescriptionAndEveryPatternRuleExamples() {
        for rule in Rulebook.default.rules {
            #expect(!rule.description.isEmpty)
            if !rule.patterns.isEmpty && !rule.isHelper {
                #expect(!rule.examples.hit.isEmpty, "\(rule.id) has patterns but no hit examples")
            }
        }
    }
}
