import InboxModel
import ScreenKit

extension AppState {
    /// Runs one demo action; also the way tests drive playback by name.
    public mutating func run(demo action: DemoAction) -> [Effect] {
        guard var d = demo else { return [] }
        switch action {
        case .togglePause:
            d.togglePause()
        case .next:
            if d.card == .title {
                d.show(nil)
            } else if d.card == .end {
                status = StatusLine("That was the end; g starts again")
            } else if !d.stepForward() {
                if d.presenting { d.show(.end) } else { status = StatusLine("That was the last event; g starts again") }
            }
        case .previous:
            if d.card == .end {
                d.show(nil)
            } else if d.card == .title || !d.stepBack() {
                status = StatusLine("This is the first event")
            }
        case .start:
            d.show(nil)
            d.jump(toStep: 0)
        case .end:
            d.show(nil)
            d.jump(toStep: d.steps.count - 1)
        case .faster:
            d.faster()
            status = StatusLine("Speed: \(DemoClockText.rate(d.clock.rate))")
        case .slower:
            d.slower()
            status = StatusLine("Speed: \(DemoClockText.rate(d.clock.rate))")
        case .practise:
            d.show(nil)
            d.clock.isPaused = true
            demo = d
            syncDemo()
            practiseReply()
            return []
        case .help:
            mode = .help
        case .quit:
            return [.quit]
        }
        demo = d
        syncDemo()
        return []
    }

    /// `t` / `e` in a demo: the title or end card, or back to the story
    /// when that card is already up.
    public mutating func toggle(card: DemoState.Card) -> [Effect] {
        guard var d = demo else { return [] }
        d.show(d.card == card ? nil : card)
        demo = d
        syncDemo()
        return []
    }

    /// Advances the demo clock by wall time.
    mutating func tickDemo(seconds: Double) {
        guard var d = demo, mode != .compose else { return }
        d.advance(realSeconds: seconds)
        demo = d
        syncDemo()
    }

    /// `r`: compose to the person on screen at this moment, with the coach
    /// judging the draft as if sent now. Esc comes back to the demo.
    private mutating func practiseReply() {
        guard let person = demoCurrentPerson else {
            status = StatusLine("Nobody to reply to yet; press n for the next event")
            return
        }
        let name = inbox.person(person).name
        switchView(folded.thread(with: person) != nil ? .messages : .network)
        reselect(person)
        guard selectedPerson == person else {
            status = StatusLine("\(inbox.owner.firstName) is not connected to \(name) at this moment")
            return
        }
        _ = startCompose()
    }
}
