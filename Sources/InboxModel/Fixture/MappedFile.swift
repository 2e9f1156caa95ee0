#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file mapped read-only, so an 80 MB fixture is parsed in place
/// instead of copied into memory first; pages already parsed are given
/// back as the parser moves on, which keeps the file's bytes out of the
/// program's peak memory. Pages given back read back from the file if
/// touched again (an error message's line and column).
final class MappedFile {
    let bytes: UnsafeBufferPointer<UInt8>
    private var released = 0
    private static let pageSize = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))

    /// Maps `fd`'s `size` bytes; nil when the file can't be mapped (a pipe,
    /// a special file), and the caller reads it instead.
    init?(fd: Int32, size: Int) {
        guard size > 0, let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else { return nil }
        // The parser reads front to back once.
        _ = madvise(p, size, MADV_SEQUENTIAL)
        bytes = UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: size)
    }

    /// Gives back the whole pages below `offset` (less a margin for the
    /// reader stepping back within the value it is on). An offset behind
    /// the last one starts a new pass over the file (the text check, then
    /// the parser), whose pages are given back in turn.
    func release(upTo offset: Int) {
        let margin = 1 << 20
        let end = (max(0, offset - margin) / Self.pageSize) * Self.pageSize
        if end < released { released = 0 }
        guard end > released, let base = bytes.baseAddress else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base + released), end - released, MADV_DONTNEED)
        released = end
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}
