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
        for r in firedList { fired[Int(r)] = false }
        firedList.removeAll(keepingCapacity: true)
        for r in textList { textHit[Int(r)] = false }
        textList.removeAll(keepingCapacity: true)
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
        hits.removeAll(keepingCapacity: true)
        text.withTokens { matcher.scan($0, into: &hits) }
        var features = TextFeatures()
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
                record(Int(h.payload), start: h.start, end: h.end, field: field, flags: flags[Int(h.payload)], features: &features)
            }
        }
        if segments > 0 { chainGaps(field: field, book: book, features: &features) }
        if wantQuestions {
            let minWords = Int32(clamping: book.settings.questionMinWords)
            for (i, s) in text.sentences.enumerated() where sentenceAsks[i] {
                if s.isQuestion && s.words < minWords { features.shortQuestion = true }
                if !sentenceSpoiled[i] && (s.words >= minWords || !s.isQuestion) { features.genuineQuestion = true }
            }
        }
        return features
    }

    private mutating func record(_ r: Int, start: Int32, end: Int32, field: TextField, flags: UInt8, features: inout TextFeatures) {
        if !textHit[r] {
            textHit[r] = true
            textList.append(Int32(r))
            if let range = text.originalRange(firstToken: Int(start), endToken: Int(end)) {
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

    /// Completes `~` patterns from their segments' hits: each segment after
    /// the previous one, within its gap, in the same sentence.
    private mutating func chainGaps(field: TextField, book: CompiledRulebook, features: inout TextFeatures) {
        let gaps = book.gaps, flags = book.table.flags
        let ruleCount = Int32(book.count)
        let questionFlags = RuleTable.asksQuestion | RuleTable.spoilsQuestion
        for first in hits where first.payload >= ruleCount {
            let owner = gaps.owners[Int(first.payload - ruleCount)]
            guard owner.position == 0 else { continue }
            let pattern = gaps.patterns[Int(owner.pattern)]
            let rule = Int(pattern.rule)
            // A rule already matched still marks other sentences as questions
            // or spoils them, so only skip rules that don't.
            if textHit[rule] && flags[rule] & questionFlags == 0 { continue }
            let segments = Int(pattern.first)..<Int(pattern.first + pattern.count)
            // Most first segments are common words; skip unless every segment occurred.
            if segments.contains(where: { segmentSeen[Int(gaps.segments[$0])] != generation }) { continue }
            let sentence = text.token(Int(first.start)).sentence
            var end = first.end
            var complete = true
            for k in segments.dropFirst() {
                let want = ruleCount + gaps.segments[k]
                let limit = gaps.limits[k]
                var found: Int32?
                for h in hits where h.payload == want && h.start >= end && h.start - end <= limit {
                    if text.token(Int(h.end) - 1).sentence == sentence {
                        found = h.end
                        break
                    }
                }
                guard let next = found else {
                    complete = false
                    break
                }
                end = next
            }
            if complete { record(rule, start: first.start, end: end, field: field, flags: flags[rule], features: &features) }
        }
    }
}
