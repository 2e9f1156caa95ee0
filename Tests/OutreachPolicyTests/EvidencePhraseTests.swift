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

    // A link is quoted whole, not as its scheme, less the full stop after it.
    @Test func aLinkIsQuotedWhole() {
        let book = Policy().rulebook.compiled
        var scratch = AnalysisScratch(ruleCount: book.count)
        let text = "Hi Robin, the cutting list is here: https://example.com/oak-list.pdf. The 14 sizes are on page 2."
        _ = scratch.scan(text, field: .body, matcher: book.body, book: book)
        let bytes = Array(text.utf8)
        var links: [String] = []
        for r in scratch.textList {
            guard case .text(_, let range) = scratch.evidence[Int(r)] else { continue }
            let quote = String(decoding: bytes[range], as: UTF8.self)
            if quote.lowercased().hasPrefix("http") { links.append(quote) }
        }
        #expect(!links.isEmpty)
        #expect(links.allSatisfy { $0 == "https://example.com/oak-list.pdf" }, "\(links)")
    }

    @Test(arguments: [
        ("a demo", true), ("book a demo", false), ("Are you free for", true), ("invest a", true), ("Interested?", false),
        ("https", true), ("https://example.com/book", false),
    ])
    func theFragmentTestItself(_ text: String, _ fragment: Bool) {
        #expect(UnderlinedEvidence.isFragment(text) == fragment)
    }
}
