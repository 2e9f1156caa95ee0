/// An invitation involving the owner and what became of it by the fold's time.
public struct Invitation: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case pending
        case accepted(at: Timestamp)
        case ignored(at: Timestamp)
    }
    public var from: PersonRef
    public var to: PersonRef
    /// Index of the `invite` event in `Inbox.events`.
    public var event: Int
    public var at: Timestamp
    public var status: Status

    /// The person other than the owner.
    public var counterpart: PersonRef { from.isOwner ? to : from }
    public var isIncoming: Bool { to.isOwner }
    public var isPending: Bool { status == .pending }
}

/// The messages exchanged between the owner and one other person.
public struct MessageThread: Sendable, Equatable {
    public var counterpart: PersonRef
    /// Indices of `message` events in `Inbox.events`, in time order.
    public var messages: [Int32]
    public var lastAt: Timestamp
    public var lastFromOwner: Bool
}

/// The fold of an inbox's event log up to a time: who is connected, which
/// invitations are pending, the threads, and each person's activity.
/// Demo playback moves the time; user actions append events and re-apply.
public struct InboxState: Sendable {
    public private(set) var time: Timestamp
    /// Events `0..<eventCount` of the log are folded in.
    public private(set) var eventCount: Int
    /// Per person index: connected since, or nil.
    public private(set) var connectedSince: [Timestamp?]
    /// Every invitation to or from the owner, in time order.
    public private(set) var invitations: [Invitation]
    /// Per person index: index into `invitations` of their latest one, or -1.
    public private(set) var invitationIndex: [Int32]
    /// Threads in order of their first message.
    public private(set) var threads: [MessageThread]
    /// Per person index: index into `threads`, or -1.
    public private(set) var threadIndex: [Int32]
    /// Per person index: every folded event where they are actor or subject.
    public private(set) var activity: [[Int32]]
    /// The owner's posts published so far, in time order.
    public private(set) var ownerPosts: [PostRef]

    public init(inbox: Inbox, upTo count: Int, time: Timestamp) {
        let n = inbox.people.count
        self.time = time
        self.eventCount = 0
        self.connectedSince = inbox.people.map(\.connected)
        self.connectedSince[0] = nil
        self.invitations = []
        self.invitationIndex = Array(repeating: -1, count: n)
        self.threads = []
        self.threadIndex = Array(repeating: -1, count: n)
        self.activity = Array(repeating: [], count: n)
        self.ownerPosts = []
        let events = inbox.events
        let folded = min(count, events.count)
        reserve(forFolding: events[0..<folded])
        events.withUnsafeBufferPointer { events in
            guard let base = events.baseAddress else { return }
            for i in 0..<folded { apply(EventFacts(base + i), index: i) }
        }
    }

    /// Sizes each person's activity list for the events about to be
    /// folded: growing 30,000 small arrays one append at a time costs more
    /// than the fold itself.
    mutating func reserve(forFolding events: ArraySlice<Event>) {
        var counts = [Int32](repeating: 0, count: activity.count)
        events.withUnsafeBufferPointer { events in
            for k in events.indices {
                let actor = events[k].actor, subject = events[k].subject
                if !actor.isOwner, Int(actor.index) < counts.count { counts[Int(actor.index)] += 1 }
                if !subject.isOwner, subject != actor, Int(subject.index) < counts.count { counts[Int(subject.index)] += 1 }
            }
        }
        for i in counts.indices where counts[i] > 0 {
            activity[i].reserveCapacity(activity[i].count + Int(counts[i]))
        }
    }

    /// Folds one more event in. Events must arrive in log order.
    public mutating func apply(_ e: Event, index: Int) { apply(e.facts, index: index) }

    @inline(__always) mutating func apply(_ e: EventFacts, index: Int) {
        eventCount = index + 1
        if e.at > time { time = e.at }
        let idx = Int32(truncatingIfNeeded: index)
        if !e.actor.isOwner { activity[Int(e.actor.index)].append(idx) }
        if !e.subject.isOwner && e.subject != e.actor { activity[Int(e.subject.index)].append(idx) }
        switch e.type {
        case .invite:
            let other = e.counterpart ?? e.subject
            invitationIndex[Int(other.index)] = Int32(invitations.count)
            invitations.append(Invitation(from: e.actor, to: e.subject, event: index, at: e.at, status: .pending))
        case .accept, .ignore:
            let other = e.actor.isOwner ? e.subject : e.actor
            // Only a pending invitation can be decided; a stray accept in a
            // log that was never validated must not connect anyone.
            let ii = Int(invitationIndex[Int(other.index)])
            if ii >= 0, invitations[ii].isPending {
                invitations[ii].status = e.type == .accept ? .accepted(at: e.at) : .ignored(at: e.at)
                if e.type == .accept { connectedSince[Int(other.index)] = e.at }
            }
        case .message:
            guard let other = e.counterpart else { break }
            let ti = Int(threadIndex[Int(other.index)])
            if ti >= 0 {
                threads[ti].messages.append(idx)
                threads[ti].lastAt = e.at
                threads[ti].lastFromOwner = e.actor.isOwner
            } else {
                threadIndex[Int(other.index)] = Int32(threads.count)
                threads.append(MessageThread(counterpart: other, messages: [idx], lastAt: e.at, lastFromOwner: e.actor.isOwner))
            }
        case .post:
            if e.actor.isOwner, let p = e.post { ownerPosts.append(p) }
        case .comment, .like:
            break
        }
    }

    /// Moves the fold's time on without new events (a fold of the whole log
    /// seen at a later `now`).
    mutating func advance(to t: Timestamp) {
        if t > time { time = t }
    }

    public func isConnected(_ p: PersonRef) -> Bool { connectedSince[Int(p.index)] != nil }

    public func thread(with p: PersonRef) -> MessageThread? {
        let ti = Int(threadIndex[Int(p.index)])
        return ti >= 0 ? threads[ti] : nil
    }

    public func invitation(with p: PersonRef) -> Invitation? {
        let ii = Int(invitationIndex[Int(p.index)])
        return ii >= 0 ? invitations[ii] : nil
    }

    /// Invitations to the owner still waiting for a decision.
    public var pendingIncoming: [Invitation] { invitations.filter { $0.isIncoming && $0.isPending } }

    /// Invitations the owner received, whatever became of them.
    public var incoming: [Invitation] { invitations.filter(\.isIncoming) }

    /// Number of people connected to the owner.
    public var connectionCount: Int { connectedSince.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

    /// Likes and comments by `p` on the owner's posts, as event indices.
    public func engagement(by p: PersonRef, in inbox: Inbox) -> [Int32] {
        activity[Int(p.index)].filter { i in
            let e = inbox.events[Int(i)]
            return (e.type == .like || e.type == .comment) && e.actor == p && e.subject.isOwner
        }
    }

    /// Checks that `e` may follow this state (used when appending).
    @inline(__always) func check(_ e: EventFacts, inbox: Inbox) throws(InboxError) {
        // A local function, not a closure value: this runs for every event
        // of a fixture, and only an error needs a person's id.
        func id(_ p: PersonRef) -> String { inbox.person(p).id }
        switch e.type {
        case .invite:
            guard e.actor.isOwner || e.subject.isOwner else { throw .ownerNotInvolved(e.type) }
            guard e.actor != e.subject else { throw .selfAddressed(e.type) }
            let other = e.actor.isOwner ? e.subject : e.actor
            if isConnected(other) { throw .alreadyConnected(id(other)) }
            if let inv = invitation(with: other), inv.isPending {
                throw .invitationAlreadyPending(from: id(inv.from), to: id(inv.to))
            }
        case .accept, .ignore:
            guard e.actor != e.subject else { throw .selfAddressed(e.type) }
            let other = e.actor.isOwner ? e.subject : e.actor
            guard let inv = invitation(with: other), inv.isPending, inv.from == e.subject, inv.to == e.actor else {
                throw .noPendingInvitation(from: id(e.subject), to: id(e.actor))
            }
        case .message:
            guard e.actor.isOwner || e.subject.isOwner else { throw .ownerNotInvolved(e.type) }
            guard e.actor != e.subject else { throw .selfAddressed(e.type) }
        case .post:
            break
        case .comment, .like:
            if let p = e.post, inbox.post(p).at > e.at { throw .postNotYetPublished(inbox.post(p).id) }
        }
    }
}
