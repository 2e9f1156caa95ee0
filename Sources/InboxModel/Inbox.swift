/// An inbox: its owner, the people in it, and a time-ordered event log.
/// Everything else (connections, invitations, threads) is a fold of the log
/// up to a time T; see `state(at:)`.
public struct Inbox: Sendable {
    public var title: String?
    /// `people[0]` is the owner.
    public private(set) var people: [Person]
    public private(set) var posts: [Post]
    /// Sorted by time, ties in file order.
    public private(set) var events: [Event]
    /// The simulated present: the fixture's `now`, or its last event's time.
    public var now: Timestamp
    /// Whether `now` was set by the fixture rather than taken from the log.
    public var nowIsExplicit: Bool
    /// Where the data came from when not written by hand or generated
    /// (`linkedin-export`), for the header and reports.
    public var source: String?
    /// Whether the log records who liked and commented on posts. A data
    /// export does not: "no likes in the log" then means "unknown", not "none".
    public var engagementKnown: Bool = true
    private var personIndex: [String: PersonRef]
    private var postIndex: [String: PostRef]
    /// The whole log folded, when a reader of the log (the decoder's order
    /// check) has done it already: folding 300,000 events takes tens of
    /// milliseconds. Dropped by anything that changes the log or the people.
    private var foldedLog: InboxState?
    /// The next event's tie-breaking sequence number: one past the largest.
    private var nextSequence: Int

    /// Builds an inbox from already-resolved parts. The decoder is the usual
    /// way in; it validates references and reports errors by field path.
    public init(title: String?, owner: Person, people: [Person], posts: [Post], events: [Event], now: Timestamp?) {
        self.init(title: title, everyone: [owner] + people, personIndex: nil, posts: posts, events: events, now: now)
    }

    /// `everyone` starts with the owner; `personIndex`, when the caller has
    /// one, maps every id to its first person.
    init(title: String?, everyone: [Person], personIndex: [String: PersonRef]?, posts: [Post], events: [Event], now: Timestamp?) {
        self.title = title
        self.people = everyone
        self.posts = posts
        var sorted = events
        // Fixtures are nearly always written in time order; checking is a
        // pass over the log, sorting it would move every event.
        if !Self.isOrdered(sorted) { sorted.sort(by: Event.ordered) }
        self.events = sorted
        self.nextSequence = Self.maxSequence(sorted) + 1
        self.now = now ?? sorted.last?.at ?? Timestamp(milliseconds: 0)
        self.nowIsExplicit = now != nil
        if let personIndex {
            self.personIndex = personIndex
        } else {
            var pi = [String: PersonRef](minimumCapacity: self.people.count)
            for (i, p) in self.people.enumerated() where pi[p.id] == nil { pi[p.id] = PersonRef(i) }
            self.personIndex = pi
        }
        var qi = [String: PostRef](minimumCapacity: posts.count)
        for (i, p) in posts.enumerated() where qi[p.id] == nil { qi[p.id] = PostRef(i) }
        self.postIndex = qi
    }

    public var owner: Person { people[0] }
    public func person(_ ref: PersonRef) -> Person { people[Int(ref.index)] }
    public func post(_ ref: PostRef) -> Post { posts[Int(ref.index)] }
    public func ref(forPersonID id: String) -> PersonRef? { personIndex[id] }
    public func ref(forPostID id: String) -> PostRef? { postIndex[id] }

    /// Everyone except the owner.
    public var others: ArraySlice<Person> { people.dropFirst() }

    /// Time of the first event, or `now` for an empty log.
    public var start: Timestamp { events.first?.at ?? now }

    /// Number of events with `at <= t`: the prefix of the log a fold at `t` sees.
    public func eventCount(atOrBefore t: Timestamp) -> Int {
        var lo = 0, hi = events.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if events[mid].at <= t { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The inbox as it stood at `t` (default: `now`).
    public func state(at t: Timestamp? = nil) -> InboxState {
        let time = t ?? now
        let count = eventCount(atOrBefore: time)
        if var folded = foldedLog, count == events.count, folded.eventCount == count, folded.time <= time {
            folded.advance(to: time)
            return folded
        }
        return InboxState(inbox: self, upTo: count, time: time)
    }

    /// Keeps a fold of the whole log made while reading it, for `state(at:)`.
    mutating func keepFold(_ folded: InboxState) {
        guard folded.eventCount == events.count, folded.connectedSince.count == people.count else { return }
        foldedLog = folded
    }

    // Both read the events in place: a loop over the array would retain
    // and release every event's text, 300,000 times at LinkedIn's cap.
    private static func isOrdered(_ events: [Event]) -> Bool {
        events.withUnsafeBufferPointer { events in
            var k = 1
            while k < events.count {
                if Event.ordered(events[k], events[k - 1]) { return false }
                k += 1
            }
            return true
        }
    }

    private static func maxSequence(_ events: [Event]) -> Int {
        events.withUnsafeBufferPointer { events in
            var m = -1
            for k in events.indices where events[k].sequence > m { m = events[k].sequence }
            return m
        }
    }

    /// Appends a user action (or any event) to the log, keeping it sorted:
    /// the event goes after every event at or before its time. Returns its
    /// index in `events`. Throws when the event would break the log's rules
    /// (an accept with no pending invitation, a message with no owner, …).
    @discardableResult
    public mutating func append(_ event: Event) throws(InboxError) -> Int {
        var e = event
        e.sequence = nextSequence
        try checkPeople(e)
        let index = eventCount(atOrBefore: e.at)
        // An action now (the usual case) goes at the end: the kept fold of
        // the whole log is the state before it, and stays one after it, so
        // accepting an invitation in a 300,000-event inbox folds nothing.
        var before: InboxState
        if index == events.count, let kept = foldedLog, kept.eventCount == events.count {
            before = kept
            before.advance(to: e.at)
        } else {
            before = InboxState(inbox: self, upTo: index, time: e.at)
        }
        foldedLog = nil
        try before.check(e.facts, inbox: self)
        if index == events.count {
            events.append(e)
            nextSequence += 1
            before.apply(e, index: index)
            foldedLog = before
            return index
        }
        // Acting in the past (a paused demo): the later events must still
        // make sense after this one, or the log would contradict itself.
        var candidate = self
        candidate.events.insert(e, at: index)
        try candidate.checkFromStart()
        events.insert(e, at: index)
        nextSequence += 1
        return index
    }

    /// Takes the last event back out of the log (an action undone), when it
    /// is `event`; returns whether it was. Nothing after it depends on it,
    /// so the rest of the log stays consistent.
    @discardableResult
    public mutating func removeLast(_ event: Event) -> Bool {
        guard let last = events.last, last.type == event.type, last.at == event.at,
              last.actor == event.actor, last.subject == event.subject, last.text == event.text else { return false }
        events.removeLast()
        foldedLog = nil
        return true
    }

    /// Adds a person who is not yet in the inbox (for generated inboxes and tools).
    @discardableResult
    public mutating func add(person: Person) throws(InboxError) -> PersonRef {
        guard personIndex[person.id] == nil else { throw .duplicatePerson(person.id) }
        let ref = PersonRef(people.count)
        foldedLog = nil
        people.append(person)
        personIndex[person.id] = ref
        return ref
    }

    /// Replays the whole log, checking each event against the state before it.
    func checkFromStart() throws(InboxError) {
        var state = InboxState(inbox: self, upTo: 0, time: .distantPast)
        for (i, e) in events.enumerated() {
            try state.check(e.facts, inbox: self)
            state.apply(e, index: i)
        }
    }

    private func checkPeople(_ e: Event) throws(InboxError) {
        let n = people.count
        guard Int(e.actor.index) < n, e.actor.index >= 0, Int(e.subject.index) < n, e.subject.index >= 0 else {
            throw .unknownPerson
        }
        if let p = e.post, Int(p.index) >= posts.count || p.index < 0 { throw .unknownPost }
    }
}

/// Why an event cannot join the log.
public enum InboxError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownPerson
    case unknownPost
    case duplicatePerson(String)
    case ownerNotInvolved(EventType)
    case selfAddressed(EventType)
    case noPendingInvitation(from: String, to: String)
    case alreadyConnected(String)
    case invitationAlreadyPending(from: String, to: String)
    case postNotYetPublished(String)
    case postAlreadyExists(String)

    public var description: String {
        switch self {
        case .unknownPerson: return "unknown person"
        case .unknownPost: return "unknown post"
        case .duplicatePerson(let id): return "duplicate person id \"\(id)\""
        case .ownerNotInvolved(let t): return "\(t.withArticle) must be from or to the owner"
        case .selfAddressed(let t): return "\(t.withArticle) cannot be addressed to its sender"
        case .noPendingInvitation(let from, let to):
            return "no pending invitation from \"\(from)\" to \"\(to)\" at this time"
        case .alreadyConnected(let id): return "already connected to \"\(id)\""
        case .invitationAlreadyPending(let from, let to):
            return "an invitation from \"\(from)\" to \"\(to)\" is already pending"
        case .postNotYetPublished(let id): return "post \"\(id)\" is not published yet at this time"
        case .postAlreadyExists(let id): return "post \"\(id)\" already exists"
        }
    }
}
