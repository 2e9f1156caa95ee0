import InboxModel

/// The browser's search index and what happened to the inbox since it was
/// started: user actions append events (a decision, a sent message), which
/// can give a person text the index has not seen. Those people are always
/// checked against their real text, so the index never hides a match, and
/// no action ever makes a keystroke rebuild it.
struct SearchIndexCache: Sendable {
    private var build: SearchIndexBuild?
    /// People with events appended since the build started.
    private(set) var changed: Set<PersonRef> = []
    private var appended = 0

    /// Starts building in the background, if not yet started.
    mutating func prepare(for inbox: Inbox) {
        if build == nil { build = SearchIndexBuild(inbox: inbox) }
    }

    var isReady: Bool { build?.isReady ?? false }

    /// Call after appending `event` to the inbox the index is for.
    mutating func noteAppended(_ event: Event) {
        guard build != nil else { return }
        appended += 1
        if !event.actor.isOwner { changed.insert(event.actor) }
        if !event.subject.isOwner { changed.insert(event.subject) }
    }

    /// The index for `inbox` if it is built; if not, starts building it
    /// (when nothing is under way for this inbox) and returns nil.
    mutating func readyIndex(for inbox: Inbox) -> SearchIndex? {
        if let build, isCurrent(build, for: inbox) {
            return build.isReady ? build.wait() : nil
        }
        build = SearchIndexBuild(inbox: inbox)
        changed = []
        appended = 0
        return nil
    }

    private func isCurrent(_ build: SearchIndexBuild, for inbox: Inbox) -> Bool {
        build.eventCount + appended == inbox.events.count && build.personCount <= inbox.people.count
    }

    /// The index for `inbox`, waiting for a build under way or building one
    /// here if there is none, or if the inbox changed in a way this was not
    /// told of (then nothing about the old one can be trusted).
    mutating func index(for inbox: Inbox) -> SearchIndex {
        if let build, isCurrent(build, for: inbox) { return build.wait() }
        let index = SearchIndex(inbox: inbox)
        build = SearchIndexBuild(built: index)
        changed = []
        appended = 0
        return index
    }
}
