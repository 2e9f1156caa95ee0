@testable import InboxModel
import Testing

/// The tables made from the one list of event fields: the byte lookup both
/// paths use for keys, types and labels, and each type's rule.
@Suite struct EventFieldsTests {
    static func lookup<V: Sendable>(_ words: PackedWords<V>, _ text: String, padded: Bool) -> V? {
        // Padded: the word sits well inside the buffer (one 8-byte load);
        // not: it ends the buffer (read byte by byte).
        let bytes = Array(("\"" + text + (padded ? "\": 1234567890" : "")).utf8)
        return bytes.withUnsafeBufferPointer { words.lookup($0, 1, text.utf8.count) }
    }

    @Test(arguments: [true, false])
    func everyWordIsFoundByItsBytesAndAsAString(padded: Bool) {
        for k in EventKey.allCases {
            #expect(Self.lookup(EventKey.words, k.name, padded: padded) == k)
            #expect(EventKey.words.lookup(k.name) == k)
        }
        for t in EventType.allCases {
            #expect(Self.lookup(EventType.words, t.rawValue, padded: padded) == t)
            #expect(EventType.words.lookup(t.rawValue) == t)
        }
        for l in InvitationLabel.allCases {
            #expect(Self.lookup(InvitationLabel.words, l.rawValue, padded: padded) == l)
        }
    }

    @Test(arguments: [true, false])
    func nearMissesAreNotFound(padded: Bool) {
        let misses = ["", "t", "typ", "types", "Type", "tyqe", "at\0", "from\0\0", "captions", "commentss", "messages", "invitee", "likes", "xxxxxxxxx"]
        for word in misses {
            #expect(Self.lookup(EventKey.words, word, padded: padded) == nil, "key \(word.debugDescription)")
            #expect(EventKey.words.lookup(word) == nil, "key \(word.debugDescription)")
            #expect(Self.lookup(EventType.words, word, padded: padded) == nil, "type \(word.debugDescription)")
        }
        #expect(Self.lookup(InvitationLabel.words, "accepted", padded: padded) == nil)
    }

    @Test func lookupsOutsideTheBufferMiss() {
        let bytes = Array("type".utf8)
        bytes.withUnsafeBufferPointer { b in
            #expect(EventKey.words.lookup(b, 0, 4) == .type)
            #expect(EventKey.words.lookup(b, 1, 4) == nil)
            #expect(EventKey.words.lookup(b, -1, 4) == nil)
            #expect(EventKey.words.lookup(b, 0, 0) == nil)
        }
    }

    @Test func rulesComeFromTheFieldList() {
        for type in EventType.allCases {
            let rule = EventRule.of(type)
            let fields = EventFields.common + EventFields.fields(type)
            #expect(rule.allowed == fields.reduce(0) { $0 | $1.key.bit })
            #expect(rule.required == fields.filter(\.required).reduce(0) { $0 | $1.key.bit })
            #expect(rule.requiredKeys == EventFields.fields(type).filter(\.required).map(\.key))
            #expect(rule.required & EventKey.type.bit != 0 && rule.required & EventKey.at.bit != 0)
        }
        #expect(EventRule.of(.message).actor == .from && EventRule.of(.message).subject == .to && EventRule.of(.message).subjectIsRecipient)
        #expect(EventRule.of(.accept).actor == .by && EventRule.of(.accept).subject == .from && !EventRule.of(.accept).subjectIsRecipient)
        #expect(EventRule.of(.post).post == .id && EventRule.of(.post).createsPost)
        #expect(EventRule.of(.like).post == .post && !EventRule.of(.like).createsPost && EventRule.of(.like).subject == nil)
        #expect(FixtureSchema.allEventKeys == ["type", "at", "caption", "from", "to", "by", "note", "label", "body", "id", "text", "post"])
    }
}
