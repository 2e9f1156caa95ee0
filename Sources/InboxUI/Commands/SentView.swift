import InboxModel
import OutreachPolicy

/// The owner's own outreach: every one-to-one thread the owner started,
/// judged by the same policy as the person written to would see it (the
/// thread mirrored, see `Inbox.mirror(thread:in:)`), with each verdict's
/// messages pointing back into this inbox. `s` in Messages shows only
/// these threads, with these verdicts; `thirsty check --mine` prints them.
public struct SentAnalysis: Sendable {
    public struct Entry: Sendable {
        public var person: PersonRef
        public var verdict: ThreadVerdict
    }

    /// In the order the threads started.
    public let entries: [Entry]
    private let index: [PersonRef: Int]

    public init(inbox: Inbox, state: InboxState, policy: Policy) {
        let people = inbox.threadsOwnerStarted(in: state)
        let mirrors = people.map { inbox.mirror(thread: $0, in: state) }
        let verdicts = policy.analyzeAll(mirrors.map { m in
            var at = m.inbox
            // Judged at the fold's time, as the rest of the inbox is.
            at.now = state.time
            return at
        })
        var entries: [Entry] = []
        for (k, p) in people.enumerated() {
            guard var v = verdicts[k].threads.first else { continue }
            let origin = mirrors[k].origin
            func back(_ i: Int) -> Int { origin.indices.contains(i) ? origin[i] : i }
            v.counterpart = p
            v.findings = v.findings.map { f in
                var g = f
                g.eventIndex = f.eventIndex.map(back)
                return g
            }
            v.messageStages = Dictionary(v.messageStages.map { (back($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
            v.flaggedAt = v.flaggedAt.map { m in
                var moved = m
                moved.eventIndex = m.eventIndex.map(back)
                return moved
            }
            entries.append(Entry(person: p, verdict: v))
        }
        self.entries = entries
        var index: [PersonRef: Int] = [:]
        for (k, e) in entries.enumerated() { index[e.person] = k }
        self.index = index
    }

    public func verdict(for person: PersonRef) -> ThreadVerdict? { index[person].map { entries[$0].verdict } }

    public var flaggedCount: Int { entries.filter(\.verdict.flagged).count }

    /// "You wrote first to 41 people; 6 of those threads would be flagged."
    public var summaryLine: String {
        let n = entries.count
        return "You wrote first to \(n) \(n == 1 ? "person" : "people"); \(flaggedCount) of those threads would be flagged."
    }
}

extension AppState {
    /// The verdict lists and details show for a thread: the owner's own
    /// while the Sent filter is on.
    public func threadVerdict(with person: PersonRef) -> ThreadVerdict? {
        if sentOnly, let sent = session.sent, view == .messages { return sent.verdict(for: person) }
        return analysis.thread(with: person)
    }

    /// Threads the owner started, most recent first, while the filter is on.
    var sentRows: [Int] {
        guard let sent = session.sent else { return [] }
        let rowsNow = rows.threads.filter { sent.verdict(for: folded.threads[$0].counterpart) != nil }
        return flaggedOnly ? rowsNow.filter { sent.verdict(for: folded.threads[$0].counterpart)?.flagged == true } : rowsNow
    }

    mutating func toggleSent() {
        guard view == .messages else {
            status = StatusLine("The Sent filter applies to Messages (press 2)")
            return
        }
        let person = selectedPerson
        sentOnly.toggle()
        session.judgeSent(sentOnly)
        reselect(person)
        status = StatusLine(session.sent.map { "Sent: " + $0.summaryLine } ?? "Showing all threads")
    }
}
