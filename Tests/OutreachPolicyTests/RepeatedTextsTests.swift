import InboxGenerator
import InboxModel
import Testing
@testable import OutreachPolicy

/// A message whose text repeats an earlier one word for word takes that
/// one's scan; nothing else may ever be taken for a repeat.
@Suite("Repeated texts")
struct RepeatedTextsTests {
    static let at = Timestamp(milliseconds: 1_700_000_000_000)

    static func events(_ texts: [String]) -> [Event] {
        texts.enumerated().map { i, text in
            Event(type: .message, at: Timestamp(milliseconds: at.milliseconds + Int64(i) * 60_000),
                  actor: PersonRef(i % 3 + 1), subject: .owner, text: text, sequence: i)
        }
    }

    /// Runs `confirm` for every event, as the scanning workers do, and
    /// returns each event's original (-1 for none).
    static func originals(_ events: [Event], hash: @escaping @Sendable (String) -> UInt64? = RepeatedTexts.hash) -> [Int32] {
        let slotOf = events.indices.map { Int32($0) }
        let repeats = RepeatedTexts(events: events, slotOf: slotOf, parallel: false, hash: hash)
        return events.withUnsafeBufferPointer { buffer in
            events.indices.map { e in repeats.confirm(e, events: buffer) ? repeats.original(of: e) : -1 }
        }
    }

    @Test func aRepeatPointsAtTheFirstIdenticalText() {
        let texts = ["Perhaps you did not see my last message?", "Hello", "Perhaps you did not see my last message?",
                     "Perhaps you did not see my last message? ", "Hello"]
        #expect(Self.originals(Self.events(texts)) == [-1, -1, 0, -1, 1])
    }

    @Test func equivalentTextsWithOtherBytesAreNotRepeats() {
        // "é" precomposed and decomposed: equal as Swift strings, but the
        // evidence offsets of one would be wrong for the other.
        let texts = ["Caf\u{E9} next week?", "Cafe\u{301} next week?"]
        #expect(texts[0] == texts[1])
        #expect(Self.originals(Self.events(texts)) == [-1, -1])
        #expect(Self.originals(Self.events(texts)) { _ in 7 } == [-1, -1])
    }

    @Test func collidingHashesAreCheckedByteForByte() {
        let texts = ["Truly an honour to be connected", "Would you like to invest a million dollars?",
                     "Truly an honour to be connected", "", ""]
        let original = Self.originals(Self.events(texts))
        let colliding = Self.originals(Self.events(texts)) { _ in 42 }
        #expect(original == [-1, -1, 0, -1, 3])
        // Every text collides with the first; only the real repeat of it
        // is taken, and the rest are scanned on their own.
        #expect(colliding == [-1, -1, 0, -1, -1])
    }

    @Test func reusingScansChangesNoVerdict() {
        let inbox = InboxGenerator.generate(GeneratorOptions(people: 150, messages: 2_000))
        let state = inbox.state()
        let policy = Policy()
        let distinct = policy.distinctMessageTexts(inbox, state: state)
        let messages = state.threads.reduce(0) { $0 + $1.messages.count }
        // The generator writes from templates, as thirsty senders do.
        #expect(distinct.texts < messages)
        let all = policy.analyze(inbox, state: state, parallel: true)
        for (t, verdict) in zip(state.threads, all.threads) {
            #expect(verdict == policy.judgeThread(with: t.counterpart, in: inbox, state: state))
        }
    }
}
