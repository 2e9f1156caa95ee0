/// The one place raw events become events, for both ways of reading them:
/// ids resolved to people and posts by the roles `EventFields` gives each
/// field, and the log's order rules checked once the whole log is read.
extension SchemaDecoder {
    /// Ids resolve once both the owner and the people are known, and in
    /// file order: after any event that had to wait.
    var canResolve: Bool { peopleRead && owner != nil && deferred.isEmpty }

    /// The event at `raw.index` with ids turned into references; its text
    /// is moved out of `raw`, not copied. Throws before changing anything
    /// but `raw`, so the fast path may still give the event to the general
    /// path, which then reports the same error.
    mutating func resolved(_ raw: inout RawEvent) throws(FixtureError) -> Event {
        let index = raw.index
        let rule = EventRule.of(raw.type)
        let actor = try person(raw, event: index, key: rule.actor)
        var subject = PersonRef.owner
        if let key = rule.subject {
            subject = try person(raw, event: index, key: key)
            if rule.subjectIsRecipient {
                if actor == subject {
                    throw error(Self.eventPath(index) + "." + key.name, "\(raw.type.withArticle) cannot be addressed to its sender", at: raw.person(key)?.position)
                }
                if !actor.isOwner && !subject.isOwner {
                    throw error(Self.eventPath(index), "\(raw.type.withArticle) must be from or to the owner", at: raw.position)
                }
            }
        }
        let text = raw.text.take() ?? ""
        var post: PostRef?
        if let key = rule.post {
            guard let id = raw.postID.take() else {
                throw error(Self.eventPath(index), "missing required key \"\(key.name)\"", at: raw.position)
            }
            if rule.createsPost {
                guard postIDs[id] == nil else {
                    throw error(Self.eventPath(index) + "." + key.name, "duplicate post id \"\(FixtureSchema.shown(id))\"", at: raw.postPosition)
                }
                let ref = PostRef(posts.count)
                postIDs[id] = ref
                posts.append(Post(id: id, author: actor, at: raw.at, text: text))
                subject = actor
                post = ref
            } else if let ref = postIDs[id] {
                post = ref
                subject = posts[Int(ref.index)].author
            } else if deferPostLinks {
                pendingPostLinks.append((index, id, raw.postPosition))
            } else {
                danglingPosts.append((index, id, raw.postPosition))
            }
        }
        return Event(type: raw.type, at: raw.at, actor: actor, subject: subject, post: post, text: text,
                     caption: raw.caption.take(), label: raw.label, sequence: index)
    }

    @inline(__always)
    private func person(_ raw: borrowing RawEvent, event index: Int, key: EventKey) throws(FixtureError) -> PersonRef {
        let field = raw.person(key)
        if let ref = field?.found { return ref }
        guard let field else { throw error(Self.eventPath(index) + "." + key.name, "missing") }
        return try person(written: raw.writtenID(key) ?? "", at: field.position, event: index, key: key)
    }

    private func person(written id: String, at pos: SourcePosition, event index: Int, key: EventKey) throws(FixtureError) -> PersonRef {
        guard let ref = ids[id] else {
            var message = "unknown person \"\(FixtureSchema.shown(id))\""
            if let best = FixtureSchema.closest(to: id, in: Array(ids.keys).sorted()) { message += "; did you mean \"\(best)\"?" }
            throw error(Self.eventPath(index) + "." + key.name, message, at: pos)
        }
        return ref
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
