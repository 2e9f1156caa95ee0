import Foundation

/// Runs work on a thread with a large stack. Third-party parsers recurse
/// once per nesting level; a hostile file 100,000 levels deep must end in
/// an error message, not a stack overflow.
enum DeepStack {
    static let stackSize = 1 << 30

    static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = work()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        // The semaphore orders the write before this read.
        guard let value = box.value else { return work() }
        return value
    }

    private final class Box<T>: @unchecked Sendable {
        var value: T?
    }
}
