import ScreenKit

extension AppState {
    /// Demo keys (Space, n/p, g/G, +/-, r, ?, q); nil when the key isn't a demo key.
    mutating func handleDemo(key: Key) -> [Effect]? { nil }

    /// Advances the demo clock by wall time.
    mutating func tickDemo(seconds: Double) {}
}
