import InboxModel
import OutreachPolicy

/// Everything the browser shows, as one value. The reducer (`update`) is
/// the only thing that changes it; views only read it.
public struct AppState: Sendable {
    /// The log and everything derived from it; changed only through
    /// `session.append(_:)` and `session.move(to:)`.
    public internal(set) var session: InboxSession { didSet { refreshLimitRows() } }

    public internal(set) var width: Int
    public internal(set) var height: Int

    // What a limit's rows depend on: each change works them out at once,
    // so the reducer's many reads of `visibleRows` in one key share a
    // single evaluation instead of each filtering every row again.
    public internal(set) var view: InboxView = .invitations { didSet { refreshLimitRows() } }
    public internal(set) var mode: InputMode = .list
    public internal(set) var lists: [InboxView: ListState] = [:]
    public internal(set) var flaggedOnly = false { didSet { refreshLimitRows() } }
    /// Messages shows only the threads the owner started, judged as the
    /// owner's outreach (see `SentAnalysis`).
    public internal(set) var sentOnly = false { didSet { refreshLimitRows() } }
    public internal(set) var showPolicyPanel = true
    public internal(set) var search = SearchState()
    /// The limit filter (`l`) while one is set: every view shows only the
    /// rows its query keeps.
    public internal(set) var limit: LimitState?
    /// The owner's actions applied in this session, oldest first: what `u`
    /// takes back, last first.
    public internal(set) var undoable: [Event] = []
    /// The `l` prompt while it is open.
    public internal(set) var limitPrompt: LimitPrompt?
    /// One line of feedback ("Accepted Dario Mendes"), cleared by the next key.
    public internal(set) var status: StatusLine?
    /// Lines scrolled in the detail pane, from `detailAnchor`.
    public internal(set) var detailScroll = 0
    /// Where the detail pane's scroll counts from: its top, or (after
    /// sending) the end of the timeline, which only the view can place.
    public internal(set) var detailAnchor = DetailAnchor.top
    /// Threads opened in this session; the rest with an unanswered last
    /// message from the other person show as unread.
    public internal(set) var readThreads: Set<PersonRef> = [] { didSet { refreshLimitRows() } }
    public internal(set) var compose: ComposeState?
    /// Kept drafts by person, restored when compose reopens.
    public internal(set) var drafts: [PersonRef: String] = [:]
    public internal(set) var helpScroll = 0
    /// Whether the hint on the FLAGGED marker (in the Messages frame until
    /// the help is opened or Messages is left) has done its job this session.
    public internal(set) var markerHintShown = false
    /// "Apply the policy to all" while its decisions are being written.
    public internal(set) var batch: BatchProgress?
    /// Every key binding: the standard table, or the user's.
    public internal(set) var keys = KeyTable.standard
    /// Set when playing a demo: the playback clock, which moves the session's time.
    public internal(set) var demo: DemoState?
    /// Set when practising: the exercises, and where the learner is.
    public internal(set) var practice: PracticeState?
    /// Part of the inbox still being read (a large export's messages).
    public internal(set) var pending: PendingInbox?
    var pendingAsked = false
    /// Why the rest of the inbox could not be read, when the browser ended for it.
    public internal(set) var loadFailure: String?

    public init(inbox: Inbox, policy: Policy = Policy(), width: Int = 80, height: Int = 24) {
        self.init(session: InboxSession(inbox: inbox, policy: policy), width: width, height: height)
    }

    /// Uses `keys` instead of the standard key table.
    public mutating func use(keys: KeyTable) { self.keys = keys }

    public init(session: InboxSession, width: Int = 80, height: Int = 24) {
        self.session = session
        self.width = width
        self.height = height
        if session.rows.invitations.isEmpty && !session.rows.threads.isEmpty { view = .messages }
    }

    // Read-only views of the session, for brevity where they are used.
    public var inbox: Inbox { session.inbox }
    public var folded: InboxState { session.folded }
    public var analysis: InboxAnalysis { session.analysis }
    public var rows: Rows { session.rows }
    public var policy: Policy { session.policy }

    /// Whether the loop should send ticks (a demo clock is running).
    public var wantsTicks: Bool { demo.map { !$0.clock.isPaused } ?? false }

    /// The list pane's cursor for the current view.
    public var list: ListState {
        get { lists[view] ?? ListState() }
        set { lists[view] = newValue }
    }

    /// Rows shown in the current view's list, as indices into `folded`
    /// (invitations or threads) or person indices (network).
    public var visibleRows: [Int] {
        guard let limit else { return unlimitedRows }
        if limit.key == limitKey { return limit.rows }
        return LimitEvaluator(limit.query, in: self).filter(unlimitedRows)
    }

    /// The rows of the view and its filters before any limit.
    var unlimitedRows: [Int] { sentOnly && view == .messages ? sentRows : rows.rows(for: view, flaggedOnly: flaggedOnly) }

    /// Where everything goes at this terminal size: the views draw into
    /// it, the reducer pages and scrolls by it, the mouse hits it.
    public var layout: Layout { Layout(width: width, height: height, share: view == .messages ? .standard : .listFirst) }

    /// Whether list and detail sit side by side.
    public var isWide: Bool { layout.isWide }

    public var isTooSmall: Bool { layout.isTooSmall }

    /// Rows of the list pane (screen height less header and status line).
    public var listHeight: Int { layout.listHeight }

    /// The person the cursor is on, if any.
    public var selectedPerson: PersonRef? {
        let rowsNow = visibleRows
        guard !rowsNow.isEmpty else { return nil }
        let i = min(max(0, list.selected), rowsNow.count - 1)
        return rows.person(forRow: rowsNow[i], in: view, state: folded)
    }
}

/// One line of feedback in the status bar.
public struct StatusLine: Equatable, Sendable {
    public enum Kind: Sendable { case info, success, warning, error }
    public var text: String
    public var kind: Kind
    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}

/// What the detail pane's scroll offset counts from.
public enum DetailAnchor: Equatable, Sendable {
    case top
    /// The end of the thread's timeline (above the policy panel) at the bottom of the pane.
    case timelineEnd
}
