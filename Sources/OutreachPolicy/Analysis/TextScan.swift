/// What one scan of a text found beyond the rules that matched it.
struct TextFeatures: Sendable, Equatable {
    var words = 0
    /// Some sentence asks something (ends in `?` or uses a question phrase).
    var question = false
    /// Some question is long enough and free of pitches, scheduling,
    /// flattery and small talk.
    var genuineQuestion = false
    /// A rule of category `meeting` matched (helpers included).
    var asksForMeeting = false
    /// Some question is shorter than a genuine one ("Interested?", "Worth a chat?").
    var shortQuestion = false
    /// What the learned rule makes of the text, when it is on.
    var learned = LearnedMessageScore()
    /// A currency symbol next to a number ("$450", "€ 1,200", "900£").
    var currencyAmount = false
}

/// Words no one starts or ends an underlined phrase with.
enum EvidenceWords {
    static let function = WordHashSet([
        "a", "an", "the", "to", "of", "for", "in", "on", "at", "by", "with", "and", "or", "but", "from", "as", "is", "are",
    ])
    static let reach = 4
}

/// Words that put the phrase after them in the scope of a negation ("we are
/// not looking for investors", "I don't need a demo"), with the words that
/// undo that ("why not", "not only", "no pressure").
enum Negation {
    static let cues = WordHashSet([
        "not", "never", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "cant", "cannot",
        "nothing", "without", "neither", "nor", "no", "decline", "declining",
    ])
    /// A cue preceded by one of these is no negation ("why not book…").
    static let undoneBefore = WordHashSet(["why"])
    /// A cue followed by one of these is no negation of what comes next
    /// ("not only", "no pressure, but…", "at no cost").
    static let undoneAfter = WordHashSet([
        "only", "just", "pressure", "worries", "worry", "problem", "problems", "obligation", "rush", "strings",
        "stress", "commitment", "cost", "charge", "doubt", "matter", "wonder", "hesitate", "miss", "forget", "wait",
    ])
    /// The last byte of the three-byte signs € ₹ ₦ ₱ ₵ ₩ ₺ (after E2 82).
    @inline(__always) static func isCurrencyTail(_ b: UInt8) -> Bool {
        b == 0xAC || b == 0xB9 || b == 0xA6 || b == 0xB1 || b == 0xB5 || b == 0xA9 || b == 0xBA
    }

    /// How many words before a phrase a negation reaches.
    static let reach = 3

    /// Whether a currency symbol in `utf8` stands next to a digit, allowing
    /// one space: "$450", "€ 1,200", "900£". One pass, no allocation.
    static func currencyAmount(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = utf8.count
        guard let base = utf8.baseAddress else { return false }
        var i = 0
        while i < n {
            // Eight bytes at a time past runs with no `$` and no byte of a
            // multi-byte character: most text is plain ASCII.
            if i + 8 <= n {
                let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let dollars = x ^ 0x2424_2424_2424_2424
                let zero = (dollars &- 0x0101_0101_0101_0101) & ~dollars & 0x8080_8080_8080_8080
                if (x | zero) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
            }
            let b = utf8[i]
            var width = 0
            if b == 0x24 {
                width = 1 // $
            } else if b == 0xC2, i + 1 < n, utf8[i + 1] == 0xA3 || utf8[i + 1] == 0xA5 {
                width = 2 // £ ¥
            } else if b == 0xE2, i + 2 < n, utf8[i + 1] == 0x82, Self.isCurrencyTail(utf8[i + 2]) {
                width = 3 // € ₹ ₦ ₱ ₵ ₩ ₺
            }
            if width > 0 {
                var after = i + width
                if after < n && utf8[after] == 0x20 { after += 1 }
                if after < n && utf8[after] >= 0x30 && utf8[after] <= 0x39 { return true }
                var before = i - 1
                if before >= 0 && utf8[before] == 0x20 { before -= 1 }
                if before >= 0 && utf8[before] >= 0x30 && utf8[before] <= 0x39 { return true }
                i += width
            } else {
                i += 1
            }
        }
        return false
    }
}

/// Where a rule's evidence comes from, resolved to text only when a finding
/// is reported.
enum EvidenceSource: Sendable, Equatable {
    case none
    /// Bytes of the original text of `field`.
    case text(TextField, Range<Int>)
    case condition(Condition)
    /// The first rule the meta expression referred to that fired.
    case meta(Int32)
}

/// Per-worker buffers reused for every unit, so judging a message allocates
/// nothing once the buffers have grown.
struct AnalysisScratch {
    var text = TokenizedText()
    var hits: [PhraseHit] = []
    var fired: [Bool]
    var firedList: [Int32] = []
    var evidence: [EvidenceSource]
    /// Per rule: a pattern of the rule matched the current unit.
    var textHit: [Bool]
    var textList: [Int32] = []
    var stack: [Int32] = []
    var sentenceAsks: [Bool] = []
    var sentenceSpoiled: [Bool] = []
    /// Per rule: the thread generation in which it was last counted.
    var countedStamp: [UInt32]
    var threadGeneration: UInt32 = 0
    var engagementBuffer: [Int64] = []
    /// Per gap segment: the scan generation that last saw it.
    var segmentSeen: [UInt32] = []
    var generation: UInt32 = 0
    /// Gap segment hits by first token: those starting at token `t` are
    /// `segmentOrder[segmentHead[t]..<segmentHead[t + 1]]` (indices into `hits`).
    var segmentHead: [Int32] = []
    var segmentOrder: [Int32] = []
    /// Steps taken chaining gap segments, for tests that the work grows
    /// linearly with the text (never reset; read the difference).
    var chainSteps = 0
    /// Scores message bodies for the learned rule as they are scanned.
    var learned: LearnedModel?

    init(ruleCount: Int) {
        fired = [Bool](repeating: false, count: ruleCount)
        evidence = [EvidenceSource](repeating: .none, count: ruleCount)
        textHit = [Bool](repeating: false, count: ruleCount)
        countedStamp = [UInt32](repeating: 0, count: ruleCount)
        hits.reserveCapacity(64)
        firedList.reserveCapacity(64)
        textList.reserveCapacity(64)
        stack.reserveCapacity(32)
    }

    /// Starts counting rules for a new thread (each scores once per thread).
    mutating func beginThread() { threadGeneration &+= 1 }
    func counted(_ r: Int) -> Bool { countedStamp[r] == threadGeneration }
    mutating func count(_ r: Int) { countedStamp[r] = threadGeneration }

    /// A cleared buffer for a thread's engagement times, handed back after.
    mutating func takeEngagement() -> [Int64] {
        var b: [Int64] = []
        swap(&b, &engagementBuffer)
        b.removeAll(keepingCapacity: true)
        return b
    }

    mutating func returnEngagement(_ b: [Int64]) { engagementBuffer = b }

    /// Forgets the previous unit's rule state.
    mutating func reset() {
        // `removeAll` is a call even on an empty list, and many units (a name,
        // a headline, a plain reply) leave these empty.
        if !firedList.isEmpty {
            for r in firedList { fired[Int(r)] = false }
            firedList.removeAll(keepingCapacity: true)
        }
        if !textList.isEmpty {
            for r in textList { textHit[Int(r)] = false }
            textList.removeAll(keepingCapacity: true)
        }
    }

    /// Normalises and scans `text`, marking the rules whose patterns match
    /// (first match kept as evidence). Call `reset()` first for a new unit.
    mutating func scan(_ text: String, field: TextField, matcher: PhraseMatcher, book: CompiledRulebook) -> TextFeatures {
        if let f = text.utf8.withContiguousStorageIfAvailable({ scan(utf8: $0, field: field, matcher: matcher, book: book) }) {
            return f
        }
        var copy = text
        return copy.withUTF8 { scan(utf8: $0, field: field, matcher: matcher, book: book) }
    }

    mutating func scan(utf8: UnsafeBufferPointer<UInt8>, field: TextField, matcher: PhraseMatcher, book: CompiledRulebook) -> TextFeatures {
        text.tokenize(utf8: utf8, vocabulary: book.vocabulary)
        if !hits.isEmpty { hits.removeAll(keepingCapacity: true) }
        text.withTokens { matcher.scan($0, into: &hits) }
        var features = TextFeatures()
        features.currencyAmount = Negation.currencyAmount(utf8)
        let wantQuestions = field == .body
        if wantQuestions, let learned { features.learned = text.withTokens { learned.score($0) } }
        if wantQuestions {
            sentenceAsks.removeAll(keepingCapacity: true)
            sentenceSpoiled.removeAll(keepingCapacity: true)
            for s in text.sentences {
                features.words += Int(s.words)
                sentenceAsks.append(s.isQuestion)
                sentenceSpoiled.append(false)
                if s.isQuestion { features.question = true }
            }
        } else {
            for s in text.sentences { features.words += Int(s.words) }
        }
        guard !hits.isEmpty || wantQuestions else { return features }
        let ruleCount = book.count
        let flags = book.table.flags
        generation &+= 1
        if segmentSeen.count < book.gaps.owners.count { segmentSeen = [UInt32](repeating: 0, count: book.gaps.owners.count) }
        // Gap segments (payloads past the rules) are common words, many per
        // text: they are only marked here, through pointers, and read from
        // `hits` again when chaining.
        let generation = self.generation
        var segments = 0
        hits.withUnsafeBufferPointer { hits in
            segmentSeen.withUnsafeMutableBufferPointer { seen in
                for h in hits where Int(h.payload) >= ruleCount {
                    seen[Int(h.payload) - ruleCount] = generation
                    segments += 1
                }
            }
        }
        if segments < hits.count {
            for h in hits where Int(h.payload) < ruleCount {
                if flags[Int(h.payload)] & RuleTable.negatable != 0 && negated(before: h.start) { continue }
                record(Int(h.payload), start: h.start, end: h.end, field: field, flags: flags[Int(h.payload)], features: &features)
            }
        }
        if segments > 0 { chainGaps(field: field, book: book, features: &features) }
        widenLinks(utf8)
        if wantQuestions {
            let minWords = Int32(clamping: book.settings.questionMinWords)
            for (i, s) in text.sentences.enumerated() where sentenceAsks[i] {
                if s.isQuestion && s.words < minWords { features.shortQuestion = true }
                if !sentenceSpoiled[i] && (s.words >= minWords || !s.isQuestion) { features.genuineQuestion = true }
            }
        }
        return features
    }

    /// A link is underlined whole: evidence that starts at "http", "https"
    /// or "www" runs to the end of the link ("https://example.com/book"),
    /// not the scheme alone, less the punctuation that ends its sentence.
    private mutating func widenLinks(_ utf8: UnsafeBufferPointer<UInt8>) {
        for r in textList {
            guard case .text(let field, let range) = evidence[Int(r)], range.upperBound <= utf8.count,
                  Self.startsLink(utf8, at: range.lowerBound) else { continue }
            var end = range.upperBound
            while end < utf8.count && utf8[end] > 0x20 { end += 1 }
            while end > range.upperBound && Self.closesSentence(utf8[end - 1]) { end -= 1 }
            evidence[Int(r)] = .text(field, range.lowerBound..<end)
        }
    }

    private static func startsLink(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        func lower(_ k: Int) -> UInt8 { i + k < utf8.count ? utf8[i + k] | 0x20 : 0 }
        let http = lower(0) == 0x68 && lower(1) == 0x74 && lower(2) == 0x74 && lower(3) == 0x70
        let www = lower(0) == 0x77 && lower(1) == 0x77 && lower(2) == 0x77 && i + 3 < utf8.count && utf8[i + 3] == 0x2E
        return http || www
    }

    /// `. , ; : ! ? ) ]` and quotes after a link belong to the sentence.
    private static func closesSentence(_ b: UInt8) -> Bool {
        b == 0x2E || b == 0x2C || b == 0x3B || b == 0x3A || b == 0x21 || b == 0x3F || b == 0x29 || b == 0x5D || b == 0x22 || b == 0x27
    }

    private mutating func record(_ r: Int, start: Int32, end: Int32, field: TextField, flags: UInt8, features: inout TextFeatures) {
        if !textHit[r] {
            textHit[r] = true
            textList.append(Int32(r))
            let (lo, hi) = wholePhrase(start: Int(start), end: Int(end))
            if let range = text.originalRange(firstToken: lo, endToken: hi) {
                evidence[r] = .text(field, range)
            } else {
                evidence[r] = .none
            }
        }
        guard field == .body else { return }
        if flags & RuleTable.meeting != 0 { features.asksForMeeting = true }
        let asks = flags & RuleTable.asksQuestion != 0, spoils = flags & RuleTable.spoilsQuestion != 0
        guard asks || spoils, !text.sentences.isEmpty else { return }
        let s = min(Int(text.token(Int(start)).sentence), text.sentences.count - 1)
        if asks {
            sentenceAsks[s] = true
            features.question = true
        }
        if spoils { sentenceSpoiled[s] = true }
    }

    /// Widens a match that starts or ends on a function word ("a", "for",
    /// "the") to the nearest content word in the same sentence, so the
    /// evidence is a phrase a person would underline: "Are you free for"
    /// becomes "Are you free for a quick call", "a demo" "book a demo". At
    /// most `EvidenceWords.reach` words each way; a match that cannot reach
    /// a content word is trimmed instead.
    private func wholePhrase(start: Int, end: Int) -> (Int, Int) {
        let n = text.tokenCount
        guard start >= 0, end <= n, start < end else { return (start, end) }
        let sentence = text.token(start).sentence
        var lo = start, hi = end
        var k = 0
        while EvidenceWords.function.contains(text.token(lo).hash) && k < EvidenceWords.reach
            && lo > 0 && text.token(lo - 1).sentence == sentence {
            lo -= 1
            k += 1
        }
        if EvidenceWords.function.contains(text.token(lo).hash) {
            lo = start
            while lo < hi - 1 && EvidenceWords.function.contains(text.token(lo).hash) { lo += 1 }
        }
        k = 0
        while EvidenceWords.function.contains(text.token(hi - 1).hash) && k < EvidenceWords.reach
            && hi < n && text.token(hi).sentence == sentence {
            hi += 1
            k += 1
        }
        if EvidenceWords.function.contains(text.token(hi - 1).hash) {
            hi = min(end, max(lo + 1, hi))
            while hi > lo + 1 && EvidenceWords.function.contains(text.token(hi - 1).hash) { hi -= 1 }
        }
        return (lo, hi)
    }

    /// Whether a negation cue stands within `Negation.reach` words before
    /// token `start`, in the same sentence.
    private func negated(before start: Int32) -> Bool {
        let s = Int(start)
        guard s > 0, s < text.tokenCount else { return false }
        let sentence = text.token(s).sentence
        var i = s - 1
        while i >= max(0, s - Negation.reach) {
            let t = text.token(i)
            if t.sentence != sentence { return false }
            if Negation.cues.contains(t.hash) {
                let undone = (i > 0 && Negation.undoneBefore.contains(text.token(i - 1).hash))
                    || Negation.undoneAfter.contains(text.token(i + 1).hash)
                if !undone { return true }
            }
            i -= 1
        }
        return false
    }

    /// Completes `~` patterns from their segments' hits: each segment after
    /// the previous one, within its gap, in the same sentence.
    ///
    /// Linear in the hits: segment hits are indexed by their first token, so
    /// finding the next segment looks only at the tokens its gap allows
    /// (at most `limit + 1` of them), never at every hit of the text. A
    /// note that repeats one phrase thousands of times costs thousands of
    /// steps, not millions.
    private mutating func chainGaps(field: TextField, book: CompiledRulebook, features: inout TextFeatures) {
        let gaps = book.gaps, flags = book.table.flags
        let ruleCount = Int32(book.count)
        let questionFlags = RuleTable.asksQuestion | RuleTable.spoilsQuestion
        let tokenCount = Int32(text.tokenCount)
        // Local copies (no copying: nothing below writes them), so reading
        // them after each `record` needs no reload through `self`.
        let hits = self.hits, seen = segmentSeen
        let generation = self.generation
        // Built when a pattern first has all its segments: most texts have
        // common-word segments but no pattern complete.
        var indexed = false
        var head: [Int32] = [], order: [Int32] = []
        for first in hits where first.payload >= ruleCount {
            chainSteps &+= 1
            let owner = gaps.owners[Int(first.payload - ruleCount)]
            guard owner.position == 0 else { continue }
            let pattern = gaps.patterns[Int(owner.pattern)]
            let rule = Int(pattern.rule)
            // A rule already matched still marks other sentences as questions
            // or spoils them, so only skip rules that don't.
            if textHit[rule] && flags[rule] & questionFlags == 0 { continue }
            let segments = Int(pattern.first)..<Int(pattern.first + pattern.count)
            // Most first segments are common words; skip unless every segment occurred.
            var allSeen = true
            for k in segments where seen[Int(gaps.segments[k])] != generation {
                allSeen = false
                break
            }
            if !allSeen { continue }
            if !indexed {
                indexSegmentsByStart(ruleCount: ruleCount)
                (head, order) = (segmentHead, segmentOrder)
                indexed = true
            }
            let sentence = text.token(Int(first.start)).sentence
            var end = first.end
            var complete = true
            for k in segments.dropFirst() {
                let want = ruleCount + gaps.segments[k]
                let last = min(tokenCount - 1, end + gaps.limits[k])
                var found: Int32?
                // The earliest-ending hit in the window, as a scan of the
                // hits in order would find.
                var t = end
                while t <= last {
                    for slot in Int(head[Int(t)])..<Int(head[Int(t) + 1]) {
                        chainSteps &+= 1
                        let h = hits[Int(order[slot])]
                        if h.payload == want && h.end < (found ?? .max) && text.token(Int(h.end) - 1).sentence == sentence {
                            found = h.end
                        }
                    }
                    t += 1
                }
                guard let next = found else {
                    complete = false
                    break
                }
                end = next
            }
            if complete && flags[rule] & RuleTable.negatable != 0 && negated(before: first.start) { continue }
            if complete { record(rule, start: first.start, end: end, field: field, flags: flags[rule], features: &features) }
        }
    }

    /// Counting sort of the segment hits by first token, in hit order within
    /// a token (so the earliest-ending hit is found first, as before).
    /// Afterwards the hits starting at token `t < tokenCount` are
    /// `segmentOrder[segmentHead[t]..<segmentHead[t + 1]]`; entries past
    /// those are left over from longer texts.
    private mutating func indexSegmentsByStart(ruleCount: Int32) {
        let n = text.tokenCount
        // Grow-only, as the other buffers, and written through pointers: a
        // text has a few dozen segment hits, and an array's uniqueness
        // check on every increment cost more than the sort itself.
        if segmentHead.count < n + 2 { segmentHead = [Int32](repeating: 0, count: max(n + 2, 2 * segmentHead.count)) }
        if segmentOrder.count < hits.count { segmentOrder = [Int32](repeating: 0, count: max(hits.count, 2 * segmentOrder.count)) }
        hits.withUnsafeBufferPointer { hits in
            segmentHead.withUnsafeMutableBufferPointer { head in
                segmentOrder.withUnsafeMutableBufferPointer { order in
                    for t in 0..<(n + 2) { head[t] = 0 }
                    for h in hits where h.payload >= ruleCount {
                        // The matcher puts every hit inside the text; the
                        // pointers below rely on it.
                        precondition(h.start >= 0 && Int(h.start) < n, "phrase hit outside the text")
                        head[Int(h.start) + 2] += 1
                    }
                    if n > 0 { for t in 2..<(n + 2) { head[t] += head[t - 1] } }
                    for i in 0..<hits.count where hits[i].payload >= ruleCount {
                        let at = Int(hits[i].start) + 1
                        order[Int(head[at])] = Int32(truncatingIfNeeded: i)
                        head[at] += 1
                    }
                }
            }
        }
    }
}
