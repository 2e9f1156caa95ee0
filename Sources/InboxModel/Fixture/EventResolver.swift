/// The one place raw events become events, for both ways of reading them:
/// ids resolved to people and posts by the roles `EventFields` gives each
/// field, and the log's order rules checked once the whole log is read.
extension SchemaDecoder {
    /// Ids resolve once both the owner and the people are known, and in
    /// file order: after any event that had to wait.
    var canResolve: Bool { peopleRead && owner != nil && deferred.isEmpty }

    /// The event at `raw.index` with ids turned into references. Throws
    /// before changing anything, so a caller may still read the event
    /// another way.
    mutating func resolved(_ raw: RawEvent) throws(FixtureError) -> Event {
        let index = raw.index
        let rule = EventRule.of(raw.type)
        var e = Event(type: raw.type, at: raw.at, actor: .owner, subject: .owner, text: raw.text ?? "",
                      caption: raw.caption, label: raw.label, sequence: index)
        e.actor = try person(raw.person(rule.actor), event: index, key: rule.actor)
        if let key = rule.subject {
            e.subject = try person(raw.person(key), event: index, key: key)
            if rule.subjectIsRecipient {
                if e.actor == e.subject {
                    throw error(Self.eventPath(index) + "." + key.name, "\(raw.type.withArticle) cannot be addressed to its sender", at: raw.person(key)?.1)
                }
                if !e.actor.isOwner && !e.subject.isOwner {
                    throw error(Self.eventPath(index), "\(raw.type.withArticle) must be from or to the owner", at: raw.position)
                }
            }
        }
        if let (key, creates) = rule.post {
            guard let (id, pos) = raw.postID else {
                throw error(Self.eventPath(index), "missing required key \"\(key.name)\"", at: raw.position)
            }
            if creates {
                guard postIDs[id] == nil else {
                    throw error(Self.eventPath(index) + "." + key.name, "duplicate post id \"\(FixtureSchema.shown(id))\"", at: pos)
                }
                let ref = PostRef(posts.count)
                postIDs[id] = ref
                posts.append(Post(id: id, author: e.actor, at: raw.at, text: raw.text ?? ""))
                e.subject = e.actor
                e.post = ref
            } else if let ref = postIDs[id] {
                e.post = ref
                e.subject = posts[Int(ref.index)].author
            } else if deferPostLinks {
                pendingPostLinks.append((index, id, pos))
            } else {
                danglingPosts.append((index, id, pos))
            }
        }
        return e
    }

    private func person(_ field: (RawEvent.PersonID, SourcePosition)?, event index: Int, key: EventKey) throws(FixtureError) -> PersonRef {
        guard let (id, pos) = field else { throw error(Self.eventPath(index) + "." + key.name, "missing") }
        switch id {
        case .found(let ref):
            return ref
        case .written(let id):
            guard let ref = ids[id] else {
                var message = "unknown person \"\(FixtureSchema.shown(id))\""
                if let best = FixtureSchema.closest(to: id, in: Array(ids.keys).sorted()) { message += "; did you mean \"\(best)\"?" }
                throw error(Self.eventPath(index) + "." + key.name, message, at: pos)
            }
            return ref
        }
    }

    /// Replays the sorted log, checking each event against the state before it.
    func checkOrder(_ inbox: Inbox) throws(FixtureError) -> InboxState {
        var state = InboxState(inbox: inbox, upTo: 0, time: .distantPast)
        state.reserve(forFolding: inbox.events[...])
        // In place: copying each event out would retain and release its text.
        let failure: (sequence: Int, InboxError)? = inbox.events.withUnsafeBufferPointer { events in
            guard let base = events.baseAddress else { return nil }
            for i in events.indices {
                let facts = EventFacts(base + i)
                do throws(InboxError) {
                    try state.check(facts, inbox: inbox)
                } catch {
                    return (events[i].sequence, error)
                }
                state.apply(facts, index: i)
            }
            return nil
        }
        if let (sequence, error) = failure {
            let pos = sequence < eventPositions.count ? eventPositions[sequence] : nil
            throw self.error("events[\(sequence)]", error.description, at: pos)
        }
        return state
    }
}
