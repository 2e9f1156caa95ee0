#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work on a thread with a large stack. Third-party parsers recurse
/// once per nesting level; a hostile file 100,000 levels deep must end in
/// an error message, not a stack overflow.
///
/// Uses pthreads directly and joins the thread, so a thread that cannot be
/// created is noticed (and the work runs on the caller's thread instead)
/// rather than waited for forever.
enum DeepStack {
    static let stackSizes = [1 << 30, 1 << 28, 1 << 26]

    static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) -> T {
        let box = Box(work)
        let context = Unmanaged.passRetained(box).toOpaque()
        for size in stackSizes {
            var attr = pthread_attr_t()
            pthread_attr_init(&attr)
            defer { pthread_attr_destroy(&attr) }
            guard pthread_attr_setstacksize(&attr, size) == 0 else { continue }
            #if canImport(Glibc)
            var thread = pthread_t()
            #else
            var thread: pthread_t?
            #endif
            let created = pthread_create(&thread, &attr, { raw in
                guard let raw else { return nil }
                let box = Unmanaged<AnyObject>.fromOpaque(raw).takeUnretainedValue() as? Runnable
                box?.runWork()
                return nil
            }, context)
            if created == 0 {
                #if canImport(Glibc)
                pthread_join(thread, nil)
                #else
                if let thread { pthread_join(thread, nil) }
                #endif
                Unmanaged<Box<T>>.fromOpaque(context).release()
                if let value = box.value { return value }
                return work()
            }
        }
        Unmanaged<Box<T>>.fromOpaque(context).release()
        return work()
    }

    private protocol Runnable: AnyObject { func runWork() }

    /// Written by the worker thread, read after `pthread_join`, which orders
    /// the two.
    private final class Box<T: Sendable>: Runnable, @unchecked Sendable {
        let work: @Sendable () -> T
        var value: T?
        init(_ work: @escaping @Sendable () -> T) { self.work = work }
        func runWork() { value = work() }
    }
}
