#if canImport(Glibc)
import Glibc
#endif

/// Hands memory freed by a phase's scratch work back to the system.
/// Compiling the rulebook and judging 300,000 messages make megabytes of
/// short-lived strings and tables on both cores; the allocator keeps the
/// freed pages resident for the rest of the session unless asked, which
/// counts against the inbox's own memory.
enum Heap {
    static func trim() {
        #if canImport(Glibc)
        // glibc's `malloc_trim`, looked up at run time: the C library
        // module does not declare it, and other C libraries have none.
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
