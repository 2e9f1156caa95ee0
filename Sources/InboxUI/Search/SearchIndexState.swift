import InboxModel
import InboxSearch

/// The session's search index, as far as the reducer knows it: built by
/// the runtime (`Effect.buildSearchIndex`, answered by
/// `Message.searchIndexReady`), never here, so no keystroke waits on it.
/// User actions append events (a decision, a sent message) that can give a
/// person text the index has not seen; those people are always checked
/// against their real text, so the index never hides a match.
public struct SearchIndexState: Sendable {
    /// The index, once built for this log.
    public private(set) var index: SearchIndex?
    /// Whether a build was asked for and has not answered yet.
    public private(set) var isBuilding = false
    /// People with events appended since the build was asked for.
    private(set) var changed: Set<PersonRef> = []
    /// Events appended since the build was asked for.
    private var appended = 0

    public var isReady: Bool { index != nil }

    /// Asks for a build unless one is built or under way; returns the
    /// effect for the runtime, or nil.
    mutating func request(for inbox: Inbox) -> Effect? {
        guard index == nil, !isBuilding else { return nil }
        isBuilding = true
        changed = []
        appended = 0
        return .buildSearchIndex(SearchIndexRequest(inbox: inbox))
    }

    /// Takes a finished build, if it is of this log (as it stood when
    /// asked for, plus the appends noted since). Returns false when stale.
    mutating func accept(_ built: SearchIndex, for inbox: Inbox) -> Bool {
        isBuilding = false
        guard built.eventCount + appended == inbox.events.count, built.personCount <= inbox.people.count else { return false }
        index = built
        return true
    }

    /// An appended event was taken back out: the index may still hold its
    /// text, which only adds candidates.
    mutating func noteRemoved(_ event: Event) {
        guard index != nil || isBuilding else { return }
        appended -= 1
    }

    mutating func noteAppended(_ event: Event) {
        guard index != nil || isBuilding else { return }
        appended += 1
        if !event.actor.isOwner { changed.insert(event.actor) }
        if !event.subject.isOwner { changed.insert(event.subject) }
    }
}

/// What the runtime needs to build an index: the log as it stands. Equal
/// by the log's length only, which is all the reducer's tests compare.
public struct SearchIndexRequest: Sendable, Equatable {
    public let inbox: Inbox
    public static func == (a: Self, b: Self) -> Bool { a.inbox.events.count == b.inbox.events.count }

    /// Builds the index; the runtime calls this off the UI's thread.
    public func build() -> SearchIndex { SearchIndex(inbox: inbox, workers: 1) }
}
