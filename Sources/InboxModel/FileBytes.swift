#if canImport(Glibc)
import Glibc
#endif

/// Whole files written in one call, for the journal's saved-aside copies
/// and the program's caches. (Reading goes through `FixtureLoader.read`.)
public enum FileBytes {
    /// Creates or truncates `path` (with `mode`, private by default) and
    /// writes `bytes`; with `sync`, also forces them to disk. False on any error.
    public static func write(_ path: String, _ bytes: [UInt8], sync: Bool, mode: mode_t = 0o600) -> Bool {
        let out = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard out >= 0 else { return false }
        defer { close(out) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(out, $0.baseAddress.map { $0 + offset }, bytes.count - offset) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            offset += n
        }
        return !sync || fsync(out) == 0
    }
}
