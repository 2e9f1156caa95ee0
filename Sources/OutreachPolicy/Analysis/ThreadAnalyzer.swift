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
    static func analyze(
        book: CompiledRulebook, inbox: Inbox, state: InboxState, counterpart: PersonRef,
        senderIsOwner: Bool, draft: DraftMessage? = nil, scratch: inout AnalysisScratch
    ) -> ThreadAnalysis {
        let sender: PersonRef = senderIsOwner ? .owner : counterpart
        let recipient: PersonRef = senderIsOwner ? counterpart : .owner
        // Only condition evidence needs the name; most threads never ask.
        var recipientName: String?
        let threshold = book.settings.threadThreshold
        let connectedAt = state.connectedSince.indices.contains(Int(counterpart.index)) ? state.connectedSince[Int(counterpart.index)] : nil
        let events = inbox.events

        // When each like or comment starts to count: a comment at once, a
        // like only after the lead time (a like right before a pitch is not
        // getting to know someone).
        var engagement = scratch.takeEngagement()
        defer { scratch.returnEngagement(engagement) }
        let lead = Int64(book.settings.engagementLeadMinutes * 60_000)
        if state.activity.indices.contains(Int(counterpart.index)) {
            for i in state.activity[Int(counterpart.index)] {
                let type = events[Int(i)].type
                guard type == .like || type == .comment, events[Int(i)].actor == sender, events[Int(i)].subject == recipient else { continue }
                engagement.append(events[Int(i)].at.milliseconds + (type == .like ? lead : 0) + 1)
            }
            engagement.sort()
        }

        var messages: [Int32] = state.thread(with: counterpart)?.messages ?? []
        if let draft { messages = messages.filter { events[Int($0)].at <= draft.at } }
        let total = messages.count + (draft == nil ? 0 : 1)

        var ctx = MessageContext()
        ctx.unanswered = 0
        var senderCount = 0
        var firstFromSender: Bool?
        var lastSenderAt: Timestamp?
        var engaged = 0
        var score = 0.0
        scratch.beginThread()
        var findings: [Finding] = []
        var stages: [Stage] = []
        var broken: UInt8 = 0
        var messageStages: [Int: [Stage]] = [:]
        var flaggedAt: ThreadVerdict.Moment?
        var analysis = ThreadAnalysis(verdict: ThreadVerdict(
            counterpart: counterpart, flagged: false, score: 0, threshold: threshold, stages: [], brokenRules: [],
            findings: [], messageStages: [:], flaggedAt: nil))

        for k in 0..<total {
            let isDraft = k == messages.count
            let eventIndex: Int? = isDraft ? nil : Int(messages[k])
            let text: String, at: Timestamp, fromSender: Bool
            if let eventIndex {
                text = events[eventIndex].text
                at = events[eventIndex].at
                fromSender = events[eventIndex].actor == sender
            } else {
                guard let draft else { break }
                text = draft.text
                at = draft.at
                fromSender = true
            }
            if firstFromSender == nil { firstFromSender = fromSender }
            scratch.reset()
            let features = scratch.scan(text, field: .body, matcher: book.body, book: book)

            guard fromSender else {
                ctx.recipientReplies += 1
                ctx.unanswered = 0
                if features.asksForMeeting { ctx.recipientRequestedMeeting = true }
                if features.question { ctx.recipientAskedQuestion = true }
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
            scratch.evaluate(book.thread, context: ctx)

            // Stages as bits in ladder order: bit k is Stage.allCases[k].
            var here: UInt8 = 0
            for r32 in scratch.firedList {
                let r = Int(r32)
                let s = book.scores[r]
                guard s != 0 else { continue }
                if s > 0 { here |= book.stageBits[r] }
                let first = !scratch.counted(r)
                guard first || isDraft else { continue }
                if recipientName == nil { recipientName = inbox.person(recipient).firstName }
                let finding = Finding(
                    rule: book.ids[r], score: s, category: book.categories[r], eventIndex: eventIndex, at: at,
                    evidence: evidenceText(scratch.resolvedEvidence(r), text: text, context: ctx, recipient: recipientName ?? ""))
                if isDraft { analysis.draftFindings.append(finding) }
                if first {
                    scratch.count(r)
                    score += s
                    findings.append(finding)
                    if s > 0 { broken |= book.breakBits[r] }
                }
            }
            if here != 0 {
                let list = Stage.allCases.enumerated().filter { here & (1 << $0.offset) != 0 }.map(\.element)
                for stage in list where !stages.contains(stage) { stages.append(stage) }
                if let eventIndex { messageStages[eventIndex] = list }
            }
            if flaggedAt == nil && roundScore(score) >= threshold { flaggedAt = ThreadVerdict.Moment(eventIndex: eventIndex, at: at) }
            if isDraft { analysis.draftContext = ctx }
            if features.genuineQuestion { ctx.askedGenuineQuestionBefore = true }
            lastSenderAt = at
            senderCount += 1
        }

        let final = roundScore(score)
        let flagged = final >= threshold
        analysis.verdict = ThreadVerdict(
            counterpart: counterpart, flagged: flagged, score: final, threshold: threshold, stages: stages,
            brokenRules: ArticleRule.allCases.enumerated().filter { broken & (1 << $0.offset) != 0 }.map(\.element),
            findings: findings, messageStages: messageStages,
            flaggedAt: flagged ? flaggedAt : nil)
        return analysis
    }

    static func evidenceText(_ source: EvidenceSource, text: String, context: MessageContext, recipient: String) -> String {
        switch source {
        case .none, .meta: return ""
        case .text(_, let range): return quote(text, range)
        case .condition(let c): return context.evidence(for: c, recipient: recipient)
        }
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
