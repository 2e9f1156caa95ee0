import InboxModel
import Testing
@testable import OutreachPolicy

/// The judging loop's shortcuts agree with the plain way of doing the same
/// thing: the tokenizer's ASCII run with its byte-at-a-time path, word ids
/// given while tokenising with a vocabulary lookup afterwards, meta decision
/// graphs with their stack programs, packed verdicts with what was packed.
@Suite("Fast paths")
struct FastPathTests {
    static let texts = [
        "Hello there. How did you pick the price points?! Thanks",
        "I’M ALWAYS, looking! 15 minutes or 30-45 min? The 10x team…",
        "Café déjà vu: ÉCOLE × 3 ÷ 2 — naïve façade‽ ok.",
        "It’s TRULY an   Honour, really. soft\u{AD}hyphen and zero\u{200B}width join",
        "emoji 🚀 split words 👋 here。全角？ done！",
        "tabs\tand\nnewlines\r\nand a trailing digit 42",
        "",
        "?!...",
        "a",
        "invalid \u{FFFD} bytes and ′primes′ and ‛quotes‛",
    ]

    static func tokens(_ text: String, recordWords: Bool) -> (tokens: [Token], sentences: [SentenceSpan]) {
        var t = TokenizedText(recordWords: recordWords)
        t.tokenize(text)
        return (Array(t.tokens), t.sentences)
    }

    @Test(arguments: texts)
    func asciiRunAgreesWithTheByteAtATimePath(_ text: String) {
        // Recording words takes the byte-at-a-time path for every byte.
        let fast = Self.tokens(text, recordWords: false)
        let slow = Self.tokens(text, recordWords: true)
        #expect(fast.tokens == slow.tokens)
        #expect(fast.sentences == slow.sentences)
    }

    @Test func runsOfDigitsAndCaseFoldTheSameOnBothPaths() {
        let fast = Self.tokens("ABC abc 123 1 Ab1C2", recordWords: false).tokens.map(\.hash)
        #expect(fast[1] == fast[2])
        #expect(fast[3] == fast[4])
        #expect(fast[5] == WordHash.of(Array("ab0c0".utf8)))
    }

    @Test(arguments: texts)
    func idsGivenWhileTokenisingMatchTheVocabulary(_ text: String) throws {
        let book = Rulebook.default.compiled
        var t = TokenizedText()
        var copy = text
        copy.withUTF8 { t.tokenize(utf8: $0, vocabulary: book.vocabulary) }
        for token in t.tokens { #expect(token.id == book.vocabulary.id(token.hash)) }
        #expect(t.tokens.map(\.hash) == Self.tokens(text, recordWords: false).tokens.map(\.hash))
    }

    @Test func aLongTextGrowsTheTokenBuffer() {
        var t = TokenizedText()
        t.tokenize("short")
        let long = String(repeating: "a b. ", count: 2_000)
        t.tokenize(long)
        #expect(t.tokens.count == 6_002)
        #expect(t.sentences.count == 2_000)
        t.tokenize("short again")
        #expect(t.tokens.count == 4)
    }

    // MARK: Meta rules

    static let metaExpressions = [
        "A && !B && !C",
        "((A && (!B || C) && !D) || E || C) && !B && !D",
        "(A + B + C + D + E) >= 2",
        "(A + B + C + D + E) >= 2 && !B && !C",
        "(A || B || C) && !D",
        "A + B - C >= 1",
        "!(A + B)",
        "A - 2 < B",
        "1 && A",
        "0 || !A",
        "A + B",
        "A == B",
        "A != B + C",
        "A - B - C <= 0 - 1",
        "(A >= 1) == (B >= 1)",
        "(A && B) + C >= 1",
        "3 > A + B + C",
    ]

    static let ruleNames = ["A", "B", "C", "D", "E"]

    @Test(arguments: metaExpressions)
    func decisionGraphAgreesWithTheStackProgram(_ text: String) throws {
        let expr = try MetaExpression.parse(text)
        let ops: [MetaOp] = try expr.ops.map { op in
            switch op {
            case .rule(let id): return .rule(Int32(try #require(Self.ruleNames.firstIndex(of: id))))
            case .number(let n): return .number(Int32(n))
            case .not: return .not
            case .and: return .and
            case .or: return .or
            case .add: return .add
            case .sub: return .sub
            case .eq: return .eq
            case .ne: return .ne
            case .ge: return .ge
            case .le: return .le
            case .gt: return .gt
            case .lt: return .lt
            }
        }
        var builder = MetaGraphBuilder()
        let entry = builder.add(ops)
        let store = TableStore()
        let program = ScopeProgram(
            base: store.freeze([BaseRule]()), metas: store.freeze([MetaRule]()), conditions: store.freeze([Condition]()),
            ops: store.freeze(ops), nodes: store.freeze(builder.nodes), terms: store.freeze(builder.terms),
            references: store.freeze([Int32]()))
        var scratch = AnalysisScratch(ruleCount: Self.ruleNames.count)
        for mask in 0..<(1 << Self.ruleNames.count) {
            for i in Self.ruleNames.indices { scratch.fired[i] = mask & (1 << i) != 0 }
            let expected = scratch.run(program.ops) != 0
            if let entry {
                #expect(scratch.decide(entry, program) == expected, "\(text) with fired mask \(mask)")
            }
        }
        // Only arithmetic on a comparison or on `&&` needs the stack program.
        let needsStack = text.contains(") ==") || text.contains("&& B) +")
        #expect((entry == nil) == needsStack)
    }

    @Test func everyBuiltInMetaRuleHasADecisionGraph() {
        let book = Rulebook.default.compiled
        for program in [book.thread, book.invitation] {
            for m in program.metas { #expect(m.entry != MetaRule.stackOnly, "\(book.ids[Int(m.rule)])") }
        }
    }

    // MARK: Packed verdicts

    @Test func assignedVerdictPartsReadBackAsAssigned() throws {
        let (inbox, _) = SeedArticleTests.inbox()
        let verdicts = Policy().analyze(inbox, state: inbox.state())
        var v = try #require(verdicts.threads.first { !$0.findings.isEmpty })
        let finding = Finding(rule: "X_RULE", score: 1.5, category: .pitch, eventIndex: nil, at: nil, evidence: "said so")
        v.findings = [finding]
        #expect(v.findings == [finding])
        #expect(v.explanation.hasSuffix("tests=X_RULE(1.5)"))
        v.messageStages = [7: [.pitch, .flattery]]
        #expect(v.messageStages == [7: [.pitch, .flattery]])
        #expect(v.stages(atEvent: 7) == [.pitch, .flattery])

        var inv = try #require(verdicts.invitations.first)
        let signal = ProfileSignal(kind: .photo, weak: true, sentence: "No photo at all")
        inv.signals = [signal]
        #expect(inv.signals == [signal])
        inv.findings = []
        #expect(inv.explanation.hasSuffix("tests=none"))
    }

    @Test func perMessageStagesAgreeWithTheDictionary() throws {
        let (inbox, _) = SeedArticleTests.inbox()
        let verdicts = Policy().analyze(inbox, state: inbox.state())
        var checked = 0
        for v in verdicts.threads {
            for (event, stages) in v.messageStages {
                #expect(v.stages(atEvent: event) == stages)
                checked += 1
            }
            #expect(v.stages(atEvent: -1).isEmpty)
        }
        #expect(checked > 0)
    }

    @Test func lookupsByPersonFindTheLatestVerdict() throws {
        let (inbox, _) = SeedArticleTests.inbox()
        let verdicts = Policy().analyze(inbox, state: inbox.state())
        for v in verdicts.threads { #expect(verdicts.thread(with: v.counterpart)?.counterpart == v.counterpart) }
        for v in verdicts.invitations { #expect(verdicts.invitation(from: v.from)?.from == v.from) }
        #expect(verdicts.thread(with: PersonRef(1_000_000)) == nil)
        #expect(verdicts.invitation(from: PersonRef(-1)) == nil)
    }
}
