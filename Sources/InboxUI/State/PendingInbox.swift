import InboxModel
import OutreachPolicy

/// Part of the inbox still being read when the browser opened (a large
/// export's messages, seconds of reading): the browser shows what it has,
/// the runtime reads the rest on another core (`Effect.readRest`), and the
/// whole inbox replaces the partial one when it arrives
/// (`Message.restRead`).
public struct PendingInbox: Sendable, Equatable {
    /// What is being read, as the user sees it: "messages.csv, 50.2 MB".
    public let what: String
    let read: @Sendable () -> Result<Inbox, LoadFailure>

    public init(what: String, read: @escaping @Sendable () -> Result<Inbox, LoadFailure>) {
        self.what = what
        self.read = read
    }

    public static func == (a: Self, b: Self) -> Bool { a.what == b.what }
}

/// Why the rest of an inbox could not be read: one located line.
public struct LoadFailure: Error, Sendable, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// Reading the rest, for the runtime to do off the UI's thread: the inbox
/// read and judged, ready to show.
public struct RestRequest: Sendable, Equatable {
    let pending: PendingInbox
    let policy: Policy
    public static func == (a: Self, b: Self) -> Bool { a.pending == b.pending }

    public func run() -> ReadRest {
        ReadRest(pending.read().map { InboxSession(inbox: $0, policy: policy) })
    }
}

/// The whole inbox, read and judged, or why it could not be. Equal by the
/// size of the log, which is all the reducer's tests compare.
public struct ReadRest: Sendable, Equatable {
    public let result: Result<InboxSession, LoadFailure>
    init(_ result: Result<InboxSession, LoadFailure>) { self.result = result }

    public static func == (a: Self, b: Self) -> Bool {
        switch (a.result, b.result) {
        case (.success(let x), .success(let y)): x.inbox.events.count == y.inbox.events.count
        case (.failure(let x), .failure(let y)): x == y
        default: false
        }
    }
}
