import Testing
@testable import Shared

@Suite("Did you mean: one rule, bounded work")
struct DidYouMeanTests {
    @Test func suggestsNearNames() {
        #expect(DidYouMean.closest(to: "chek", in: ["browse", "check", "coach"]) == "check")
        #expect(DidYouMean.closest(to: "conections", in: ["connections", "joined"]) == "connections")
        #expect(DidYouMean.closest(to: "FLATERY_HONORED", in: ["FLATTERY_HONORED", "PITCH"]) == "FLATTERY_HONORED")
        #expect(DidYouMean.closest(to: "scroe", in: ["scope", "score"]) == "score", "a swap of neighbours is one edit")
        #expect(DidYouMean.closest(to: "T9", in: ["t1", "t9"]) == "t9", "letter case is ignored")
        #expect(DidYouMean.closest(to: "xylophone", in: ["check", "browse"]) == nil)
        #expect(DidYouMean.closest(to: "anything", in: []) == nil)
    }

    @Test("the first of equally close candidates wins")
    func firstOfEquals() {
        #expect(DidYouMean.closest(to: "t3", in: ["t1", "t2"]) == "t1")
    }

    @Test("60 candidates of 1 MB and an unknown reference: nothing compared")
    func hugeCandidatesAreSkipped() {
        let huge = (0..<60).map { String(repeating: Character(Unicode.Scalar(UInt8(65 + $0 % 26))), count: 1 << 20) }
        let result = DidYouMean.search("ghost", huge)
        #expect(result.best == nil)
        #expect(result.cells == 0)
        let hugeWord = DidYouMean.search(String(repeating: "g", count: 1 << 20), ["ghost", "t1"])
        #expect(hugeWord.best == nil && hugeWord.cells == 0)
        // A single grapheme of a megabyte is as long in bytes, and skipped the same.
        let grapheme = "e" + String(repeating: "\u{301}", count: 500_000)
        #expect(DidYouMean.search(grapheme, ["e"]).cells == 0)
    }

    @Test("one search compares at most maxCells character pairs, however many candidates")
    func workIsCapped() {
        let word = String(repeating: "a", count: DidYouMean.maxLength)
        let candidates = (0..<100_000).map { _ in String(repeating: "b", count: DidYouMean.maxLength) }
        let result = DidYouMean.search(word, candidates)
        #expect(result.cells <= DidYouMean.maxCells)
        #expect(result.cells > 0)
        #expect(result.best == nil)
    }

    @Test("candidates too long to compare are skipped, not cut")
    func lengthCap() {
        let long = String(repeating: "a", count: DidYouMean.maxLength + 1)
        #expect(DidYouMean.closest(to: long, in: [long]) == nil)
        let longest = String(repeating: "a", count: DidYouMean.maxLength)
        #expect(DidYouMean.closest(to: longest + "", in: [longest.dropLast() + "b"]) == String(longest.dropLast() + "b"))
    }

    @Test func editDistance() {
        func d(_ a: String, _ b: String) -> Int { DidYouMean.editDistance(Array(a), Array(b)) }
        #expect(d("", "abc") == 3)
        #expect(d("abc", "") == 3)
        #expect(d("kitten", "sitting") == 3)
        #expect(d("ab", "ba") == 1)
        #expect(d("same", "same") == 0)
    }
}
