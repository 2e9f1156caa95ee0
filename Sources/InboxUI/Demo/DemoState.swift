import InboxModel
import OutreachPolicy

/// Playback of a demo: the inbox folded at a moving simulated time.
///
/// The clock runs at its rate between events, holds at each event long
/// enough to read its caption, and jumps over long empty stretches so
/// nobody waits through silent weeks. Everything here is pure: the app
/// feeds it elapsed wall time, tests feed it numbers.
public struct DemoState: Sendable {
    public enum Layout: Sendable, Equatable {
        /// One person at a time: the one the newest event concerns.
        case single
        /// Two threads in two columns on one clock.
        case sideBySide
    }

    /// A full-screen card the presenter shows instead of the story.
    public enum Card: Sendable, Equatable {
        /// Before the story: what the audience is about to see.
        case title
        /// After it: what they saw, and the question to leave them with.
        case end
    }

    public internal(set) var title: String
    public internal(set) var clock: SimulatedClock
    /// The distinct times at which events land, in order: what `n` and `p` step through.
    public internal(set) var steps: [Timestamp]
    /// The people the demo is about, in order of first appearance.
    public let focus: [PersonRef]
    public let layout: Layout
    /// The focus people have messages (otherwise the demo is about their invitations).
    public let isAboutThreads: Bool
    /// Midnight (UTC) of the day the first focus person appears: day 1.
    public let dayOne: Timestamp
    /// Reading pause per step, in real seconds at the default rate.
    var pauses: [Double]
    /// Real seconds left of the reading pause at the current step.
    var holdRemaining: Double = 0
    /// Length of the log `steps` was built from; a reply sent from compose grows it.
    var builtForEventCount: Int
    /// Steps at which some event has a fixture caption.
    var captioned: [Bool] = []
    /// The scores over the whole demo, for the meter, sparklines and end card.
    var history: DemoHistory?

    /// Presenter mode: title and end cards, large captions.
    public internal(set) var presenting = false
    /// Playing stops at every captioned event until Space.
    public internal(set) var pausesAtCaptions = false
    /// The card on screen, if any.
    public internal(set) var card: Card?
    /// Playing stopped by itself at a captioned event.
    public internal(set) var heldAtCaption = false

    /// Empty stretches longer than this many real seconds at the current rate are skipped.
    static let longestWait: Double = 2
    /// Reading pauses, in real seconds at the default rate.
    static let shortestPause: Double = 2
    static let longestPause: Double = 8
    /// Characters of caption read per second, for the reading pause.
    static let readingSpeed: Double = 30

    public init(inbox: Inbox, title: String? = nil) {
        self.title = title ?? inbox.title ?? "Demo"
        let focus = DemoState.focusPeople(in: inbox)
        self.focus = focus
        let threads = Set(inbox.events.filter { $0.type == .message }.compactMap(\.counterpart))
        self.isAboutThreads = focus.contains { threads.contains($0) }
        self.layout = focus.count == 2 && focus.allSatisfy { threads.contains($0) } ? .sideBySide : .single
        let firstAppearance = inbox.events.first { e in e.counterpart.map(focus.contains) ?? false }
        self.dayOne = (firstAppearance?.at ?? inbox.start).startOfDay
        self.steps = []
        self.pauses = []
        self.builtForEventCount = 0
        self.clock = SimulatedClock(time: inbox.start)
        rebuildSteps(from: inbox)
        clock.time = steps.first ?? inbox.start
        holdRemaining = pause(at: 0)
    }

    /// Whose story the demo tells: everyone with messages, in order of their
    /// first message; with no messages at all, everyone who sent an invitation.
    static func focusPeople(in inbox: Inbox) -> [PersonRef] {
        var seen = Set<PersonRef>()
        var people: [PersonRef] = []
        for e in inbox.events where e.type == .message {
            if let p = e.counterpart, seen.insert(p).inserted { people.append(p) }
        }
        if people.isEmpty {
            for e in inbox.events where e.type == .invite && e.subject.isOwner {
                if seen.insert(e.actor).inserted { people.append(e.actor) }
            }
        }
        return people
    }

    /// Re-reads the step times after the log changed (a reply sent from compose).
    mutating func rebuildSteps(from inbox: Inbox) {
        var times: [Timestamp] = []
        var captions: [Int] = []
        var captioned: [Bool] = []
        for e in inbox.events {
            if times.last != e.at {
                times.append(e.at)
                captions.append(0)
                captioned.append(false)
            }
            captions[captions.count - 1] += e.caption?.count ?? 0
            if let c = e.caption, !c.isEmpty { captioned[captioned.count - 1] = true }
        }
        steps = times
        self.captioned = captioned
        pauses = captions.map { chars in
            min(Self.longestPause, max(Self.shortestPause, 1 + Double(chars) / Self.readingSpeed))
        }
        builtForEventCount = inbox.events.count
    }

    // MARK: Where the clock is

    /// Index of the newest step at or before the clock, or nil before the first.
    public var currentStep: Int? {
        var lo = 0, hi = steps.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if steps[mid] <= clock.time { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? nil : lo - 1
    }

    /// The last day an event lands on (at least day 1).
    public var lastDay: Int64 { steps.last.map { max(1, day(of: $0)) } ?? 1 }

    /// The clock has reached the last event and its reading pause is over.
    public var isFinished: Bool {
        guard let last = steps.last else { return true }
        return clock.time >= last && holdRemaining <= 0
    }

    /// Day 1 is the day the first focus person appears; earlier days count
    /// down to 0, -1, … so a caption's "Day 4" matches the clock.
    public func day(of t: Timestamp) -> Int64 {
        let ms = t.milliseconds - dayOne.milliseconds
        return (ms >= 0 ? ms / 86_400_000 : -((-ms + 86_399_999) / 86_400_000)) + 1
    }

    // MARK: Playback

    /// Scale of reading pauses: shorter when playing faster.
    private var pauseScale: Double { SimulatedClock.defaultRate / max(1, clock.rate) }

    private func pause(at step: Int) -> Double {
        guard step >= 0, step < pauses.count else { return 0 }
        return min(20, max(0.25, pauses[step] * pauseScale))
    }

    /// Advances by `realSeconds` of wall time: hold, run, or jump a long
    /// silence; pauses itself at the end.
    public mutating func advance(realSeconds: Double) {
        guard !clock.isPaused, realSeconds > 0 else { return }
        var remaining = realSeconds
        while remaining > 0 {
            if holdRemaining > 0 {
                let used = min(holdRemaining, remaining)
                holdRemaining -= used
                remaining -= used
                continue
            }
            let next = steps.firstIndex { $0 > clock.time }
            guard let next else {
                clock.isPaused = true
                if presenting { card = .end }
                return
            }
            let gap = Double(clock.time.seconds(until: steps[next])) / clock.rate
            if gap > Self.longestWait || gap <= remaining {
                if gap <= Self.longestWait { remaining -= gap }
                clock.time = steps[next]
                holdRemaining = pause(at: next)
                if pausesAtCaptions, captioned.indices.contains(next), captioned[next] {
                    // The presenter talks over the caption; Space goes on.
                    holdRemaining = 0
                    clock.isPaused = true
                    heldAtCaption = true
                    return
                }
            } else {
                clock.tick(realSeconds: remaining)
                remaining = 0
            }
        }
        if isFinished {
            clock.isPaused = true
            if presenting { card = .end }
        }
    }

    /// Space: pause, resume, or start again from the top once finished; on
    /// a card, leave it and play.
    public mutating func togglePause() {
        heldAtCaption = false
        if clock.isPaused && isFinished && card != .title {
            card = nil
            jump(toStep: 0)
            clock.isPaused = false
            return
        }
        if card != nil {
            card = nil
            clock.isPaused = false
            return
        }
        clock.isPaused.toggle()
    }

    /// What Space does now, for the status line.
    public var spaceHint: String {
        if card == .title { return "start" }
        if heldAtCaption { return "continue" }
        if !clock.isPaused { return "pause" }
        return isFinished ? "replay" : "play"
    }

    /// Shows `card` (paused), or takes it away.
    public mutating func show(_ card: Card?) {
        heldAtCaption = false
        self.card = card
        if card != nil { clock.isPaused = true }
    }

    /// The first step on or after day `day` (the last step if none is).
    public func step(atDay day: Int64) -> Int {
        steps.firstIndex { self.day(of: $0) >= day } ?? max(0, steps.count - 1)
    }

    /// Sets up presenter mode and where to start; `startDay` puts the clock
    /// on the first event of that day.
    public mutating func configure(presenting: Bool, pausesAtCaptions: Bool, startDay: Int64?) {
        self.presenting = presenting
        self.pausesAtCaptions = pausesAtCaptions
        if let startDay { jump(toStep: step(atDay: startDay)) }
        if presenting {
            show(.title)
        } else if pausesAtCaptions, let k = currentStep, captioned.indices.contains(k), captioned[k] {
            holdRemaining = 0
            clock.isPaused = true
            heldAtCaption = true
        }
    }

    /// `n`: the next event lands now. Returns false at the end.
    @discardableResult
    public mutating func stepForward() -> Bool {
        guard let next = steps.firstIndex(where: { $0 > clock.time }) else { return false }
        jump(toStep: next)
        return true
    }

    /// `p`: back to the previous event (the fold at that earlier time).
    /// Returns false at the first.
    @discardableResult
    public mutating func stepBack() -> Bool {
        let current = currentStep ?? 0
        // Mid-gap, "previous" is the event already on screen.
        let target = steps.indices.contains(current) && steps[current] < clock.time ? current : current - 1
        guard target >= 0 else { return false }
        jump(toStep: target)
        return true
    }

    /// Puts the clock on step `index`, with a fresh reading pause.
    public mutating func jump(toStep index: Int) {
        heldAtCaption = false
        guard !steps.isEmpty else { return }
        let i = min(max(0, index), steps.count - 1)
        clock.time = steps[i]
        holdRemaining = pause(at: i)
    }

    public mutating func faster() { clock.faster() }
    public mutating func slower() { clock.slower() }
}
