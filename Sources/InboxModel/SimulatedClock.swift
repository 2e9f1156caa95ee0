/// The demo's clock: a simulated time that advances at a rate while playing.
/// Pure: the caller feeds it real elapsed time, so tests drive it directly.
public struct SimulatedClock: Sendable, Equatable {
    public var time: Timestamp
    /// Simulated seconds per real second (default: one day per second).
    public var rate: Double
    public var isPaused: Bool

    public static let defaultRate: Double = 86_400

    public init(time: Timestamp, rate: Double = SimulatedClock.defaultRate, isPaused: Bool = false) {
        self.time = time
        self.rate = rate
        self.isPaused = isPaused
    }

    /// Advances by `realSeconds` of wall time, unless paused.
    public mutating func tick(realSeconds: Double) {
        guard !isPaused, realSeconds > 0 else { return }
        let delta = (realSeconds * rate * 1000).rounded()
        let capped = min(delta, Double(Int64.max / 4))
        time = Timestamp(milliseconds: time.milliseconds &+ Int64(capped))
    }

    /// Rates the `+`/`-` keys step through, from an hour to a month per second.
    public static let rates: [Double] = [3_600, 6 * 3_600, 86_400, 3 * 86_400, 7 * 86_400, 30 * 86_400]

    public mutating func faster() {
        if let next = Self.rates.first(where: { $0 > rate }) { rate = next }
    }

    public mutating func slower() {
        if let prev = Self.rates.last(where: { $0 < rate }) { rate = prev }
    }
}
