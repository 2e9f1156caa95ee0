import InboxModel
import OutreachPolicy

extension AppState {
    /// A demo: the inbox played from its first event on a simulated clock.
    /// `rate`: simulated seconds per real second at the start (the
    /// configuration's demo speed); `+`/`-` step from it.
    public init(demo inbox: Inbox, title: String? = nil, policy: Policy = Policy(), rate: Double = SimulatedClock.defaultRate,
                options: DemoOptions = DemoOptions(), width: Int = 80, height: Int = 24) {
        var demo = DemoState(inbox: inbox, title: title)
        demo.clock.rate = rate
        demo.history = DemoHistory(inbox: inbox, demo: demo, policy: policy)
        demo.configure(presenting: options.presenting, pausesAtCaptions: options.pausesAtCaptions, startDay: options.startDay)
        self.init(session: InboxSession(inbox: inbox, policy: policy, pinned: demo.focus), width: width, height: height)
        self.demo = demo
        syncDemo()
    }

    /// Moves the session to the demo clock, so every view (and compose,
    /// which writes at the session's time) sees the moment on screen.
    mutating func syncDemo() {
        guard var d = demo else { return }
        if d.builtForEventCount != inbox.events.count {
            d.rebuildSteps(from: inbox)
            d.history = DemoHistory(inbox: inbox, demo: d, policy: policy)
        }
        demo = d
        let before = folded.eventCount
        session.move(to: d.clock.time)
        guard folded.eventCount != before else { return }
        for v in InboxView.allCases {
            var l = lists[v] ?? ListState()
            l.clamp(count: rows.rows(for: v, flaggedOnly: false).count, visible: listHeight)
            lists[v] = l
        }
    }

    /// The newest event on screen, if any has landed.
    var demoNewestEvent: Int? { folded.eventCount > 0 ? folded.eventCount - 1 : nil }

    /// The focus person the newest event concerns (the first one before
    /// anyone appears): whose detail the single layout shows, and whom `r`
    /// replies to.
    var demoCurrentPerson: PersonRef? {
        guard let d = demo else { return nil }
        var i = folded.eventCount - 1
        while i >= 0 {
            if let p = inbox.events[i].counterpart, d.focus.contains(p) { return p }
            i -= 1
        }
        return d.focus.first
    }
}

/// How `thirsty demo` was asked to play: for a presenter, and from where.
public struct DemoOptions: Sendable, Equatable {
    /// Title and end cards, large captions.
    public var presenting: Bool
    /// Stop at every captioned event until Space.
    public var pausesAtCaptions: Bool
    /// Start at the first event of this day.
    public var startDay: Int64?

    public init(presenting: Bool = false, pausesAtCaptions: Bool = false, startDay: Int64? = nil) {
        self.presenting = presenting
        self.pausesAtCaptions = pausesAtCaptions
        self.startDay = startDay
    }
}
