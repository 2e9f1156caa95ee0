/// The owner's own outreach, seen from the other side: a thread the owner
/// started, as an inbox that belongs to the person written to. The policy
/// judges "messages to the owner"; judging the mirror judges the owner's
/// messages with the same rules, timeline and all.
extension Inbox {
    /// One-to-one threads whose first message the owner wrote, in the
    /// order the threads started.
    public func threadsOwnerStarted(in state: InboxState) -> [PersonRef] {
        state.threads.compactMap { t in
            guard let first = t.messages.first, events[Int(first)].actor.isOwner, person(t.counterpart).kind == .person else { return nil }
            return t.counterpart
        }
    }

    /// The inbox of `other` holding only what passed between them and the
    /// owner: their invitations, messages, posts and the likes and comments
    /// on them. In it, `other` is the owner and the owner is its one other
    /// person, connected as they were.
    public func mirrored(thread other: PersonRef, in state: InboxState) -> Inbox { mirror(thread: other, in: state).inbox }

    /// `mirrored(thread:in:)`, with the index in this inbox's log of each
    /// event of the mirror's, to point the mirror's verdict back here.
    public func mirror(thread other: PersonRef, in state: InboxState) -> (inbox: Inbox, origin: [Int]) {
        func flip(_ p: PersonRef) -> PersonRef { p.isOwner ? PersonRef(1) : .owner }
        var me = owner
        me.connected = person(other).connected
        me.label = nil
        var them = person(other)
        them.connected = nil
        let activity = state.activity.indices.contains(Int(other.index)) ? state.activity[Int(other.index)] : []
        var postMap: [Int32: PostRef] = [:]
        var posts: [Post] = []
        var mirrored: [Event] = []
        var origin: [Int] = []
        mirrored.reserveCapacity(activity.count)
        for i in activity {
            let e = events[Int(i)]
            guard (e.actor == other || e.actor.isOwner) && (e.subject == other || e.subject.isOwner) else { continue }
            var f = e
            f.actor = flip(e.actor)
            f.subject = flip(e.subject)
            f.label = nil
            if let p = e.post {
                if postMap[p.index] == nil {
                    var q = post(p)
                    q.author = flip(q.author)
                    postMap[p.index] = PostRef(posts.count)
                    posts.append(q)
                }
                f.post = postMap[p.index]
            }
            mirrored.append(f)
            origin.append(Int(i))
        }
        var inbox = Inbox(title: title, owner: them, people: [me], posts: posts, events: mirrored, now: now)
        inbox.nowIsExplicit = nowIsExplicit
        inbox.source = source
        inbox.engagementKnown = engagementKnown
        // The mirror's log keeps this one's order (same times, same
        // sequence numbers), so its k-th event is origin[k].
        return (inbox, origin)
    }
}
