#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which file a path names, as a string to key per-file state on (the
/// journal and its lock), so that every path to one file gets the same key.
public enum FileIdentity {
    /// The path with symbolic links, `.` and `..` resolved. A regular file
    /// with more than one hard link has no single path of its own, so it is
    /// named by its device and inode instead. A path that cannot be
    /// resolved (the file is gone) is returned made absolute.
    public static func of(path: String) -> String {
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_nlink > 1 {
            return "inode:\(info.st_dev):\(info.st_ino)"
        }
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        if path.hasPrefix("/") { return path }
        guard let cwd = getcwd(nil, 0) else { return path }
        defer { free(cwd) }
        return String(cString: cwd) + "/" + path
    }
}
