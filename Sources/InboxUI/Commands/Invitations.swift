import InboxModel

extension AppState {
    /// `a` / `i`: the owner decides the selected invitation; the decision is
    /// appended to the event log at the simulated now.
    mutating func decide(accept: Bool) -> [Effect] {
        guard view == .invitations else {
            status = StatusLine("\(accept ? "Accept" : "Ignore") works on invitations (press 1)")
            return []
        }
        guard let person = selectedPerson, let invitation = folded.invitation(with: person), invitation.isPending else {
            status = StatusLine("No pending invitation selected")
            return []
        }
        return [.persist(decision(accept ? .accept : .ignore, from: invitation.from))]
    }

    /// `A`: ask before applying the policy's recommendation to every pending invitation.
    mutating func askApplyPolicy() {
        let pending = rows.invitations.map { folded.invitations[$0] }
        guard !pending.isEmpty else {
            status = StatusLine("No pending invitations")
            return
        }
        let ignore = pending.filter { analysis.recommendsIgnore($0.from) }.count
        mode = .confirm(.applyPolicyToAll(accept: pending.count - ignore, ignore: ignore))
    }

    mutating func confirm(_ yes: Bool) -> [Effect] {
        guard case .confirm(let question) = mode else { return [] }
        if question == .sendFlagged {
            guard yes else {
                mode = .compose
                status = StatusLine("Not sent; the draft is still open")
                return []
            }
            return sendCompose()
        }
        mode = .list
        guard yes else {
            status = StatusLine("Nothing changed")
            return []
        }
        switch question {
        case .sendFlagged:
            return []
        case .applyPolicyToAll:
            var effects: [Effect] = []
            for row in rows.invitations {
                let inv = folded.invitations[row]
                guard inv.isPending else { continue }
                let ignore = analysis.recommendsIgnore(inv.from)
                effects.append(.persist(decision(ignore ? .ignore : .accept, from: inv.from)))
            }
            batch = BatchProgress(remaining: effects.count)
            return effects
        }
    }

    /// The owner's decision on `from`'s invitation, at the session's time.
    func decision(_ type: EventType, from: PersonRef) -> Event {
        Event(type: type, at: session.time, actor: .owner, subject: from)
    }

    /// The journal has an action: now it happens on screen.
    mutating func persisted(_ event: Event) -> [Effect] {
        if event.type == .message, let c = compose, c.person == event.subject { return sent(c, event: event) }
        guard let stored = append(event) else { return [] }
        undoable.append(stored)
        let name = inbox.person(event.subject).name
        if var b = batch {
            b.note(event.type)
            batch = b.remaining == 0 ? nil : b
            status = StatusLine("Applied the policy: accepted \(b.accepted), ignored \(b.ignored)", kind: .success)
        } else {
            status = StatusLine("\(event.type == .accept ? "Accepted" : "Ignored") \(name)", kind: .success)
        }
        return []
    }

    /// The journal refused an action: nothing changed, and the user is told
    /// so in one line (a draft being sent stays open with its text).
    mutating func persistFailed(_ event: Event, why: String) {
        // What did not happen comes first: a narrow status line cuts the end.
        let what: String
        switch event.type {
        case .message: what = "Not sent, the draft is kept"
        case .accept: what = "\(inbox.person(event.subject).name) not accepted"
        case .ignore: what = "\(inbox.person(event.subject).name) not ignored"
        default: what = "Nothing changed"
        }
        batch = nil
        status = StatusLine("\(what): could not save (\(why))", kind: .error)
    }

    /// Appends `event` to the session and keeps the cursor on its row.
    mutating func append(_ event: Event, reply: CoachFeedback? = nil) -> Event? {
        let person = selectedPerson
        let stored: Event
        do {
            stored = try session.append(event, reply: reply)
        } catch {
            status = StatusLine("Could not record that: \(error)", kind: .error)
            return nil
        }
        reselect(person)
        // The decided row left the list; the next one's detail starts at its top.
        if selectedPerson != person { resetDetailScroll() }
        return stored
    }
}

/// Decisions of "apply the policy to all" written so far.
public struct BatchProgress: Equatable, Sendable {
    public var remaining: Int
    public var accepted = 0
    public var ignored = 0

    mutating func note(_ type: EventType) {
        remaining -= 1
        if type == .accept { accepted += 1 } else { ignored += 1 }
    }
}
