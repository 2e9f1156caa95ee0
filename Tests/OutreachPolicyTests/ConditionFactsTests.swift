import Testing
@testable import OutreachPolicy

/// The memo's key reads the conditions as one word: each bit must say
/// what `holds` says of its condition, or two units the rules tell apart
/// would share a remembered answer.
@Suite("Condition facts")
struct ConditionFactsTests {
    @Test func everyBitAnswersAsHoldsDoes() throws {
        let book = Rulebook.default.compiled
        let plan = try #require(ConditionFacts(conditions: book.thread.conditions))
        var seed: UInt64 = 0x1234_5678
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        func flip() -> Bool { next(2) == 1 }
        for _ in 0..<5_000 {
            var c = MessageContext()
            c.isSendersFirst = flip()
            c.senderInitiated = flip()
            c.secondsSinceConnected = next(4) == 0 ? nil : Int64(next(3) - 1) * Int64(next(800 * 86_400))
            c.engagementBefore = next(3) == 0 ? 0 : next(6)
            c.engagementKnown = next(5) != 0
            c.unanswered = next(6)
            c.recipientReplies = next(3)
            c.recipientRequestedMeeting = flip()
            c.recipientAskedQuestion = flip()
            c.recipientInitiated = flip()
            c.secondsSincePrevious = next(4) == 0 ? nil : Int64(next(10 * 86_400))
            c.askedGenuineQuestionBefore = flip()
            c.recipientDeclined = flip()
            c.recipientAskedPrice = flip()
            c.recipientAskedGenuineQuestion = flip()
            c.pitchedBefore = flip()
            c.features.words = next(4) == 0 ? next(5) : next(200)
            c.features.question = flip()
            c.features.genuineQuestion = flip()
            c.features.shortQuestion = flip()
            c.features.currencyAmount = flip()
            let bits = try #require(c.conditionFacts(plan))
            for condition in book.thread.conditions {
                let bit = try #require(plan.bit(of: condition))
                #expect((bits & bit != 0) == c.holds(condition), "\(condition)")
            }
        }
    }

    /// Every yes/no predicate of the rulebook's thread scope and its
    /// opposite, and any number, get a bit of their own.
    @Test func conditionsThatDifferGetBitsThatDiffer() throws {
        let conditions = [
            Condition(.firstMessage, 1), Condition(.firstMessage, 0), Condition(.wordsAtMost, 3), Condition(.wordsAtMost, 12),
            Condition(.noEngagementBeforeMessage, 1), Condition(.noEngagementBeforeMessage, 0), Condition(.wordsAtMost, 3),
        ]
        let plan = try conditions.withUnsafeBufferPointer { try #require(ConditionFacts(conditions: $0)) }
        let bits = conditions.compactMap { plan.bit(of: $0) }
        #expect(bits.count == conditions.count)
        #expect(Set(bits).count == 6)
        #expect(plan.others.count == 2)
    }
}
