import InboxModel
import OutreachPolicy

/// Everything the browser shows, as one value. The reducer (`update`) is
/// the only thing that changes it; views only read it.
public struct AppState: Sendable {
    public internal(set) var inbox: Inbox
    /// The inbox folded at `inbox.now`.
    public internal(set) var folded: InboxState
    public internal(set) var analysis: InboxAnalysis
    public let policy: Policy

    public internal(set) var width: Int
    public internal(set) var height: Int

    public internal(set) var view: InboxView = .invitations
    public internal(set) var mode: InputMode = .list
    public internal(set) var lists: [InboxView: ListState] = [:]
    public internal(set) var rows: Rows
    public internal(set) var flaggedOnly = false
    /// Messages shows only the threads the owner started, judged as the
    /// owner's outreach (see `SentAnalysis`).
    public internal(set) var sentOnly = false
    var sent: SentAnalysis?
    public internal(set) var showPolicyPanel = true
    public internal(set) var search = SearchState()
    /// One line of feedback ("Accepted Dario Mendes"), cleared by the next key.
    public internal(set) var status: StatusLine?
    /// Lines scrolled in the detail pane.
    public internal(set) var detailScroll = 0
    /// Threads opened in this session; the rest with an unanswered last
    /// message from the other person show as unread.
    public internal(set) var readThreads: Set<PersonRef> = []
    public internal(set) var compose: ComposeState?
    /// Kept drafts by person, restored when compose reopens.
    public internal(set) var drafts: [PersonRef: String] = [:]
    public internal(set) var helpScroll = 0
    /// Set when playing a demo; the inbox is then folded at the demo clock.
    public internal(set) var demo: DemoState?
    /// One search index for the whole inbox, built once per session (in
    /// the background from the loop, else on the first search).
    var searchIndex = SearchIndexCache()

    public init(inbox: Inbox, policy: Policy = Policy(), width: Int = 80, height: Int = 24) {
        self.inbox = inbox
        self.policy = policy
        let folded = inbox.state()
        self.folded = folded
        self.analysis = InboxAnalysis(policy: policy, inbox: inbox, state: folded)
        self.width = width
        self.height = height
        self.rows = Rows(inbox: inbox, state: folded, analysis: analysis)
        if rows.invitations.isEmpty && !rows.threads.isEmpty { view = .messages }
    }

    /// Whether the loop should send ticks (a demo clock is running).
    public var wantsTicks: Bool { demo.map { !$0.clock.isPaused } ?? false }

    /// The list pane's cursor for the current view.
    public var list: ListState {
        get { lists[view] ?? ListState() }
        set { lists[view] = newValue }
    }

    /// Rows shown in the current view's list, as indices into `folded`
    /// (invitations or threads) or person indices (network).
    public var visibleRows: [Int] { sentOnly && view == .messages ? sentRows : rows.rows(for: view, flaggedOnly: flaggedOnly) }

    /// Whether list and detail sit side by side.
    public var isWide: Bool { width >= Layout.wideWidth }

    public var isTooSmall: Bool { width < Layout.minWidth || height < Layout.minHeight }

    /// Rows of the list pane (screen height less header and status line).
    public var listHeight: Int { max(1, height - Layout.chromeRows) }

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

/// Screen geometry shared by the reducer (paging, scrolling) and the views.
public enum Layout {
    public static let wideWidth = 100
    public static let minWidth = 40
    public static let minHeight = 10
    /// Header line + status line.
    public static let chromeRows = 2
    /// Share of a wide screen given to the list pane.
    public static func listWidth(total: Int) -> Int { max(36, min(total * 2 / 5, 64)) }
}
