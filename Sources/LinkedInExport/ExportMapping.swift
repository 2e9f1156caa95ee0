import InboxModel

/// The second pass: people get ids (profile-URL slugs, else names), rows
/// become the event log, and the log is checked event by event the way a
/// fixture's is. Events the log's rules refuse (a second invitation from
/// someone already pending) are dropped and counted, not fatal: a real
/// export contradicts itself now and then.
struct ExportMapping {
    var records: ExportRecords
    private var people: [Person] = []
    private var index: [String: Int] = [:]
    private var nameToSlug: [String: String?] = [:]
    private var ownerSlug: String?
    private var ownerName = "You"
    private var knownNames: Set<String> = []
    private var events: [Event] = []
    private var posts: [Post] = []
    var summary = ExportSummary()

    init(records: ExportRecords) { self.records = records }

    mutating func build(mark: (String) -> Void = { _ in }) -> Inbox {
        findOwner()
        learnNames()
        people = [Person(id: ownerSlug ?? Identity.id(fromName: ownerName), name: ownerName, headline: records.ownerHeadline)]
        index[people[0].id] = 0
        let invited = mapInvitations()
        mapConnections(invited: invited)
        mapMessages()
        mapShares()
        mark("mapping")
        let inbox = assemble()
        mark("log")
        return inbox
    }

    // MARK: Who is who

    private mutating func findOwner() {
        var slugs: [String: Int] = [:]
        for inv in records.invitations {
            if let s = Identity.slug(fromURL: inv.incoming ? inv.inviteeURL : inv.inviterURL) { slugs[s, default: 0] += 1 }
        }
        if let name = records.ownerName {
            ownerName = name
        } else if let inv = records.invitations.first, let name = Identity.name(inv.incoming ? inv.to : inv.from) {
            ownerName = name
        } else {
            // No profile and no invitations: the one who is in most conversations.
            var seen: [String: Set<String>] = [:]
            for m in records.messages {
                seen[m.from, default: []].insert(m.conversation)
                seen[m.to, default: []].insert(m.conversation)
            }
            if let best = seen.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }), let name = Identity.name(best.key) {
                ownerName = name
            }
        }
        if slugs.isEmpty {
            for m in records.messages where m.from == ownerName {
                if let s = m.senderSlug { slugs[s, default: 0] += 1 }
            }
        }
        ownerSlug = slugs.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key
    }

    /// Which profile slug each name goes with, from every row that gives
    /// both; a name seen with two slugs is two people and maps to neither.
    private mutating func learnNames() {
        func learn(_ name: String, slug: String?) {
            guard let n = Identity.name(name) else { return }
            knownNames.insert(n)
            guard let s = slug, s != ownerSlug else { return }
            if let existing = nameToSlug[n] {
                if existing != s { nameToSlug[n] = .some(nil) }
            } else {
                nameToSlug[n] = s
            }
        }
        func learn(_ name: String, _ url: String) { learn(name, slug: Identity.slug(fromURL: url)) }
        for c in records.connections { learn(c.name, c.url) }
        for inv in records.invitations { learn(inv.incoming ? inv.from : inv.to, inv.incoming ? inv.inviterURL : inv.inviteeURL) }
        for m in records.messages where !m.sponsored {
            learn(m.from, slug: m.senderSlug)
            if let slugs = m.recipientSlugs, slugs.count == 1, !isOwner(name: m.to, slug: slugs[0]) { learn(m.to, slug: slugs[0]) }
        }
    }

    private func isOwner(name: String, slug: String?) -> Bool {
        if let s = slug, let o = ownerSlug { return s == o }
        return Identity.name(name) == ownerName
    }

    /// The id for a member: their slug, else the slug their name goes with,
    /// else one made from the name. "LinkedIn Member" (a closed account)
    /// is anyone: one per conversation.
    private func id(name: String, url: String, conversation: String) -> (id: String, name: String) {
        id(name: name, slug: Identity.slug(fromURL: url), conversation: conversation)
    }

    private func id(name: String, slug: String?, conversation: String) -> (id: String, name: String) {
        let shown = Identity.name(name)
        if let s = slug { return (s, shown ?? s) }
        guard let n = shown, n != "LinkedIn Member" else { return ("member:" + Identity.tag(conversation), "LinkedIn Member") }
        if let known = nameToSlug[n], let s = known { return (s, n) }
        return (Identity.id(fromName: n), n)
    }

    private mutating func person(_ id: String, name: String, headline: String = "", kind: PersonKind = .person) -> PersonRef {
        if let i = index[id] { return PersonRef(i) }
        index[id] = people.count
        people.append(Person(id: id, name: name, headline: headline, kind: kind))
        return PersonRef(people.count - 1)
    }

    // MARK: Rows to events

    private mutating func add(_ type: EventType, _ at: Timestamp, _ actor: PersonRef, _ subject: PersonRef, text: String = "", post: PostRef? = nil) {
        events.append(Event(type: type, at: at, actor: actor, subject: subject, post: post, text: text, sequence: events.count))
    }

    /// Invitations first, so a connection who came by one is connected by
    /// an `accept` rather than from before the log. Returns, per person,
    /// the events of their latest invitation.
    private mutating func mapInvitations() -> [Int: (invite: Int, incoming: Bool)] {
        var latest: [Int: (invite: Int, incoming: Bool)] = [:]
        for inv in records.invitations {
            let (otherName, otherURL) = inv.incoming ? (inv.from, inv.inviterURL) : (inv.to, inv.inviteeURL)
            let who = id(name: otherName, url: otherURL, conversation: "")
            let ref = person(who.id, name: who.name)
            if inv.incoming {
                add(.invite, inv.at, ref, .owner, text: inv.note)
                summary.invitationsReceived += 1
            } else {
                add(.invite, inv.at, .owner, ref, text: inv.note)
                summary.invitationsSent += 1
            }
            if let prior = latest[Int(ref.index)], events[prior.invite].at > inv.at { continue }
            latest[Int(ref.index)] = (events.count - 1, inv.incoming)
        }
        return latest
    }

    private mutating func mapConnections(invited: [Int: (invite: Int, incoming: Bool)]) {
        summary.hiddenConnections = records.hiddenConnections
        for c in records.connections {
            let who = id(name: c.name, url: c.url, conversation: "")
            let headline = [c.position, c.company].filter { !$0.isEmpty }.joined(separator: " at ")
            let ref = person(who.id, name: who.name, headline: headline)
            let k = Int(ref.index)
            if people[k].headline.isEmpty { people[k].headline = headline }
            summary.connections += 1
            if let inv = invited[k] {
                // The date is a day; the invitation has a time on it.
                let at = max(c.on, events[inv.invite].at.adding(seconds: 1))
                if inv.incoming { add(.accept, at, .owner, ref) } else { add(.accept, at, ref, .owner) }
            } else if people[k].connected == nil {
                people[k].connected = c.on
            }
        }
    }

    private mutating func mapMessages() {
        // Conversations in order of their first row; each one's rows in file order.
        var order: [String] = []
        var rows: [String: [Int]] = [:]
        for (i, m) in records.messages.enumerated() {
            if rows[m.conversation] == nil { order.append(m.conversation) }
            rows[m.conversation, default: []].append(i)
        }
        for conversation in order {
            guard let list = rows[conversation] else { continue }
            mapConversation(conversation, rows: list)
        }
    }

    private mutating func mapConversation(_ conversation: String, rows list: [Int]) {
        let msgs = list.map { records.messages[$0] }
        if msgs.contains(where: \.sponsored) {
            let sender = msgs.first(where: \.sponsored).flatMap { Identity.name($0.from) } ?? "Sponsored"
            let ref = person("sponsored:" + Identity.tag(conversation), name: sender, headline: "Sponsored message", kind: .sponsored)
            summary.sponsored += 1
            for m in msgs {
                let fromOwner = !m.sponsored && isOwner(name: m.from, slug: m.senderSlug)
                add(.message, m.at, fromOwner ? .owner : ref, fromOwner ? ref : .owner, text: m.text)
            }
            return
        }
        // Everyone but the owner, in order of appearance.
        var members: [(id: String, name: String)] = []
        func note(_ p: (id: String, name: String)) {
            if p.id != people[0].id && !members.contains(where: { $0.id == p.id }) { members.append(p) }
        }
        var senders: [(id: String, name: String)?] = []
        for m in msgs {
            if isOwner(name: m.from, slug: m.senderSlug) {
                senders.append(nil)
            } else {
                let s = id(name: m.from, slug: m.senderSlug, conversation: conversation)
                senders.append(s)
                note(s)
            }
            let names = Identity.recipients(m.to, count: m.recipientSlugs?.count, known: knownNames)
            for (k, n) in names.enumerated() {
                let slug = m.recipientSlugs.flatMap { $0.count == names.count ? $0[k] : nil } ?? nil
                if isOwner(name: n, slug: slug) { continue }
                note(id(name: n, slug: slug, conversation: conversation))
            }
        }
        guard !members.isEmpty else { return }
        if members.count == 1 {
            let ref = person(members[0].id, name: members[0].name)
            for (m, s) in zip(msgs, senders) {
                add(.message, m.at, s == nil ? .owner : ref, s == nil ? ref : .owner, text: m.text)
            }
            summary.conversations += 1
            return
        }
        let title = Identity.name(msgs.first?.title ?? "")
        let listed = members.prefix(3).map(\.name).joined(separator: ", ") + (members.count > 3 ? " and \(members.count - 3) more" : "")
        let group = person(
            "group:" + Identity.tag(conversation), name: title ?? listed,
            headline: "Group conversation (\(members.count + 1) people): \(listed)", kind: .group)
        summary.groups += 1
        for (m, s) in zip(msgs, senders) {
            if let s {
                // Several people write in a group; each message says who.
                add(.message, m.at, group, .owner, text: s.name + ": " + m.text)
            } else {
                add(.message, m.at, .owner, group, text: m.text)
            }
        }
    }

    private mutating func mapShares() {
        for s in records.shares {
            let ref = PostRef(posts.count)
            posts.append(Post(id: "share-\(posts.count + 1)", author: .owner, at: s.at, text: s.text))
            add(.post, s.at, .owner, .owner, text: s.text, post: ref)
        }
        summary.shares = records.shares.count
    }

    // MARK: The log

    private mutating func assemble() -> Inbox {
        events.sort(by: { $0.at != $1.at ? $0.at < $1.at : $0.sequence < $1.sequence })
        var inbox = Inbox(title: "LinkedIn data export", owner: people[0], people: Array(people.dropFirst()), posts: posts, events: [], now: nil)
        for e in events {
            do {
                try inbox.append(e)
                if e.type == .message { summary.messages += 1 }
            } catch {
                summary.dropped += 1
            }
        }
        inbox.now = inbox.events.last?.at ?? inbox.now
        inbox.source = ExportReader.source
        inbox.engagementKnown = false
        summary.drafts = records.drafts
        summary.files = records.files
        return inbox
    }
}
