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
    /// Files smaller than this are read into memory rather than mapped:
    /// mapping saves them nothing worth the care a mapping needs.
    static let mapThreshold = 16 << 20

    /// Loads and decodes the fixture at `path` (format from its extension,
    /// else its content). A large regular file is parsed where it is
    /// mapped, and its pages are given back as parsing moves on; if the
    /// file shrinks meanwhile, that is an error (status 66), not a crash.
    public static func load(path: String, format: FixtureFormat? = nil) throws(FixtureLoadError) -> Inbox {
        try load(path: path, format: format, mapThreshold: mapThreshold, afterMapping: {})
    }

    /// `afterMapping` runs once the file is mapped, before it is parsed
    /// (tests truncate the file there).
    static func load(path: String, format: FixtureFormat?, mapThreshold: Int, afterMapping: () -> Void) throws(FixtureLoadError) -> Inbox {
        let (fd, size) = try open(path: path)
        defer { close(fd) }
        if size >= mapThreshold, let file = MappedFile(fd: fd, size: size) {
            afterMapping()
            do {
                return try TruncationGuard.run(fd: fd, bytes: file.bytes) { () throws(FixtureError) in
                    let guessed = format ?? FixtureFormat.guess(path: path, bytes: file.bytes)
                    return try FixtureDecoder.decode(file.bytes, format: guessed, file: path, release: { file.release($0) })
                }
            } catch {
                switch error {
                case .truncated: throw .unreadable(path: path, reason: "the file shrank while it was read (changed by another program?)")
                case .invalid(let e): throw .invalid(e)
                }
            }
        }
        let bytes = try read(fd: fd, size: size, path: path)
        do {
            return try FixtureDecoder.decode(bytes, format: format ?? FixtureFormat.guess(path: path, bytes: bytes), file: path)
        } catch {
            throw .invalid(error)
        }
    }

    /// The file's bytes, read in one go.
    public static func read(path: String) throws(FixtureLoadError) -> [UInt8] {
        let (fd, size) = try open(path: path)
        defer { close(fd) }
        return try read(fd: fd, size: size, path: path)
    }

    /// Opens a file that is not a directory; its size is a hint (0 for pipes).
    private static func open(path: String) throws(FixtureLoadError) -> (Int32, Int) {
        let fd = Glibc.open(path, O_RDONLY)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw .unreadable(path: path, reason: reason)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw .unreadable(path: path, reason: "is a directory")
        }
        let isRegular = (info.st_mode & S_IFMT) == S_IFREG
        return (fd, isRegular ? max(0, Int(info.st_size)) : 0)
    }

    /// Reads to the end straight into the array's storage (no chunk copies);
    /// files that report no size (pipes, devices) or grow go on in chunks,
    /// each checked as it arrives: reading stops at the first byte no
    /// fixture may hold (a NUL, invalid UTF-8), so `/dev/zero` or an
    /// endless stream of junk costs one chunk, not the size cap. The
    /// decoder then reports that byte with its line and column.
    private static func read(fd: Int32, size: Int, path: String) throws(FixtureLoadError) -> [UInt8] {
        if size > FixtureLimits.maxFileBytes { throw tooLarge(path) }
        var failure: Int32 = 0
        let capacity = size + 1
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = fill(fd, buffer, failure: &failure)
        }
        if failure == 0 && bytes.count == capacity {
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            var checked = 0
            while failure == 0 {
                let n = chunk.withUnsafeMutableBufferPointer { fill(fd, $0, failure: &failure) }
                bytes.append(contentsOf: chunk[0..<n])
                if bytes.count > FixtureLimits.maxFileBytes { throw tooLarge(path) }
                if n < chunk.count { break }
                guard let next = checkedPrefix(bytes, from: checked) else { break }
                checked = next
            }
        }
        if failure != 0 { throw .unreadable(path: path, reason: String(cString: strerror(failure))) }
        return bytes
    }

    /// How far `bytes` is known good after checking from `start` (the end,
    /// or the start of a UTF-8 sequence the next chunk may complete); nil
    /// once it holds a byte no fixture may hold.
    static func checkedPrefix(_ bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { all in
            let scan = SourceText.scanText(UnsafeBufferPointer(rebasing: all[start...]))
            if scan.nul != nil { return nil }
            guard let bad = scan.invalid else { return all.count }
            // A sequence cut by the chunk's end may be completed by the next.
            return all.count - (start + bad) < 4 ? start + bad : nil
        }
    }

    /// Reads until `buffer` is full or the file ends; the count read.
    private static func fill(_ fd: Int32, _ buffer: UnsafeMutableBufferPointer<UInt8>, failure: inout Int32) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var count = 0
        while count < buffer.count {
            let n = Glibc.read(fd, base + count, buffer.count - count)
            if n < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            if n == 0 { break }
            count += n
        }
        return count
    }

    private static func tooLarge(_ path: String) -> FixtureLoadError {
        .invalid(FixtureError(file: path, message: "file is larger than \(FixtureLimits.maxFileBytes >> 20) MB"))
    }
}
