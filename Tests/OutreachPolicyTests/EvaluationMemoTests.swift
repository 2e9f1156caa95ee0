import Testing
@testable import OutreachPolicy

/// A remembered answer is the answer: firing the rules through the memo
/// leaves the scratch as firing them anew does, on first sight and on replay.
@Suite("Evaluation memo")
struct EvaluationMemoTests {
    static let texts = [
        "Hi, loved your post on soil health. Would you be open to a quick call this week?",
        "Our coaching package is $450 per month. Book here: calendly.com/grow",
        "Just following up on my last message. Interested?",
        "How did you decide which crops to rotate first?",
        "Thanks!",
    ]

    @Test func aRememberedAnswerIsTheAnswerFiringGives() {
        let book = Rulebook.default.compiled
        let memo = EvaluationMemo(program: book.thread, ruleCount: book.count)
        var plain = AnalysisScratch(ruleCount: book.count)
        var remembered = AnalysisScratch(ruleCount: book.count)
        var units = 0, differing = Set<[Int32]>()
        for _ in 0..<2 {
            for text in Self.texts {
                for unanswered in 1...3 {
                    for first in [true, false] {
                        for connected: Int64? in [nil, 600, 40 * 86_400] {
                            plain.reset()
                            remembered.reset()
                            var context = MessageContext()
                            context.unanswered = unanswered
                            context.isSendersFirst = first
                            context.secondsSinceConnected = connected
                            context.features = plain.scan(text, field: .body, matcher: book.body, book: book)
                            _ = remembered.scan(text, field: .body, matcher: book.body, book: book)
                            plain.evaluate(book.thread, context: context)
                            memo.evaluate(&remembered, context: context)
                            #expect(remembered.firedList == plain.firedList, "\(text)")
                            #expect(remembered.fired == plain.fired, "\(text)")
                            for r in plain.firedList {
                                #expect(remembered.evidence[Int(r)] == plain.evidence[Int(r)], "\(book.ids[Int(r)]) on \(text)")
                            }
                            units += 1
                            differing.insert(plain.firedList)
                        }
                    }
                }
            }
        }
        // The second pass sees every unit again: all of it is replayed.
        #expect(memo.replayed >= units / 2)
        #expect(differing.count > 5)
    }
}
