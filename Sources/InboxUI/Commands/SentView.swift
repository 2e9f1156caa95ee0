import InboxModel
import OutreachPolicy

/// The owner's own outreach: every one-to-one thread the owner started,
/// judged by the same policy as the person written to would see it (the
/// thread mirrored, see `Inbox.mirror(thread:in:)`), with each verdict's
/// messages pointing back into this inbox. `s` in Messages shows only
/// these threads, with these verdicts; `thirsty check --mine` prints them.
public struct SentAnalysis: Sendable {
    public struct Entry: Sendable {
        public var person: PersonRef
        public var verdict: ThreadVerdict
    }

    /// In the order the threads started.
    public private(set) var entries: [Entry]
    private var index: [PersonRef: Int]

    public init(inbox: Inbox, state: InboxState, policy: Policy) {
        let people = inbox.threadsOwnerStarted(in: state)
        let mirrors = people.map { inbox.mirror(thread: $0, in: state) }
        let verdicts = policy.analyzeAll(mirrors.map { Self.judged($0.inbox, at: state) })
        var entries: [Entry] = []
        for (k, p) in people.enumerated() {
            guard let v = verdicts[k].threads.first else { continue }
            entries.append(Entry(person: p, verdict: Self.pointedBack(v, to: p, origin: mirrors[k].origin)))
        }
        self.entries = entries
        self.index = [:]
        reindex()
    }

    /// Judges `person`'s thread again after the log changed in it: one
    /// mirror, not every thread the owner started (at 300,000 messages the
    /// whole set takes most of a second, too long for every action).
    public mutating func refresh(person: PersonRef, inbox: Inbox, state: InboxState, policy: Policy) {
        let started = state.thread(with: person).map { t in
            t.messages.first.map { inbox.events[Int($0)].actor.isOwner } ?? false
        } ?? false
        guard started, inbox.person(person).kind == .person else {
            if let k = index[person] {
                entries.remove(at: k)
                reindex()
            }
            return
        }
        let mirror = inbox.mirror(thread: person, in: state)
        guard let v = policy.analyzeAll([Self.judged(mirror.inbox, at: state)]).first?.threads.first else { return }
        let entry = Entry(person: person, verdict: Self.pointedBack(v, to: person, origin: mirror.origin))
        if let k = index[person] {
            entries[k] = entry
        } else {
            // In the order the threads started, as `init` lists them.
            let starts = { (p: PersonRef) in state.thread(with: p)?.messages.first ?? 0 }
            let mine = starts(person)
            let at = entries.firstIndex { starts($0.person) > mine } ?? entries.endIndex
            entries.insert(entry, at: at)
            reindex()
        }
    }

    private mutating func reindex() {
        index = [:]
        for (k, e) in entries.enumerated() { index[e.person] = k }
    }

    /// Judged at the fold's time, as the rest of the inbox is.
    private static func judged(_ mirror: Inbox, at state: InboxState) -> Inbox {
        var at = mirror
        at.now = state.time
        return at
    }

    /// The mirror's verdict with its counterpart and event indices in this
    /// inbox's terms.
    private static func pointedBack(_ verdict: ThreadVerdict, to person: PersonRef, origin: [Int]) -> ThreadVerdict {
        func back(_ i: Int) -> Int { origin.indices.contains(i) ? origin[i] : i }
        var v = verdict
        v.counterpart = person
        v.findings = v.findings.map { f in
            var g = f
            g.eventIndex = f.eventIndex.map(back)
            return g
        }
        v.messageStages = Dictionary(v.messageStages.map { (back($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        v.flaggedAt = v.flaggedAt.map { m in
            var moved = m
            moved.eventIndex = m.eventIndex.map(back)
            return moved
        }
        return v
    }

    public func verdict(for person: PersonRef) -> ThreadVerdict? { index[person].map { entries[$0].verdict } }

    public var flaggedCount: Int { entries.filter(\.verdict.flagged).count }

    /// "You wrote first to 41 people; 6 of those threads would be flagged."
    public var summaryLine: String {
        let n = entries.count
        return "You wrote first to \(n) \(n == 1 ? "person" : "people"); \(flaggedCount) of those threads would be flagged."
    }
}

extension AppState {
    /// The verdict lists and details show for a thread: the owner's own
    /// while the Sent filter is on.
    public func threadVerdict(with person: PersonRef) -> ThreadVerdict? {
        if sentOnly, let sent = session.sent, view == .messages { return sent.verdict(for: person) }
        return analysis.thread(with: person)
    }

    /// Whether `person`'s row reads FLAGGED: the policy's verdict, or the
    /// coach's on the thread with the reply the owner sent in this session.
    func listsAsFlagged(_ person: PersonRef) -> Bool {
        threadVerdict(with: person)?.flagged == true || session.replyVerdicts[person]?.flagged == true
    }

    /// Whether the detail of `person`'s thread shows the coach on the
    /// owner's messages: a thread the owner started, with the filter on.
    func showsSentCoach(for person: PersonRef) -> Bool {
        sentOnly && view == .messages && session.sent?.verdict(for: person) != nil
    }

    /// Threads the owner started, most recent first, while the filter is on.
    var sentRows: [Int] {
        guard let sent = session.sent else { return [] }
        // Read once, not per row: `folded` is a copy out of the session.
        let threads = folded.threads
        let rowsNow = rows.threads.filter { sent.verdict(for: threads[$0].counterpart) != nil }
        return flaggedOnly ? rowsNow.filter { sent.verdict(for: threads[$0].counterpart)?.flagged == true } : rowsNow
    }

    mutating func toggleSent() {
        guard view == .messages else {
            status = StatusLine("The Sent filter applies to Messages (press 2)")
            return
        }
        let person = selectedPerson
        sentOnly.toggle()
        session.judgeSent(sentOnly)
        reselect(person)
        status = StatusLine(session.sent.map { "Sent: " + $0.summaryLine } ?? "Showing all threads")
    }
}

/// The coach on one of the owner's own messages in a thread they started:
/// the review that message would have had as a draft, against the thread
/// as it stood just before it was sent.
public struct SentCoachNote: Sendable, Equatable {
    /// When the owner sent it.
    public var at: Timestamp
    public var feedback: CoachFeedback
}

extension SentAnalysis {
    /// The coach's review of each of the owner's messages to `person`, in
    /// the order they were sent. Only that thread is replayed (a copy of
    /// it holding nothing else), so this stays cheap in a large inbox.
    public static func coachNotes(for person: PersonRef, inbox: Inbox, state: InboxState, policy: Policy) -> [SentCoachNote] {
        guard inbox.person(person).kind == .person else { return [] }
        // Mirrored twice: the thread alone, as the owner's again, with
        // the other person as its one counterpart.
        let theirs = inbox.mirror(thread: person, in: state).inbox
        let thread = theirs.mirror(thread: PersonRef(1), in: theirs.state()).inbox
        let other = PersonRef(1)
        var notes: [SentCoachNote] = []
        for (k, e) in thread.events.enumerated() where e.type == .message && e.actor.isOwner && e.at <= state.time {
            var before = Inbox(
                title: thread.title, owner: thread.owner, people: Array(thread.others), posts: thread.posts,
                events: Array(thread.events[..<k]), now: e.at)
            before.source = thread.source
            before.engagementKnown = thread.engagementKnown
            let report = Coach.review(draft: e.text, to: other, in: before, state: before.state(), at: e.at, policy: policy)
            notes.append(SentCoachNote(at: e.at, feedback: CoachFeedback(report)))
        }
        return notes
    }
}
