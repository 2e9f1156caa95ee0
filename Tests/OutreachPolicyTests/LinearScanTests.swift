import PropertyBased
import Testing
@testable import OutreachPolicy

/// Judging a text costs work in proportion to its length, whatever it
/// repeats: a note made of one phrase over and over (the first words of
/// many `~` patterns) must not make every hit look at every other hit.
/// Work is counted in steps, never timed.
@Suite("Linear scan")
struct LinearScanTests {
    /// Pieces that start or continue `~` patterns of the default rulebook,
    /// with sentence ends and fillers between them.
    static let pieces = [
        "you are", "you are you are", "your profile", "your work", "really", "so", "truly",
        "impressive", "an inspiration", "honoured", "to connect", "with you", "beautiful.",
        "and", "the", "would love to", "chat", "discuss", "synergies", "how we could",
        "help", "perhaps you", "did not", "see", "my last", "message", "quick", "call", "?",
    ]

    /// The steps taken to scan `text`: chaining steps plus the hits found,
    /// which the chaining walks once each.
    static func work(_ text: String, book: CompiledRulebook) -> Int {
        var scratch = AnalysisScratch(ruleCount: book.count)
        let before = scratch.chainSteps
        scratch.reset()
        _ = scratch.scan(text, field: .body, matcher: book.body, book: book)
        return scratch.chainSteps - before + scratch.hits.count
    }

    @Test func aRepeatedPhraseCostsAboutTwiceTheWorkAtTwiceTheLength() {
        let book = Rulebook.default.compiled
        let unit = "Beautiful. you are you are you are you are "
        let small = Self.work(String(repeating: unit, count: 2_000), book: book)
        let large = Self.work(String(repeating: unit, count: 4_000), book: book)
        #expect(small > 0)
        #expect(large <= 2 * small + 64, "work went from \(small) to \(large) when the text doubled")
    }

    @Test func anyRepeatedMixOfPatternPiecesScalesLinearly() async {
        let book = Rulebook.default.compiled
        let mix = Gen<Int>.int(in: 0...(Self.pieces.count - 1)).array(of: 1...12)
        await propertyCheck(count: 60, input: mix, Gen<Int>.int(in: 50...400)) { indices, repeats in
            let unit = indices.map { Self.pieces[$0] }.joined(separator: " ") + " "
            let small = Self.work(String(repeating: unit, count: repeats), book: book)
            let large = Self.work(String(repeating: unit, count: 2 * repeats), book: book)
            // "About doubles": twice the work, plus a little for the hits
            // that straddle the seam between the two halves.
            #expect(large <= 2 * small + 64, "\(unit.debugDescription) x\(repeats): \(small) -> \(large)")
        }
    }
}
