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
        let name = inbox.person(person).name
        guard let event = record(accept ? .accept : .ignore, from: invitation.from) else { return [] }
        status = StatusLine("\(accept ? "Accepted" : "Ignored") \(name)", kind: .success)
        return [.persist(event)]
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
        mode = .list
        guard yes else {
            status = StatusLine("Nothing changed")
            return []
        }
        switch question {
        case .applyPolicyToAll:
            var effects: [Effect] = []
            var accepted = 0, ignored = 0
            for row in rows.invitations {
                let inv = folded.invitations[row]
                guard inv.isPending else { continue }
                let ignore = analysis.recommendsIgnore(inv.from)
                guard let event = record(ignore ? .ignore : .accept, from: inv.from) else { break }
                effects.append(.persist(event))
                if ignore { ignored += 1 } else { accepted += 1 }
            }
            status = StatusLine("Applied the policy: accepted \(accepted), ignored \(ignored)", kind: .success)
            return effects
        }
    }

    /// Appends an owner's decision on `from`'s invitation and refreshes what
    /// depends on it. Returns nil (with a status) when the log refuses it.
    mutating func record(_ type: EventType, from: PersonRef) -> Event? {
        let event = Event(type: type, at: inbox.now, actor: .owner, subject: from)
        return append(event)
    }

    /// Appends `event` to the session and keeps the cursor on its row.
    mutating func append(_ event: Event) -> Event? {
        let person = selectedPerson
        let stored: Event
        do {
            stored = try session.append(event)
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
