import Testing
@testable import OutreachPolicy

/// The automaton's hashed transitions and packed outputs find exactly the
/// phrase occurrences a word-by-word comparison at every position finds.
@Suite("Phrase matcher")
struct PhraseMatcherTests {
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33) % bound
        }
    }

    static func naive(_ phrases: [(words: [Int32], payload: Int32)], _ ids: [Int32]) -> [PhraseHit] {
        var out: [PhraseHit] = []
        for end in 1...max(ids.count, 1) where end <= ids.count {
            for p in phrases where !p.words.isEmpty && p.words.count <= end {
                if Array(ids[(end - p.words.count)..<end]) == p.words {
                    out.append(PhraseHit(payload: p.payload, start: Int32(end - p.words.count), end: Int32(end)))
                }
            }
        }
        return out
    }

    static func scan(_ matcher: PhraseMatcher, _ ids: [Int32]) -> [PhraseHit] {
        let tokens = ids.map { Token(hash: 0, start: 0, end: 0, sentence: 0, id: $0) }
        var hits: [PhraseHit] = []
        tokens.withUnsafeBufferPointer { matcher.scan($0, into: &hits) }
        return hits
    }

    static func sorted(_ hits: [PhraseHit]) -> [PhraseHit] {
        hits.sorted { ($0.end, $0.payload, $0.start) < ($1.end, $1.payload, $1.start) }
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func hitsAgreeWithComparingEveryPosition(_ seed: Int) {
        var g = Generator(state: UInt64(seed))
        let idCount: Int32 = 12
        // A small alphabet makes shared prefixes, suffixes and fail links common.
        var phrases: [(words: [Int32], payload: Int32)] = []
        for k in 0..<300 {
            let length = 1 + g.next(4)
            phrases.append(((0..<length).map { _ in Int32(1 + g.next(Int(idCount) - 1)) }, Int32(k % 97)))
        }
        let store = TableStore()
        let matcher = PhraseMatcher(phrases: phrases, idCount: idCount, store: store)
        for _ in 0..<40 {
            // Id 0 is a word no phrase uses.
            let text = (0..<(g.next(60))).map { _ in Int32(g.next(Int(idCount))) }
            #expect(Self.sorted(Self.scan(matcher, text)) == Self.sorted(Self.naive(phrases, text)))
        }
        withExtendedLifetime(store) {}
    }

    @Test func aNodeWithMoreOutputsThanFitInAStepReadsThemAll() {
        // 300 phrases end at the same node, past what a step's packed count holds.
        var phrases: [(words: [Int32], payload: Int32)] = (0..<300).map { ([1, 2], Int32($0)) }
        phrases.append(([2], 999))
        let store = TableStore()
        let matcher = PhraseMatcher(phrases: phrases, idCount: 4, store: store)
        let text: [Int32] = [3, 1, 2, 0, 2, 1, 2]
        let hits = Self.scan(matcher, text)
        #expect(hits.count == 2 * 301 + 1)
        #expect(Self.sorted(hits) == Self.sorted(Self.naive(phrases, text)))
        withExtendedLifetime(store) {}
    }

    @Test func aMetaIsSkippedOnlyWhenNothingItReadsCouldMakeItTrue() {
        let book = Rulebook.default.compiled
        var skippable = 0
        for program in [book.thread, book.invitation] {
            for m in program.metas {
                guard let needs = m.skipUnless else { continue }
                skippable += 1
                // With none of its rules fired, the expression is false.
                let scratch = AnalysisScratch(ruleCount: book.count)
                let first = Int(m.firstOp)
                #expect(scratch.run(UnsafeBufferPointer(rebasing: program.ops[first..<(first + Int(m.opCount))])) == 0)
                let refs = program.references[Int(m.firstReference)..<Int(m.firstReference + m.referenceCount)]
                #expect(FiredBits(rules: Array(refs)) == needs)
            }
        }
        #expect(skippable > 0)
    }
}
