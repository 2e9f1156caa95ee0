import InboxModel
import OutreachPolicy

/// The subtitle under a demo: the event's caption, or a sentence written
/// from what the policy found ("Day 4: a Zoom ask with no stated purpose.
/// Would anyone do this face to face?").
public enum DemoNarration {
    /// What the policy thought right after an event, for narrating it.
    public struct Context: Sendable {
        /// The verdict on the thread with the event's person, after the event.
        public var thread: ThreadVerdict?
        /// The verdict on the person's invitation, for `invite` events.
        public var invitation: InvitationVerdict?
        /// Name the person in the sentence (when two stories run side by side).
        public var namePerson: Bool

        public init(thread: ThreadVerdict?, invitation: InvitationVerdict?, namePerson: Bool) {
            self.thread = thread
            self.invitation = invitation
            self.namePerson = namePerson
        }
    }

    /// The caption of event `index`, or a generated sentence when it has none.
    public static func subtitle(for index: Int, in inbox: Inbox, demo: DemoState, context: Context) -> String {
        let e = inbox.events[index]
        if let caption = e.caption, !caption.isEmpty { return caption }
        return narrate(index, in: inbox, demo: demo, context: context)
    }

    /// A sentence about event `index` from its type and the policy's findings.
    public static func narrate(_ index: Int, in inbox: Inbox, demo: DemoState, context: Context) -> String {
        let e = inbox.events[index]
        let owner = inbox.owner.firstName
        let who = e.counterpart.map { inbox.person($0).firstName } ?? owner
        let day = demo.day(of: e.at)
        var lead = day >= 1 ? DemoClockText.day(day) : ""
        if context.namePerson, e.counterpart != nil, e.type == .message, !e.actor.isOwner {
            lead += lead.isEmpty ? who : ", " + who
        }
        let body: String
        switch e.type {
        case .message where e.actor.isOwner:
            body = "\(owner) writes to \(who)."
        case .message:
            return join(lead, message(index, text: e.text, who: who, verdict: context.thread))
        case .invite:
            let sender = e.actor.isOwner ? owner : who
            let note = e.text.isEmpty ? "with no note" : "with a note"
            body = "\(sender) sends an invitation, \(note)." + (context.invitation.map { " " + recommendation($0) } ?? "")
        case .accept:
            body = e.actor.isOwner ? "\(owner) accepts \(who)'s invitation." : "\(who) accepts \(owner)'s invitation."
        case .ignore:
            body = e.actor.isOwner ? "\(owner) ignores \(who)'s invitation." : "\(who) ignores \(owner)'s invitation."
        case .post:
            body = "\(e.actor.isOwner ? owner : who) posts."
        case .like:
            body = "\(who) likes \(owner)'s post."
        case .comment:
            body = "\(who) comments on \(owner)'s post."
        }
        return join(lead, body)
    }

    private static func join(_ lead: String, _ body: String) -> String {
        lead.isEmpty ? body.capitalizedFirst : lead + ": " + body
    }

    /// What the message did by the policy's lights, worst first.
    private static func message(_ index: Int, text: String, who: String, verdict: ThreadVerdict?) -> String {
        guard let verdict else { return "\(who) writes." }
        let here = verdict.findings.filter { $0.eventIndex == index }
        let stages = verdict.stages(atEvent: index)
        var parts: [String] = []
        for stage in stages {
            parts.append(phrase(for: stage, findings: here, text: text))
        }
        for f in here where f.score > 0 && f.category.stage == nil {
            parts.append(phrase(for: f))
        }
        let credits = here.filter { $0.score < 0 }.map(phrase(for:))
        var sentence: String
        if parts.isEmpty {
            sentence = credits.isEmpty ? "\(who) writes. Nothing thirsty here." : list(credits) + ". Nothing thirsty here."
        } else {
            sentence = list(unique(parts)) + "."
        }
        if verdict.flaggedAt?.eventIndex == index {
            sentence += " The thread is now flagged: score \(score(verdict.score)) of \(score(verdict.threshold))."
        }
        if !stages.isEmpty { sentence += " Would anyone do this face to face?" }
        return sentence
    }

    private static func phrase(for stage: Stage, findings: [Finding], text: String) -> String {
        switch stage {
        case .flattery:
            return "flattery for someone they have never met"
        case .meeting:
            let what = text.lowercased().contains("zoom") ? "a Zoom ask" : "a call ask"
            return findings.contains { $0.rule == "MEETING_NO_PURPOSE" } ? what + " with no stated purpose" : what
        case .nudge:
            return "a nudge about an unanswered message"
        case .pitch:
            if findings.contains(where: { $0.rule == "PITCH_INVESTMENT" }) { return "an ask for money" }
            if findings.contains(where: { $0.rule == "PITCH_MENTORSHIP" }) { return "an ask for mentoring and introductions" }
            if findings.contains(where: { $0.rule == "PITCH_SALES" }) { return "a sales pitch" }
            return "the pitch"
        }
    }

    private static let phrases: [String: String] = [
        "RELAX_MESSAGED_RIGHT_AWAY": "a message within a day of connecting, with no engagement first",
        "RELAX_FIRST_WEEK": "a message in the first week, with no engagement first",
        "VALUE_ASK_WITHOUT_VALUE": "an ask with nothing to offer",
        "VALUE_VAGUE_COLLABORATION": "vague talk of collaboration",
        "VALUE_NOTHING_TO_SAY": "no question, no offer, no purpose",
        "SINCERE_TEMPLATE": "template phrasing",
        "CREDIT_ENGAGED_FIRST": "engaged with the posts first",
        "CREDIT_ENGAGED_OFTEN": "engaged with the posts again and again first",
        "CREDIT_RECIPIENT_REPLIED": "part of a real conversation",
        "CREDIT_RECIPIENT_STARTED": "an answer to a message",
        "CREDIT_MEETING_REQUESTED": "the call was asked for",
        "CREDIT_ANSWERS_QUESTION": "an answer to a question",
        "CREDIT_PURPOSE_STATED": "a stated purpose",
        "CREDIT_GENUINE_QUESTION": "a genuine question",
        "CREDIT_CONCRETE_OFFER": "something concrete to offer",
        "CREDIT_LONG_CONNECTION": "an old connection",
    ]

    /// A rule's phrase; unknown rules (from a custom rulebook) by their id.
    private static func phrase(for f: Finding) -> String {
        phrases[f.rule] ?? f.rule.lowercased().replacingUnderscores
    }

    private static func recommendation(_ v: InvitationVerdict) -> String {
        guard v.decision == .ignore else { return "The policy says accept." }
        let why = v.reasons.map { reason -> String in
            switch reason {
            case .fake: return "the profile looks fake"
            case .inappropriate: return "the note is inappropriate"
            }
        }
        return "The policy says ignore: " + (why.isEmpty ? "too many warning signs" : list(why)) + "."
    }

    static func score(_ x: Double) -> String { Findings.format(x) }

    private static func unique(_ parts: [String]) -> [String] {
        var seen = Set<String>()
        return parts.filter { seen.insert($0).inserted }
    }

    /// "a, b and c".
    private static func list(_ parts: [String]) -> String {
        switch parts.count {
        case 0: return ""
        case 1: return parts[0]
        default: return parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "")
        }
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
