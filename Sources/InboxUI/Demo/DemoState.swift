import InboxModel

/// Playback of a demo: the inbox folded at a moving simulated time.
public struct DemoState: Sendable {
    public var clock: SimulatedClock
    public init(clock: SimulatedClock) { self.clock = clock }
}
