/// Owns the read-only tables of a compiled rulebook (vocabulary, matcher
/// automata, per-rule facts) and hands out plain pointers into them.
///
/// The judging loops read these tables for every message on every core.
/// Reading a Swift array stored in a shared object retains and releases
/// its buffer, and two cores doing that to one buffer fight over its
/// reference count's cache line; a pointer into memory that lives as long
/// as the rulebook costs nothing to read. Every view handed out is valid
/// for as long as this store is alive, which the rulebook that holds it
/// guarantees for the length of any call that judges with it.
final class TableStore: @unchecked Sendable {
    // Written only while the rulebook is being compiled, on one thread;
    // read-only (and only by deinit) afterwards.
    private var releases: [() -> Void] = []

    init() {}

    /// A copy of `values` that lives as long as the store.
    func freeze<T>(_ values: [T]) -> UnsafeBufferPointer<T> {
        let count = values.count
        let p = UnsafeMutablePointer<T>.allocate(capacity: max(count, 1))
        values.withUnsafeBufferPointer { src in
            if let base = src.baseAddress { p.initialize(from: base, count: count) }
        }
        releases.append {
            p.deinitialize(count: count)
            p.deallocate()
        }
        return UnsafeBufferPointer(start: p, count: count)
    }

    deinit {
        for release in releases { release() }
    }
}
