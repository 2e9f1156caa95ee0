#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps a mapped file that shrinks while it is parsed (another program
/// truncating or rewriting it) from ending the process with SIGBUS.
///
/// While a parse runs, a SIGBUS handler is installed; on a fault it finds
/// each guarded mapping whose file is now shorter than the mapping, puts
/// zero-filled pages where the file's pages went, and notes the mapping as
/// truncated. The faulting read then runs again and sees zeros, the parse
/// ends one way or another, and `run` reports the truncation instead of
/// whatever the parse made of the zeros. A SIGBUS that is not about a
/// guarded mapping goes to the handler that was there before.
enum TruncationGuard {
    /// Runs `body` with `bytes` (mapped from `fd`) guarded; throws
    /// `Truncated` if the file shrank under it, whatever `body` returned.
    static func run<T>(fd: Int32, bytes: UnsafeBufferPointer<UInt8>, _ body: () throws(FixtureError) -> T) throws(Failure) -> T {
        guard let base = bytes.baseAddress else {
            do { return try body() } catch { throw .invalid(error) }
        }
        let slot = register(base: UInt(bitPattern: base), length: bytes.count, fd: fd)
        defer { unregister(slot) }
        let result = Result { () throws(FixtureError) in try body() }
        if let slot, slots[slot].truncated != 0 { throw .truncated }
        do { return try result.get() } catch { throw .invalid(error) }
    }

    enum Failure: Error {
        case truncated
        case invalid(FixtureError)
    }

    private struct Region {
        var base: UInt = 0
        var length = 0
        var fd: Int32 = -1
        var truncated: Int32 = 0
    }

    private static let capacity = 16
    /// Fixed storage the handler can read without allocating or locking.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<Region> = {
        let p = UnsafeMutablePointer<Region>.allocate(capacity: capacity)
        p.initialize(repeating: Region(), count: capacity)
        return p
    }()
    nonisolated(unsafe) private static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 1)
    nonisolated(unsafe) private static var active = 0
    nonisolated(unsafe) private static let lock: UnsafeMutablePointer<pthread_mutex_t> = {
        let m = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(m, nil)
        return m
    }()

    /// A slot, or nil when all are taken (then the parse runs unguarded,
    /// as it would have anyway).
    private static func register(base: UInt, length: Int, fd: Int32) -> Int? {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        guard let free = (0..<capacity).first(where: { slots[$0].base == 0 }) else { return nil }
        slots[free].length = length
        slots[free].fd = fd
        slots[free].truncated = 0
        slots[free].base = base
        if active == 0 {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = onBusError
            action.sa_flags = SA_SIGINFO | SA_NODEFER
            sigemptyset(&action.sa_mask)
            sigaction(SIGBUS, &action, previous)
        }
        active += 1
        return free
    }

    private static func unregister(_ slot: Int?) {
        guard let slot else { return }
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        slots[slot].base = 0
        active -= 1
        if active == 0 { sigaction(SIGBUS, previous, nil) }
    }

    /// Async-signal-safe: fstat and mmap are system calls, and the slots
    /// are fixed memory.
    private static let onBusError: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = { _, _, _ in
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        var repaired = false
        for k in 0..<TruncationGuard.capacity {
            let region = TruncationGuard.slots[k]
            guard region.base != 0 else { continue }
            var info = stat()
            guard fstat(region.fd, &info) == 0 else { continue }
            let size = max(0, Int(info.st_size))
            guard size < region.length else { continue }
            let from = (size + page - 1) / page * page
            guard from < region.length, let start = UnsafeMutableRawPointer(bitPattern: region.base + UInt(from)) else { continue }
            let mapped = mmap(start, region.length - from, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
            guard mapped != MAP_FAILED else { continue }
            TruncationGuard.slots[k].truncated = 1
            repaired = true
        }
        // Not ours: let the fault happen again under the handler before.
        if !repaired { sigaction(SIGBUS, TruncationGuard.previous, nil) }
    }
}
