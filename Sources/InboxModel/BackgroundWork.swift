import Dispatch

/// Work started on another core whose result is collected later: the second
/// half of a long events list, the rulebook compile and the file's
/// fingerprint while a fixture loads, the browser's search index. The work
/// closure is dropped as soon as it has run, so what it captured (an inbox,
/// say) is not kept alive by a finished job.
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before `done` is signalled; read only after
    // waiting on `done`, which orders the two.
    private var result: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = work()
            done.signal()
        }
    }

    /// A job that is already done.
    public init(finished value: Value) {
        result = value
        done.signal()
    }

    /// Whether the result is there, without waiting.
    public var isReady: Bool {
        guard done.wait(timeout: .now()) == .success else { return false }
        done.signal()
        return true
    }

    /// The result, waiting for the work if it is still running.
    public var value: Value {
        done.wait()
        done.signal()
        // The worker always stores a result before signalling.
        guard let result else { preconditionFailure("BackgroundWork: result read after take()") }
        return result
    }

    /// The result, handed over: the job keeps no copy, so the caller holds
    /// the only reference and can take a large value apart in place.
    /// Nothing may read the result after this.
    public func take() -> Value {
        done.wait()
        defer { done.signal() }
        guard let value = result.take() else { preconditionFailure("BackgroundWork: result taken twice") }
        return value
    }
}
