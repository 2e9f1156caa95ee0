#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import InboxModel
import Shared

/// A fast 64-bit fingerprint of a fixture's bytes, to notice when the file
/// behind a journal has changed. Not cryptographic: it guards against
/// accidents, not adversaries. Reads eight bytes at a time; journals are
/// keyed by it, so its value must never change.
public enum ContentHash {
    public static func of(_ bytes: [UInt8]) -> String {
        var hasher = ContentHasher(totalCount: bytes.count)
        bytes.withUnsafeBytes { hasher.update($0) }
        return hasher.finish()
    }

    /// The same fingerprint read from a file in pieces, so hashing it never
    /// holds the whole file; nil if it can't be read or changes size while
    /// being read (the caller then reports the problem its own way).
    public static func ofFile(path: String) -> String? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        var hasher = ContentHasher(totalCount: size)
        var buffer = [UInt8](repeating: 0, count: 4 << 20)
        var total = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { fill(fd, $0) }
            guard n >= 0 else { return nil }
            total += n
            guard total <= size else { return nil }
            buffer.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            if n < buffer.count { break }
        }
        return total == size ? hasher.finish() : nil
    }

    /// Reads until the buffer is full or the file ends (so every piece but
    /// the last is a whole number of words); -1 on error.
    private static func fill(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var count = 0
        while count < buffer.count {
            let n = read(fd, base + count, buffer.count - count)
            if n < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if n == 0 { break }
            count += n
        }
        return count
    }
}
