import InboxModel

/// A message the coach adds to the end of a thread, as if sent by the owner.
struct DraftMessage {
    var text: String
    var at: Timestamp
}

/// What judging one direction of a thread produced, with the last
/// message's details for the coach.
struct ThreadAnalysis {
    var verdict: ThreadVerdict
    /// Every scored rule that fired on the draft (repeats of earlier hits
    /// included), when there was one.
    var draftFindings: [Finding] = []
    var draftContext: MessageContext?
}

/// Judges the messages one party (the sender) sent the other in one
/// thread, walking the timeline message by message: each message is scanned
/// once, its rules fired with the timeline as it stood then, and each
/// scored rule counted once per thread at the message where it first fired.
enum ThreadAnalyzer {
    /// `recipientName`, when the caller knows it, is the first name of the
    /// messages' recipient (shared by every thread of an inbox). `thread`,
    /// when the caller has it at hand, is the counterpart's thread: looking
    /// it up again is a cache miss per thread. With `scans`, `names` are
    /// the rule names quoting `scans.texts`.
    static func analyze(
        book: CompiledRulebook, inbox: Inbox, state: InboxState, counterpart: PersonRef, thread: MessageThread? = nil,
        senderIsOwner: Bool, draft: DraftMessage? = nil, recipientName: String? = nil, scans: MessageScans? = nil, firstSlot: Int = 0,
        names: RuleNames? = nil, learned: LearnedRule? = nil, memo: EvaluationMemo? = nil, scratch: inout AnalysisScratch
    ) -> ThreadAnalysis {
        inbox.events.withUnsafeBufferPointer { events in
            analyze(
                book: book, inbox: inbox, events: events, state: state, counterpart: counterpart, thread: thread,
                senderIsOwner: senderIsOwner, draft: draft, recipientName: recipientName, scans: scans, firstSlot: firstSlot,
                names: names, learned: learned, memo: memo, scratch: &scratch)
        }
    }

    // Events are read through a pointer: copying an `Event` out of the
    // log retains its strings, and this runs for every message.
    private static func analyze(
        book: CompiledRulebook, inbox: Inbox, events: UnsafeBufferPointer<Event>, state: InboxState, counterpart: PersonRef,
        thread: MessageThread?, senderIsOwner: Bool, draft: DraftMessage?, recipientName: String?, scans: MessageScans?, firstSlot: Int,
        names: RuleNames?, learned: LearnedRule?, memo: EvaluationMemo?, scratch: inout AnalysisScratch
    ) -> ThreadAnalysis {
        let sender: PersonRef = senderIsOwner ? .owner : counterpart
        let recipient: PersonRef = senderIsOwner ? counterpart : .owner
        let threshold = book.settings.threadThreshold
        // A group conversation or sponsored InMail is shown, not judged as
        // one person's outreach to another.
        // Only the kind is read: copying the whole person retains its strings.
        let kind = inbox.people[Int(counterpart.index)].kind
        guard kind == .person else {
            var verdict = ThreadVerdict(
                counterpart: counterpart, flagged: false, score: 0, threshold: threshold, stages: [], brokenRules: [],
                findings: .empty, messageStages: .empty, flaggedAt: nil, recipient: "")
            verdict.notJudged = kind
            return ThreadAnalysis(verdict: verdict)
        }
        let person = Int(counterpart.index)
        let connectedAt = state.connectedSince.indices.contains(person) ? state.connectedSince[person] : nil
        let table = book.table

        // When each like or comment starts to count: a comment at once, a
        // like only after the lead time (a like right before a pitch is not
        // getting to know someone).
        var engagement = scratch.takeEngagement()
        defer { scratch.returnEngagement(engagement) }
        if state.activity.indices.contains(person) {
            // The log pass has gathered the likes and comments on the
            // owner's posts, with these same times, in order; asking it
            // spares reading the person's activity and every event on it.
            if let scans, recipient == .owner && sender != .owner {
                engagement.append(contentsOf: scans.engagementTimes(of: person))
            } else {
                let settings = book.settings
                for i in state.activity[person] {
                    let e = Int(i)
                    let type = events[e].type
                    guard type == .like || type == .comment, events[e].actor == sender, events[e].subject == recipient,
                          let start = settings.engagementStart(isLike: type == .like, at: events[e].at, text: events[e].text)
                    else { continue }
                    engagement.append(start)
                }
                engagement.sort()
            }
        }

        var messages: [Int32] = (thread ?? state.thread(with: counterpart))?.messages ?? []
        if let draft { messages = messages.filter { events[Int($0)].at <= draft.at } }
        let total = messages.count + (draft == nil ? 0 : 1)

        var ctx = MessageContext()
        ctx.engagementKnown = inbox.engagementKnown
        ctx.unanswered = 0
        var senderCount = 0
        var firstFromSender: Bool?
        var lastSenderAt: Timestamp?
        var engaged = 0
        var score = 0.0
        scratch.beginThread()
        var findings: [PackedFinding] = []
        var stagesSeen: UInt8 = 0
        var stages: [Stage] = []
        var broken: UInt8 = 0
        var messageStages: [MessageStage] = []
        var flaggedAt: ThreadVerdict.Moment?
        var draftFindings: [PackedFinding] = []
        var draftContext: MessageContext?
        // Per sender message, for judging a turn: what it added to the score
        // (timeline credits left out) and whether it pitched or pushed. One
        // list sized once, rather than four grown message by message.
        var steps: [SenderStep] = []
        steps.reserveCapacity(total)
        scratch.learned = learned?.model
        var learnedTally = LearnedRule.Tally()
        var lastSenderEvent: Int?

        // An invitation the recipient sent with a note that asks for
        // something opened the conversation ("Could I see a demo of your
        // ordering module?"): what the sender writes after it answers a
        // request. A note that only greets ("glad to stay in touch") asks
        // for nothing, and writing minutes later is still no answer to it.
        if let invitation = state.invitation(with: counterpart), invitation.from == recipient, invitation.to == sender,
           events.indices.contains(invitation.event), !events[invitation.event].text.isEmpty,
           messages.first.map({ invitation.at <= events[Int($0)].at }) ?? (draft.map { invitation.at <= $0.at } ?? false) {
            scratch.reset()
            let note = scratch.scan(events[invitation.event].text, field: .body, matcher: book.body, book: book)
            if note.question || note.asksForMeeting {
                ctx.heard(from: note, matched: scratch.textList, table: table)
                firstFromSender = false
            }
        }

        for k in 0..<total {
            let isDraft = k == messages.count
            let eventIndex: Int? = isDraft ? nil : Int(messages[k])
            let at: Timestamp, fromSender: Bool
            let features: TextFeatures
            // The message's text in `scans.texts`, when it was scanned there.
            var text: Int32 = -1
            scratch.reset()
            if let eventIndex {
                if let scans, let entry = scans.entry(slot: firstSlot + k, event: eventIndex) {
                    at = Timestamp(milliseconds: entry.at)
                    fromSender = entry.actor == sender.index
                    features = entry.features
                    if names != nil { text = entry.text }
                    scratch.restore(entry, from: scans)
                } else {
                    at = events[eventIndex].at
                    fromSender = events[eventIndex].actor == sender
                    features = scratch.scan(events[eventIndex].text, field: .body, matcher: book.body, book: book)
                }
            } else {
                guard let draft else { break }
                at = draft.at
                fromSender = true
                features = scratch.scan(draft.text, field: .body, matcher: book.body, book: book)
            }
            if firstFromSender == nil { firstFromSender = fromSender }

            guard fromSender else {
                ctx.heard(from: features, matched: scratch.textList, table: table)
                continue
            }
            while engaged < engagement.count && engagement[engaged] <= at.milliseconds { engaged += 1 }
            ctx.isSendersFirst = senderCount == 0
            ctx.senderInitiated = firstFromSender == true
            ctx.recipientInitiated = firstFromSender == false
            ctx.unanswered += 1
            ctx.engagementBefore = engaged
            if let c = connectedAt, c <= at {
                ctx.secondsSinceConnected = c.seconds(until: at)
            } else {
                ctx.secondsSinceConnected = nil
            }
            ctx.secondsSincePrevious = lastSenderAt.map { $0.seconds(until: at) }
            ctx.features = features
            if let memo { memo.evaluate(&scratch, context: ctx) } else { scratch.evaluate(book.thread, context: ctx) }

            // Stages as bits in ladder order: bit k is Stage.allCases[k].
            var here: UInt8 = 0
            var addedHere = 0.0
            for r32 in scratch.firedList {
                let r = Int(r32)
                let s = table.scores[r]
                guard s != 0 else { continue }
                if s > 0 { here |= table.stageBits[r] }
                let first = !scratch.counted(r)
                guard first || isDraft else { continue }
                let source = scratch.resolvedEvidence(r)
                var finding = pack(r, source: source, eventIndex: eventIndex, at: at, context: ctx)
                if finding.kind == .quote {
                    if text >= 0 {
                        finding.kind = .messageQuote
                        finding.number = Int64(text)
                    } else {
                        finding.source = eventIndex.map { events[$0].text } ?? draft?.text ?? ""
                    }
                }
                if isDraft { draftFindings.append(finding) }
                if first {
                    scratch.count(r)
                    score += s
                    if table.flags[r] & RuleTable.timelineCredit == 0 { addedHere += s }
                    findings.append(finding)
                    if s > 0 { broken |= table.breakBits[r] }
                }
            }
            if here != 0 {
                let fresh = here & ~stagesSeen
                if fresh != 0 {
                    stages += Stage.list(bits: fresh)
                    stagesSeen |= fresh
                }
                if let eventIndex { messageStages.append(MessageStage(eventIndex: Int32(truncatingIfNeeded: eventIndex), bits: here)) }
            }
            if flaggedAt == nil && roundScore(score) >= threshold { flaggedAt = ThreadVerdict.Moment(eventIndex: eventIndex, at: at) }
            steps.append(SenderStep(
                added: addedHere, moment: ThreadVerdict.Moment(eventIndex: eventIndex, at: at),
                turn: here & Self.turnBits != 0, reachedStage: here != 0))
            if isDraft { draftContext = ctx }
            // A question asked alongside a pitch earns no shield for the
            // follow-ups that come after it.
            if features.genuineQuestion && here & Self.pitchBit == 0 { ctx.askedGenuineQuestionBefore = true }
            if here & Self.pitchBit != 0 { ctx.pitchedBefore = true }
            if let learned { learnedTally.add(features.learned, weights: learned.model.weights) }
            lastSenderEvent = eventIndex
            lastSenderAt = at
            senderCount += 1
        }

        if let learned, let at = lastSenderAt {
            learned.apply(
                learnedTally, eventIndex: lastSenderEvent, at: at, threshold: threshold,
                score: &score, findings: &findings, broken: &broken, flaggedAt: &flaggedAt)
        }

        // Only timeline evidence needs the name; most threads never ask.
        var name = ""
        if findings.contains(where: { $0.kind == .timeline }) || draftFindings.contains(where: { $0.kind == .timeline }) {
            name = recipientName ?? inbox.person(recipient).firstName
        }
        var final = roundScore(score)
        var flagged = final >= threshold
        // A turn: the sender's first pitch or push after an opening that
        // pitched nothing. Credits the timeline earned before it (a reply,
        // engagement, a long connection) explain the opening, not the turn,
        // so the thread is also judged from that message on without them.
        if !flagged, let k = steps.firstIndex(where: \.turn), k > 0 {
            var tail = 0.0
            for j in k..<steps.count {
                tail += steps[j].added
                if roundScore(tail) >= threshold && !flagged {
                    flagged = true
                    flaggedAt = steps[j].moment
                }
            }
            if flagged { final = max(final, roundScore(tail)) }
        }
        var turnedAt: ThreadVerdict.Moment?
        if flagged, steps.first?.reachedStage == false, let k = steps.firstIndex(where: \.reachedStage) { turnedAt = steps[k].moment }
        let names = names ?? learned?.names ?? book.names
        var verdict = ThreadVerdict(
            counterpart: counterpart, flagged: flagged, score: final, threshold: threshold, stages: stages,
            brokenRules: ArticleRule.list(bits: broken),
            findings: findings.isEmpty ? .empty : .packed(findings, names),
            messageStages: messageStages.isEmpty ? .empty : .packed(messageStages),
            flaggedAt: flagged ? flaggedAt : nil, recipient: name, engagementKnown: inbox.engagementKnown)
        verdict.turnedAt = turnedAt
        let context = PackedFinding.Context(recipient: name)
        return ThreadAnalysis(
            verdict: verdict, draftFindings: draftFindings.map { $0.finding(names: names, context: context) },
            draftContext: draftContext)
    }

    /// One of the sender's messages as the turn rule reads it.
    private struct SenderStep {
        var added: Double
        var moment: ThreadVerdict.Moment
        var turn: Bool
        var reachedStage: Bool
    }

    static let pitchBit: UInt8 = {
        var bits: UInt8 = 0
        for (k, s) in Stage.allCases.enumerated() where s == .pitch { bits |= 1 << k }
        return bits
    }()

    /// Stages that make a turn: a pitch, or pushing (a nudge).
    static let turnBits: UInt8 = {
        var bits: UInt8 = 0
        for (k, s) in Stage.allCases.enumerated() where s == .pitch || s == .nudge { bits |= 1 << k }
        return bits
    }()

    /// A fired rule's finding, with its evidence kept as where it comes
    /// from; a quote's `source` text is for the caller to fill in.
    static func pack(
        _ r: Int, source: EvidenceSource, eventIndex: Int?, at: Timestamp, context: MessageContext
    ) -> PackedFinding {
        var f = PackedFinding(rule: r, eventIndex: eventIndex, at: at)
        switch source {
        case .none, .meta:
            break
        case .text(_, let range):
            f.kind = .quote
            f.lo = Int32(truncatingIfNeeded: range.lowerBound)
            f.hi = Int32(truncatingIfNeeded: range.upperBound)
        case .condition(let c):
            f.kind = .timeline
            f.lo = PackedFinding.index(of: c.predicate)
            f.hi = c.value != 0 ? 1 : 0
            if let n = context.evidenceNumber(for: c.predicate) {
                f.number = n
                f.hasNumber = true
            }
        }
        return f
    }
}

/// The bytes `range` of `text`, as written.
func quote(_ text: String, _ range: Range<Int>) -> String {
    let utf8 = text.utf8
    guard range.lowerBound >= 0, range.upperBound <= utf8.count else { return "" }
    let lo = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let hi = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
    return String(decoding: utf8[lo..<hi], as: UTF8.self)
}

