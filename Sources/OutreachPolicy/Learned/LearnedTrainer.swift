import InboxModel

/// One labelled example: the messages one person sent in a thread.
public struct LearnedExample: Sendable, Equatable {
    public var label: ThreadLabel
    public var texts: [String]

    public init(label: ThreadLabel, texts: [String]) {
        self.label = label
        self.texts = texts
    }
}

/// Training is counting: every feature of every labelled thread, in one
/// pass, with nothing random and no order dependence, so the same corpus
/// always gives the same bytes.
public enum LearnedTrainer {
    /// The messages `person` sent the owner, in log order.
    public static func messages(from person: PersonRef, in inbox: Inbox) -> [String] {
        inbox.events.filter { $0.type == .message && $0.actor == person && $0.subject.isOwner }.map(\.text)
    }

    /// Every labelled person's messages to the owner (an empty thread teaches nothing).
    public static func examples(in inbox: Inbox) -> [LearnedExample] {
        var out: [LearnedExample] = []
        for (i, person) in inbox.people.enumerated() where i > 0 {
            guard let label = person.label else { continue }
            let texts = messages(from: PersonRef(i), in: inbox)
            if !texts.isEmpty { out.append(LearnedExample(label: label, texts: texts)) }
        }
        return out
    }

    /// Counts over `examples`, keeping only features that occur in at least
    /// `minThreads` threads: a word one thread used is more likely that
    /// thread's topic than a sign of either class. The class totals still
    /// count every occurrence, so the kept features' frequencies are true.
    public static func counts(_ examples: [LearnedExample], minThreads: Int = 2) -> LearnedCounts {
        struct Tally {
            var thirsty = 0, sincere = 0, threads = 0
            var lastThread = -1
            var spellings: [String: Int] = [:]
        }
        var tallies: [[String]: Tally] = [:]
        var counts = LearnedCounts()
        var text = TokenizedText(recordWords: true)
        for (n, example) in examples.enumerated() {
            let thirsty = example.label == .thirsty
            if thirsty { counts.thirstyThreads += 1 } else { counts.sincereThreads += 1 }
            for body in example.texts {
                text.tokenize(body)
                let words = text.words.map { String(decoding: $0, as: UTF8.self) }
                let utf8 = Array(body.utf8)
                func spelling(_ i: Int) -> String {
                    let t = text.token(i)
                    return String(decoding: utf8[Int(t.start)..<Int(t.end)], as: UTF8.self).lowercased()
                }
                text.withTokens { tokens in
                    LearnedFeatures.forEach(tokens) { _, first, last in
                        let key = first == last ? [words[first]] : [words[first], words[last]]
                        let shown = first == last ? spelling(first) : spelling(first) + " " + spelling(last)
                        var t = tallies[key] ?? Tally()
                        if thirsty { t.thirsty += 1 } else { t.sincere += 1 }
                        if t.lastThread != n {
                            t.lastThread = n
                            t.threads += 1
                        }
                        t.spellings[shown, default: 0] += 1
                        tallies[key] = t
                    }
                }
                for t in text.tokens where LearnedFeatures.isWord(t) {
                    if thirsty { counts.thirstyTotal += 1 } else { counts.sincereTotal += 1 }
                }
            }
        }
        // Bigrams count toward the totals as well: every feature occurrence is one draw.
        for (key, t) in tallies where key.count == 2 {
            counts.thirstyTotal += t.thirsty
            counts.sincereTotal += t.sincere
        }
        for (key, t) in tallies where t.threads >= minThreads {
            let display = t.spellings.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }?.key ?? key.joined(separator: " ")
            counts.features.append(LearnedCounts.Feature(words: key, display: display, thirsty: t.thirsty, sincere: t.sincere))
        }
        counts.features.sort { $0.words.lexicographicallyPrecedes($1.words) }
        return counts
    }
}
