import InboxModel
import OutreachPolicy
import ScreenKit
import Shared

/// A demo as plain text, event by event: the day, what happened, the
/// stages it hit, the score after it, and its caption (or narration).
/// For CI, slides and pipes; every line is sanitised, since fixture text
/// is untrusted and may carry terminal escapes.
public enum DemoTranscript {
    static let width = 76

    /// What the transcript says, before it is laid out as text or Markdown.
    struct Document {
        var title: String
        var about: String
        var entries: [Entry]
        var summary: [[String]]
    }

    /// One event: its header, the quoted text, the policy's facts, the subtitle.
    struct Entry {
        var header: String
        /// The message, note or post, unquoted; nil when there is none.
        var quote: String?
        /// Shown instead of a quote ("(no note)").
        var aside: String?
        /// "Stages: …", "Invitation: …", "Score: …"; `wraps` for the long ones.
        var facts: [(text: String, wraps: Bool)]
        var subtitle: String
    }

    public static func render(_ inbox: Inbox, title: String? = nil, policy: Policy = Policy()) -> String {
        let doc = document(inbox, title: title, policy: policy)
        var out: [String] = [doc.title, doc.about]
        for e in doc.entries {
            out.append("")
            out.append(e.header)
            if let quote = e.quote { out += wrap("“" + quote + "”", first: "    ", rest: "     ") }
            if let aside = e.aside { out.append("    " + aside) }
            for fact in e.facts {
                out += fact.wraps ? wrap(fact.text, first: "  ", rest: "    ") : ["  " + fact.text]
            }
            out += wrap(e.subtitle, first: "  » ", rest: "    ")
        }
        out.append("")
        out.append("Summary")
        for lines in doc.summary {
            out += lines.enumerated().map { ($0.offset == 0 ? "  " : "    ") + $0.element }
        }
        return out.map { TerminalText.sanitize($0) }.joined(separator: "\n") + "\n"
    }

    static func document(_ inbox: Inbox, title: String?, policy: Policy) -> Document {
        let demo = DemoState(inbox: inbox, title: title)
        var names = demo.focus.prefix(3).map { inbox.person($0).name }
        if demo.focus.count > 3 { names.append("\(demo.focus.count - 3) more") }
        var about = "\(inbox.owner.name)'s inbox · \(inbox.events.count) event\(inbox.events.count == 1 ? "" : "s")"
        if !names.isEmpty { about += " · " + (demo.layout == .sideBySide ? "side by side: " + names.joined(separator: " and ") : "following " + (names.count > 1 ? names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "") : names.joined())) }

        var entries: [Entry] = []
        for (i, e) in inbox.events.enumerated() {
            let state = InboxState(inbox: inbox, upTo: i + 1, time: e.at)
            var entry = Entry(header: header(i, in: inbox, demo: demo), facts: [], subtitle: "")
            (entry.quote, entry.aside) = body(e, in: inbox)
            let person = e.counterpart
            let thread = person.flatMap { p in state.thread(with: p) != nil ? policy.judgeThread(with: p, in: inbox, state: state) : nil }
            let invitation = e.type == .invite ? person.flatMap { policy.judgeInvitation(from: $0, in: inbox, state: state) } : nil
            if e.type == .message, !e.actor.isOwner, let thread {
                entry.facts.append(("Stages: " + stages(thread.stages(atEvent: i), sofar: thread.stages), false))
            }
            if let invitation { entry.facts += invitationLines(invitation) }
            if demo.layout == .sideBySide {
                let scores = demo.focus.map { p in scoreText(policy.judgeThread(with: p, in: inbox, state: state), name: inbox.person(p).firstName, at: i) }
                entry.facts.append(("Scores: " + scores.joined(separator: " | "), false))
            } else if e.type == .message, let thread {
                entry.facts.append(("Score: " + scoreText(thread, name: nil, at: i), false))
            }
            let context = DemoNarration.Context(thread: thread, invitation: invitation, namePerson: demo.layout == .sideBySide)
            entry.subtitle = DemoNarration.subtitle(for: i, in: inbox, demo: demo, context: context)
            entries.append(entry)
        }

        let end = inbox.state(at: inbox.events.last?.at ?? inbox.now)
        let outcomes = demo.focus.map { summary($0, in: inbox, state: end, demo: demo, policy: policy) }
        return Document(title: demo.title, about: about, entries: entries, summary: outcomes)
    }

    /// "Day 4 · Thu Mar 5 10:00 · Everett Vance writes to Robin".
    static func header(_ i: Int, in inbox: Inbox, demo: DemoState) -> String {
        let e = inbox.events[i]
        let day = demo.day(of: e.at)
        let when = (day >= 1 ? DemoClockText.day(day) + " · " : "") + DemoClockText.date(e.at)
        return when + " · " + what(e, in: inbox)
    }

    static func what(_ e: Event, in inbox: Inbox) -> String {
        let owner = inbox.owner.firstName
        let actor = e.actor.isOwner ? owner : inbox.person(e.actor).name
        let subject = e.subject.isOwner ? owner : inbox.person(e.subject).name
        switch e.type {
        case .message: return "\(actor) writes to \(subject)"
        case .invite: return "\(actor) invites \(subject) to connect"
        case .accept: return "\(actor) accepts \(subject)'s invitation"
        case .ignore: return "\(actor) ignores \(subject)'s invitation"
        case .post: return "\(actor) posts"
        case .like: return "\(actor) likes \(e.subject.isOwner ? owner + "'s" : "a") post"
        case .comment: return "\(actor) comments on \(e.subject.isOwner ? owner + "'s" : "a") post"
        }
    }

    /// The quoted text of an event, or an aside when a note is missing.
    static func body(_ e: Event, in inbox: Inbox) -> (quote: String?, aside: String?) {
        switch e.type {
        case .message, .post, .comment:
            return (e.text.isEmpty ? nil : e.text, nil)
        case .invite:
            return e.text.isEmpty ? (nil, "(no note)") : (e.text, nil)
        case .like:
            return (e.post.map { inbox.post($0).text.terminalSafe.truncated(toWidth: 60) }, nil)
        case .accept, .ignore:
            return (nil, nil)
        }
    }

    static func stages(_ here: [Stage], sofar: [Stage]) -> String {
        let now = here.isEmpty ? "none" : here.map(\.rawValue).joined(separator: ", ")
        return sofar.isEmpty ? now : now + " (so far: " + sofar.map(\.rawValue).joined(separator: " → ") + ")"
    }

    /// "3.5 / 5.0", "9.5 / 5.0 · FLAGGED here", "Blake 6.5 / 5.0 flagged".
    static func scoreText(_ v: ThreadVerdict, name: String?, at i: Int) -> String {
        var s = (name.map { $0 + " " } ?? "") + Findings.format(v.score) + " / " + Findings.format(v.threshold)
        if v.flaggedAt?.eventIndex == i {
            s += " · FLAGGED here"
        } else if v.flagged {
            s += " · flagged"
        }
        return s
    }

    static func invitationLines(_ v: InvitationVerdict) -> [(text: String, wraps: Bool)] {
        var lines: [(text: String, wraps: Bool)] = []
        if v.decision == .accept {
            lines.append(("Invitation: accept", false))
        } else {
            lines.append(("Invitation: ignore (" + v.reasons.map(\.rawValue).joined(separator: ", ") + ")", false))
        }
        let weak = v.signals.filter(\.weak).map(\.sentence)
        if !weak.isEmpty { lines.append(("Warning signs: " + weak.joined(separator: "; "), true)) }
        return lines
    }

    /// A focus person's outcome: a headline, then details.
    static func summary(_ p: PersonRef, in inbox: Inbox, state: InboxState, demo: DemoState, policy: Policy) -> [String] {
        let person = inbox.person(p)
        if state.thread(with: p) == nil {
            guard let v = policy.judgeInvitation(from: p, in: inbox, state: state) else { return ["\(person.name): nothing happened"] }
            let outcome: String
            switch state.invitation(with: p)?.status {
            case .accepted: outcome = "accepted"
            case .ignored: outcome = "ignored"
            case .pending, nil: outcome = "pending"
            }
            return ["\(person.name): invitation \(outcome); the policy says \(v.decision.rawValue)"
                + (v.reasons.isEmpty ? "" : " (" + v.reasons.map(\.rawValue).joined(separator: ", ") + ")")]
        }
        let v = policy.judgeThread(with: p, in: inbox, state: state)
        var line = "\(person.name): " + (v.flagged ? "flagged" : "not flagged") + ", score " + Findings.format(v.score) + " / " + Findings.format(v.threshold)
        if let moment = v.flaggedAt { line += ", crossed on " + DemoTimeline.stamp(moment.at, demo: demo) }
        var lines = [line]
        if !v.stages.isEmpty { lines.append("stages: " + v.stages.map(\.rawValue).joined(separator: " → ")) }
        lines.append("rules broken: " + (v.brokenRules.isEmpty ? "none" : v.brokenRules.map { $0.title.lowercased() }.joined(separator: ", ")))
        return lines
    }

    /// Sanitised, wrapped to the transcript's width with the given indents.
    static func wrap(_ text: String, first: String, rest: String) -> [String] {
        let safe = TerminalText.sanitize(text, .multiLine)
        let lines = safe.wrapped(toWidth: max(20, width - first.count))
        return lines.enumerated().map { ($0.offset == 0 ? first : rest) + $0.element }
    }
}
