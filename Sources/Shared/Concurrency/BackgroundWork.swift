import Dispatch
import Synchronization

/// Work started on another core whose result is collected later: the second
/// half of a long events list, the rulebook compile and the file's
/// fingerprint while a fixture loads, the browser's search index, a cache
/// file written off the path to the first frame. The work closure is
/// dropped as soon as it has run, so what it captured (an inbox, say) is
/// not kept alive by a finished job.
///
/// The program's two ways to use another core are this (one job, result
/// later) and `forEachIndex` (a loop split over the cores, see
/// ParallelSlots.swift); nothing else starts threads, except the deep
/// stack the YAML parser needs (`DeepStack`), which is about stack size.
public final class BackgroundWork<Value: Sendable>: Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Set once by the worker before `done` is signalled; the mutex makes
    // the hand-over explicit, `done` says when there is something to take.
    private let result = Mutex<Value?>(nil)

    public init(_ work: @escaping @Sendable () -> Value, priority: Priority = .userInitiated) {
        DispatchQueue.global(qos: priority.qos).async { [self] in
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
    }

    /// A job that is already done.
    public init(finished value: Value) {
        result.withLock { $0 = value }
        done.signal()
    }

    /// How urgent the work is: someone waits for it, or it may lag.
    public enum Priority: Sendable {
        case userInitiated, utility
        var qos: DispatchQoS.QoSClass { self == .userInitiated ? .userInitiated : .utility }
    }

    /// Waits at most `seconds` for the work; true when it is done.
    public func wait(seconds: Double) -> Bool {
        guard done.wait(timeout: .now() + seconds) == .success else { return false }
        done.signal()
        return true
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
        guard let value = result.withLock({ $0 }) else { preconditionFailure("BackgroundWork: result read after take()") }
        return value
    }

    /// The result, handed over: the job keeps no copy, so the caller holds
    /// the only reference and can take a large value apart in place.
    /// Nothing may read the result after this.
    public func take() -> Value {
        done.wait()
        defer { done.signal() }
        guard let value = result.withLock({ $0.take() }) else { preconditionFailure("BackgroundWork: result taken twice") }
        return value
    }
}
