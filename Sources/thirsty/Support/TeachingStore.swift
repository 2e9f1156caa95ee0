import Foundation
import OutreachPolicy
#if canImport(Glibc)
import Glibc
#endif

/// The user's teachings for the learned rule, in
/// `$XDG_DATA_HOME/thirsty/teachings.journal` (default
/// `~/.local/share/thirsty/teachings.journal`): append-only, each record
/// written and fsynced before it is confirmed, the same way and for the
/// same reasons as the action journal.
enum TeachingStore {
    static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/thirsty" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return home + "/.local/share/thirsty"
    }

    static var path: String { directory() + "/teachings.journal" }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// What the file holds now; an absent file holds nothing.
    static func read() throws(Failure) -> TeachingLog.Contents {
        let path = self.path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return TeachingLog.Contents() }
            throw Failure(description: "cannot read \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        guard let bytes = readAll(fd) else { throw Failure(description: "cannot read \(path): \(String(cString: strerror(errno)))") }
        return TeachingLog.read(bytes, path: path)
    }

    /// Appends the record `make` builds from the file's current contents
    /// (so ids stay unique when two thirsty write at once: the file is
    /// locked from reading to fsync), and returns it once it is on disk.
    static func append(_ make: (TeachingLog.Contents) throws -> Teaching) throws -> Teaching {
        let dir = directory()
        try makeDirectories(dir)
        let path = self.path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(description: "cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw Failure(description: "cannot lock \(path): \(String(cString: strerror(errno)))") }
        guard let bytes = readAll(fd) else { throw Failure(description: "cannot read \(path): \(String(cString: strerror(errno)))") }
        let contents = TeachingLog.read(bytes, path: path)
        guard contents.validLength >= 0 else { throw Failure(description: contents.warnings.first ?? "\(path) is damaged") }
        let teaching = try make(contents)
        // A torn last line is cut off first; left in place, the new record
        // would be glued onto it and both would read back as damaged.
        var out: [UInt8] = []
        let start = contents.validLength
        if start == 0 {
            out = Array(TeachingLog.header.utf8)
        }
        out += TeachingLog.line(for: teaching)
        guard ftruncate(fd, off_t(start)) == 0, lseek(fd, off_t(start), SEEK_SET) >= 0 else {
            throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        var written = 0
        while written < out.count {
            let n = out.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + written }, out.count - written) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                let reason = String(cString: strerror(errno))
                _ = ftruncate(fd, off_t(start))
                throw Failure(description: "cannot write \(path): \(reason)")
            }
            written += n
        }
        guard fsync(fd) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = ftruncate(fd, off_t(start))
            throw Failure(description: "cannot sync \(path): \(reason)")
        }
        if contents.validLength == 0 { syncDirectory(dir) }
        return teaching
    }

    private static func readAll(_ fd: Int32) -> [UInt8]? {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        _ = lseek(fd, 0, SEEK_SET)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { return out }
            out += buffer[0..<n]
        }
    }

    private static func makeDirectories(_ path: String) throws(Failure) {
        var current = ""
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o700) != 0 && errno != EEXIST {
                throw Failure(description: "cannot create \(current): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// A new file's name is only durable once its directory is synced.
    private static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
