import InboxModel
import Shared

/// A search index being built on another core, so the browser can start it
/// after its first frame and the first `/` rarely waits. The build's copy
/// of the inbox is dropped when it is done: the browser's next append
/// would otherwise copy the whole log.
public final class SearchIndexBuild: Sendable {
    /// Events and people in the inbox being indexed, known before it is done.
    public let eventCount: Int
    public let personCount: Int
    private let work: BackgroundWork<SearchIndex>

    /// Starts building `inbox`'s index in the background.
    public init(inbox: Inbox) {
        eventCount = inbox.events.count
        personCount = inbox.people.count
        // One worker: the other core stays with the browser, whose keys
        // must not wait on a build that nobody may need for a while.
        work = BackgroundWork { SearchIndex(inbox: inbox, workers: 1) }
    }

    /// An index already built.
    public init(built: SearchIndex) {
        eventCount = built.eventCount
        personCount = built.personCount
        work = BackgroundWork(finished: built)
    }

    public var isReady: Bool { work.isReady }

    /// The index, waiting for the build if it is still running.
    public func wait() -> SearchIndex { work.value }
}
