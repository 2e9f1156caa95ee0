#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file mapped read-only, so an 80 MB fixture is parsed in place
/// instead of copied into memory first; pages already parsed are given
/// back as the parser moves on, which keeps the file's bytes out of the
/// program's peak memory. Pages given back read back from the file if
/// touched again (an error message's line and column). Immutable once
/// mapped; giving pages back keeps no state, so it is safe from any thread.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    private static let pageSize = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))

    /// Maps `fd`'s `size` bytes; nil when the file can't be mapped (a pipe,
    /// a special file), and the caller reads it instead.
    init?(fd: Int32, size: Int) {
        guard size > 0, let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else { return nil }
        // The parser reads front to back once.
        _ = madvise(p, size, MADV_SEQUENTIAL)
        bytes = UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: size)
    }

    /// Gives back the whole pages inside `range`, bytes a reader is done
    /// with. Keeps no state, so readers on several threads may each give
    /// back what they have passed.
    func release(_ range: Range<Int>) {
        let lo = (max(0, range.lowerBound) + Self.pageSize - 1) / Self.pageSize * Self.pageSize
        let hi = min(range.upperBound, bytes.count) / Self.pageSize * Self.pageSize
        guard hi > lo, let base = bytes.baseAddress else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base + lo), hi - lo, MADV_DONTNEED)
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}

/// A reader's side of giving pages back: every few megabytes it passes,
/// the bytes more than a megabyte behind it (it may step back within the
/// value it is on) are handed to `release`.
struct PageReleaser {
    private var released: Int
    private var next: Int
    private static let step = 4 << 20, margin = 1 << 20

    init(from start: Int) {
        released = start
        next = start + Self.step
    }

    mutating func passed(_ position: Int, _ release: (Range<Int>) -> Void) {
        guard position >= next else { return }
        let upTo = position - Self.margin
        if upTo > released { release(released..<upTo) }
        released = max(released, upTo)
        next = position + Self.step
    }
}
