#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a fixture file could not be loaded; the CLI maps each to an exit
/// status (66 for a missing or unreadable file, 65 for bad content).
public enum FixtureLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case invalid(FixtureError)

    public var description: String {
        switch self {
        case .notFound(let path): return "\(path): no such file"
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .invalid(let e): return e.description
        }
    }
}

/// Reads fixture files from disk.
public enum FixtureLoader {
    /// Loads and decodes the fixture at `path` (format from its extension,
    /// else its content).
    public static func load(path: String, format: FixtureFormat? = nil) throws(FixtureLoadError) -> Inbox {
        let bytes = try read(path: path)
        do {
            return try FixtureDecoder.decode(bytes, format: format ?? FixtureFormat.guess(path: path, bytes: bytes), file: path)
        } catch {
            throw .invalid(error)
        }
    }

    /// The file's bytes, read in one go.
    public static func read(path: String) throws(FixtureLoadError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path: path, reason: "is a directory") }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(0, Int(info.st_size)) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > FixtureLimits.maxFileBytes {
                throw .invalid(FixtureError(file: path, message: "file is larger than \(FixtureLimits.maxFileBytes >> 20) MB"))
            }
        }
        return bytes
    }
}
