import Dispatch

/// Work started on another core while this one goes on: the program reads
/// the fixture on one core while the other compiles the rulebook and
/// fingerprints the file for the journal. `value` waits for the result.
/// The work must not report errors itself (nothing it prints may race the
/// foreground's own error): it returns nil, and the caller redoes it in
/// the foreground to report the problem.
final class Background<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before `done` is signalled, read after
    // waiting on it: the semaphore orders the two.
    private var result: T?

    init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = work()
            self.done.signal()
        }
    }

    /// Waits for the work to finish (once; later calls return at once).
    var value: T {
        done.wait()
        done.signal()
        // The worker always stores a value before signalling.
        return result.unsafelyUnwrapped
    }
}
