import InboxModel
import Testing
@testable import OutreachPolicy

/// Quoted evidence is what a person would underline: across the whole
/// labelled corpus, no quote starts or ends on a function word ("a", "for",
/// "the", "to", "of").
@Suite("Evidence phrases")
struct EvidencePhraseTests {
    @Test func noQuoteInTheCorpusStartsOrEndsOnAFunctionWord() throws {
        let e = try CorpusTests.evaluation()
        try #require(e.threads.count >= 20)
        var quotes = 0
        var fragments: [String] = []
        for c in e.threads {
            for f in c.verdict.findings where !f.evidence.isEmpty {
                quotes += 1
                if UnderlinedEvidence.isFragment(f.evidence) { fragments.append("\(c.source) \(c.person) \(f.rule): \(f.evidence)") }
            }
        }
        for c in e.invitations {
            for f in c.verdict.findings where !f.evidence.isEmpty {
                quotes += 1
                if UnderlinedEvidence.isFragment(f.evidence) { fragments.append("\(c.source) \(c.person) \(f.rule): \(f.evidence)") }
            }
        }
        #expect(quotes > 100)
        #expect(fragments.isEmpty, "\(fragments.joined(separator: "\n"))")
    }

    @Test(arguments: [("a demo", true), ("book a demo", false), ("Are you free for", true), ("invest a", true), ("Interested?", false)])
    func theFragmentTestItself(_ text: String, _ fragment: Bool) {
        #expect(UnderlinedEvidence.isFragment(text) == fragment)
    }
}
