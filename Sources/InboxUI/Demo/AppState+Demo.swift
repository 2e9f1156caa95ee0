import InboxModel
import OutreachPolicy

extension AppState {
    /// A demo: the inbox played from its first event on a simulated clock.
    public init(demo inbox: Inbox, title: String? = nil, policy: Policy = Policy(), width: Int = 80, height: Int = 24) {
        self.init(inbox: inbox, policy: policy, width: width, height: height)
        demo = DemoState(inbox: inbox, title: title)
        syncDemo(force: true)
    }

    /// Folds the inbox at the demo clock and re-judges, so every view (and
    /// compose, which writes at `inbox.now`) sees the moment on screen.
    /// Between events only the clock moves: the fold and the verdicts are
    /// redone only when an event lands or leaves, so ticks stay cheap even
    /// for a large inbox played as a demo.
    mutating func syncDemo(force: Bool = false) {
        guard var d = demo else { return }
        let logChanged = d.builtForEventCount != inbox.events.count
        if logChanged { d.rebuildSteps(from: inbox) }
        let t = d.clock.time
        inbox.now = t
        if force || logChanged || inbox.eventCount(atOrBefore: t) != folded.eventCount || d.verdicts.count != d.focus.count {
            folded = inbox.state(at: t)
            analysis = InboxAnalysis(policy: policy, inbox: inbox, state: folded)
            rows = Rows(inbox: inbox, state: folded, analysis: analysis)
            d.verdicts = d.focus.map { policy.judgeThread(with: $0, in: inbox, state: folded) }
            for v in InboxView.allCases {
                var l = lists[v] ?? ListState()
                l.clamp(count: rows.rows(for: v, flaggedOnly: false).count, visible: listHeight)
                lists[v] = l
            }
        }
        demo = d
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
