import InboxModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A search index being built on a thread of its own, so the browser can
/// start it after its first frame and the first `/` rarely waits. The
/// finished index is immutable; the lock only guards handing it over.
public final class SearchIndexBuild: @unchecked Sendable {
    /// Events and people in the inbox being indexed, known before it is done.
    public let eventCount: Int
    public let personCount: Int
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let done = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var index: SearchIndex?
    private var inbox: Inbox?

    /// Starts building `inbox`'s index in the background.
    public init(inbox: Inbox) {
        eventCount = inbox.events.count
        personCount = inbox.people.count
        pthread_mutex_init(lock, nil)
        pthread_cond_init(done, nil)
        self.inbox = inbox
        if !startThread() { finish(SearchIndex(inbox: inbox)) }
    }

    /// An index already built.
    public init(built: SearchIndex) {
        eventCount = built.eventCount
        personCount = built.personCount
        pthread_mutex_init(lock, nil)
        pthread_cond_init(done, nil)
        index = built
    }

    deinit {
        pthread_cond_destroy(done)
        pthread_mutex_destroy(lock)
        done.deallocate()
        lock.deallocate()
    }

    public var isReady: Bool {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return index != nil
    }

    /// The index, waiting for the build if it is still running.
    public func wait() -> SearchIndex {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        while true {
            if let index { return index }
            pthread_cond_wait(done, lock)
        }
    }

    private func finish(_ built: SearchIndex) {
        pthread_mutex_lock(lock)
        index = built
        // The build's copy of the inbox must not outlive it: the browser's
        // next append would otherwise copy the whole log.
        inbox = nil
        pthread_cond_broadcast(done)
        pthread_mutex_unlock(lock)
    }

    private func takeInbox() -> Inbox? {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        let taken = inbox
        inbox = nil
        return taken
    }

    private func run() {
        guard let inbox = takeInbox() else { return }
        // One thread: the other core stays with the browser, whose keys
        // must not wait on a build that nobody may need for a while.
        finish(SearchIndex(inbox: inbox, workers: 1))
    }

    private func startThread() -> Bool {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        let context = Unmanaged.passRetained(self).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let status = pthread_create(&thread, &attributes, { context in
            // Optional on Glibc, not on Darwin.
            let raw: UnsafeMutableRawPointer? = context
            guard let raw else { return nil }
            let build = Unmanaged<SearchIndexBuild>.fromOpaque(raw).takeRetainedValue()
            build.run()
            return nil
        }, context)
        if status != 0 {
            Unmanaged<SearchIndexBuild>.fromOpaque(context).release()
            return false
        }
        return true
    }
}
