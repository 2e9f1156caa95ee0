#if canImport(Glibc)
import Glibc
#endif
import InboxModel
import Shared

/// Why the journal could not be used.
public enum JournalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Another thirsty has this inbox open; two writers could interleave.
    case locked(path: String)
    case io(String)
    /// The journal path is a link, a device or a FIFO, or the file is too
    /// big to be a journal: nothing is read from or written to it.
    case unsafe(String)

    public var description: String {
        switch self {
        case .locked(let path): return "this inbox is already open in another thirsty; close that one first, or use --fresh (journal \(path) is locked)"
        case .io(let what), .unsafe(let what): return what
        }
    }
}

/// What opening a journal found: the actions to replay, and problems to
/// tell the user about (one line each, the file's path last so that a
/// narrow status line still shows what happened).
public struct JournalContents: Sendable {
    public var records: [JournalRecord] = []
    public var warnings: [String] = []
}

/// An append-only file of the user's actions for one fixture, one record
/// per line with a CRC-32, written and fsynced before the UI confirms the
/// action. A torn last record (a crash mid-write) is detected and cut off;
/// a journal for another version of the fixture is reported, not applied.
/// An exclusive lock keeps two instances from interleaving writes.
///
/// Why a file and not SQLite (GRDB): the journal only ever appends one
/// record per action and reads everything back once at startup. A file
/// does that with one write and one fsync, has no dependency, schema or
/// migrations, can be read with `cat`, and fails in one easy-to-reason-
/// about way: a crash can only tear the last line, which its checksum
/// exposes. SQLite would be as durable, but brings a C library, a package
/// and side files (WAL, shared memory) for queries we never make.
public final class Journal {
    public let path: String
    private let fd: Int32
    /// People whose last action could not be written. A record clearing
    /// their draft is refused until an action for them is written, so a
    /// send that failed never costs the typed text as well.
    private var unsaved: Set<String> = []

    static let magic = "#thirsty-journal v1"
    /// More than any person's actions could fill; a bigger file is not a
    /// journal, and reading it would take unbounded memory.
    static let maxBytes = 64 << 20

    /// `$XDG_DATA_HOME/thirsty/journals`, or `~/.local/share/thirsty/journals`.
    public static func defaultDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/thirsty/journals" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return home + "/.local/share/thirsty/journals"
    }

    /// The journal file for a fixture: named by the file's name, a hash of
    /// its path, and a hash of its content.
    public static func fileName(source: String, contentHash: String) -> String {
        "\(prefix(source: source))\(contentHash).journal"
    }

    static func prefix(source: String) -> String {
        let base = source.split(separator: "/").last.map(String.init) ?? "inbox"
        let safe = String(base.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || "0123456789.-_".unicodeScalars.contains($0)) ? Character($0) : "_" }.prefix(40))
        return "\(safe)-\(ContentHash.of(Array(source.utf8)))-"
    }

    /// Opens (creating if needed) and locks the journal for `source` with
    /// this content, and reads what it holds.
    public static func open(source: String, contentHash: String, directory: String) throws(JournalError) -> (Journal, JournalContents) {
        try makeDirectories(directory)
        let path = directory + "/" + fileName(source: source, contentHash: contentHash)
        guard let fd = try openRegular(path, flags: O_RDWR | O_CREAT) else { throw .io("cannot open journal \(path)") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let locked = errno == EWOULDBLOCK
            close(fd)
            throw locked ? .locked(path: path) : .io("cannot lock journal \(path): \(errnoText())")
        }
        let journal = Journal(path: path, fd: fd)
        var contents: JournalContents
        do {
            contents = try journal.load(contentHash: contentHash, source: source)
        } catch {
            close(fd)
            throw error
        }
        contents.warnings += staleJournals(directory: directory, source: source, current: path)
        return (journal, contents)
    }

    /// Reads a journal without locking or repairing it (for `thirsty history`).
    public static func read(source: String, contentHash: String, directory: String) throws(JournalError) -> JournalContents {
        let path = directory + "/" + fileName(source: source, contentHash: contentHash)
        var contents = JournalContents()
        if let bytes = try readAll(path: path) {
            contents = parse(bytes, path: path, contentHash: contentHash).contents
        }
        contents.warnings += staleJournals(directory: directory, source: source, current: path)
        return contents
    }

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    deinit { close(fd) }

    /// Appends one record and forces it to disk before returning.
    ///
    /// On failure (a full disk, say) the partial line is cut off again:
    /// left in place, the next record would be glued onto it and both would
    /// read back as one damaged line, losing an action that did succeed.
    public func append(_ record: JournalRecord) throws(JournalError) {
        let clearsDraft = record.kind == .draft && record.text.isEmpty
        if clearsDraft && unsaved.contains(record.person) {
            throw .io("kept the draft: the action before it could not be written to journal \(path)")
        }
        do throws(JournalError) {
            let line = try Self.line(for: record)
            let start = lseek(fd, 0, SEEK_END)
            guard start >= 0 else { throw .io("cannot write journal \(path): \(errnoText())") }
            do throws(JournalError) {
                try writeAll(line)
                guard fsync(fd) == 0 else { throw .io("cannot sync journal \(path): \(errnoText())") }
            } catch {
                _ = ftruncate(fd, start)
                throw error
            }
        } catch {
            if record.kind != .draft { unsaved.insert(record.person) }
            throw error
        }
        if record.kind != .draft { unsaved.remove(record.person) }
    }

    /// One record as stored: eight hex digits of CRC-32, a space, the JSON,
    /// a newline. Throws for a record that would not read back.
    static func line(for record: JournalRecord) throws(JournalError) -> [UInt8] {
        let json: [UInt8]
        do { json = try record.encoded() } catch { throw .io("cannot record this action: \(error)") }
        return CRC32.line(for: json)
    }

    // MARK: Reading

    private func load(contentHash: String, source: String) throws(JournalError) -> JournalContents {
        guard let bytes = try Self.readAll(fd: fd, path: path) else { throw .io("cannot read journal \(path): \(errnoText())") }
        let header = Array("\(Self.magic) content=\(contentHash)\n".utf8)
        if bytes.isEmpty || Self.isTornHeader(bytes, of: header) {
            // New, or a crash while the header was written (so no records).
            try startOver(header: header)
            return JournalContents()
        }
        guard Self.hasHeader(bytes) else {
            // Appending to a file that reads back as "not a journal" would
            // lose every later action too. Keep the bytes for inspection
            // and start a journal that works.
            let kept = path + ".damaged"
            let savedAside = FileBytes.write(kept, bytes, sync: true)
            try startOver(header: header)
            return JournalContents(warnings: [
                savedAside
                    ? "the journal was not readable; kept it as \(kept) and started a new one"
                    : "the journal was not readable; started a new one (\(path))",
            ])
        }
        if !Self.hasHeader(bytes, contentHash: contentHash) {
            // Named for this content but written for another (a journal
            // renamed or copied by hand): replaying it would apply actions
            // to the wrong inbox.
            let kept = path + ".mismatched"
            let savedAside = FileBytes.write(kept, bytes, sync: true)
            try startOver(header: header)
            return JournalContents(warnings: [
                savedAside
                    ? "the journal was written for other content of this file; kept it as \(kept) and started a new one"
                    : "the journal was written for other content of this file; started a new one (\(path))",
            ])
        }
        let (contents, validLength) = Self.parse(bytes, path: path)
        if validLength < bytes.count {
            // Cut the torn tail so the next record starts on a clean line.
            guard ftruncate(fd, off_t(validLength)) == 0, fsync(fd) == 0 else {
                throw .io("cannot repair journal \(path): \(errnoText())")
            }
        }
        return contents
    }

    private func startOver(header: [UInt8]) throws(JournalError) {
        guard ftruncate(fd, 0) == 0, lseek(fd, 0, SEEK_SET) >= 0 else {
            throw .io("cannot write journal \(path): \(errnoText())")
        }
        try writeAll(header)
        guard fsync(fd) == 0 else { throw .io("cannot sync journal \(path): \(errnoText())") }
        Self.syncDirectory(of: path)
    }

    static func hasHeader(_ bytes: [UInt8]) -> Bool {
        let magicBytes = Array(magic.utf8)
        return bytes.count > magicBytes.count && bytes.starts(with: magicBytes) && bytes.contains(0x0A)
    }

    /// Whether the first line is the header for exactly this content.
    static func hasHeader(_ bytes: [UInt8], contentHash: String) -> Bool {
        let header = Array("\(magic) content=\(contentHash)\n".utf8)
        return bytes.starts(with: header)
    }

    /// A header cut short by a crash: the start of it, with no line end.
    static func isTornHeader(_ bytes: [UInt8], of header: [UInt8]) -> Bool {
        bytes.count < header.count && header.starts(with: bytes)
    }

    /// Parses records; returns them and the length of the intact prefix.
    /// With `contentHash`, a header for other content yields no records.
    static func parse(_ bytes: [UInt8], path: String, contentHash: String? = nil) -> (contents: JournalContents, validLength: Int) {
        var contents = JournalContents()
        var lines: [(start: Int, end: Int, complete: Bool)] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            lines.append((start, i, true))
            start = i + 1
        }
        if start < bytes.count { lines.append((start, bytes.count, false)) }
        guard let header = lines.first, String(decoding: bytes[header.start..<header.end], as: UTF8.self).hasPrefix(magic) else {
            contents.warnings.append("the journal is not a thirsty journal; ignored it (\(path))")
            return (contents, bytes.count)
        }
        if let contentHash, !hasHeader(bytes, contentHash: contentHash) {
            contents.warnings.append("the journal was written for other content of this file; ignored it (\(path))")
            return (contents, bytes.count)
        }
        var valid = header.complete ? header.end + 1 : 0
        for (n, line) in lines.enumerated().dropFirst() {
            let isLast = n == lines.count - 1
            let body = bytes[line.start..<line.end]
            let checked = CRC32.verified(body)
            if let json = checked, let record = JournalRecord(json: json), line.complete {
                contents.records.append(record)
                valid = line.end + 1
            } else if checked != nil && line.complete {
                // Intact as written (its checksum holds) but not a record
                // this version reads: keep it, never cut it off.
                contents.warnings.append("record \(n) of the journal could not be read; skipped it and kept it in the file (\(path))")
                valid = line.end + 1
            } else if isLast {
                contents.warnings.append("the last record of the journal was cut off (a crash while writing?); skipped it and kept the \(contents.records.count) before it (\(path))")
            } else {
                contents.warnings.append("record \(n) of the journal is damaged; skipped it (\(path))")
                valid = line.end + 1
            }
        }
        return (contents, valid)
    }

    static func decode(_ line: ArraySlice<UInt8>) -> JournalRecord? {
        CRC32.verified(line).flatMap { JournalRecord(json: $0) }
    }


    /// Journals for the same file with different content: actions recorded
    /// against an earlier version, which are not replayed.
    static func staleJournals(directory: String, source: String, current: String) -> [String] {
        let prefix = prefix(source: source)
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var warnings: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            let full = directory + "/" + name
            guard name.hasPrefix(prefix), name.hasSuffix(".journal"), full != current, let bytes = try? readAll(path: full) else { continue }
            let records = parse(bytes, path: full).contents.records
            let actions = records.filter { $0.kind != .draft }.count
            var drafts: [String: String] = [:]
            for r in records where r.kind == .draft { drafts[r.person] = r.text }
            let keptDrafts = drafts.values.filter { !$0.isEmpty }.count
            var what: [String] = []
            if actions > 0 { what.append("\(actions) action\(actions == 1 ? "" : "s")") }
            if keptDrafts > 0 { what.append("\(keptDrafts) draft\(keptDrafts == 1 ? "" : "s")") }
            if !what.isEmpty {
                let verb = actions + keptDrafts == 1 ? "was" : "were"
                warnings.append("\(what.joined(separator: " and ")) recorded for an earlier version of this file \(verb) not applied (\(full))")
            }
        }
        return warnings.sorted()
    }

    // MARK: Files

    private func writeAll(_ bytes: [UInt8]) throws(JournalError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + offset }, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io("cannot write journal \(path): \(errnoText())")
            }
            offset += n
        }
    }

    /// Opens `path` only as a regular file: never through a symbolic link
    /// (whose target would be overwritten), never a FIFO (which would hang
    /// the read) or a device (which would read without end).
    /// Nil when there is no such file (and `flags` does not create one).
    static func openRegular(_ path: String, flags: Int32) throws(JournalError) -> Int32? {
        let fd = Glibc.open(path, flags | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
        guard fd >= 0 else {
            if errno == ENOENT && flags & O_CREAT == 0 { return nil }
            if errno == ELOOP { throw .unsafe("journal \(path) is a symbolic link; not following it (remove it, or use --fresh)") }
            throw .io("cannot open journal \(path): \(errnoText())")
        }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw .unsafe("journal \(path) is not a regular file (remove it, or use --fresh)")
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    /// The file's bytes, or nil when there is no file.
    static func readAll(path: String) throws(JournalError) -> [UInt8]? {
        guard let fd = try openRegular(path, flags: O_RDONLY) else { return nil }
        defer { close(fd) }
        return try readAll(fd: fd, path: path)
    }

    /// Reads from the start, at most `maxBytes`; nil on a read error.
    static func readAll(fd: Int32, path: String) throws(JournalError) -> [UInt8]? {
        guard lseek(fd, 0, SEEK_SET) >= 0 else { return nil }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { return out }
            out += chunk[0..<n]
            if out.count > maxBytes { throw .unsafe("journal \(path) is larger than \(maxBytes >> 20) MB; not a journal thirsty wrote") }
        }
    }

    static func makeDirectories(_ path: String) throws(JournalError) {
        var current = ""
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o700) != 0 && errno != EEXIST {
                throw .io("cannot create \(current): \(errnoText())")
            }
        }
    }

    static func syncDirectory(of path: String) {
        let dir = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
        let dfd = Glibc.open(dir.isEmpty ? "/" : dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            fsync(dfd)
            close(dfd)
        }
    }

}

func errnoText() -> String { String(cString: strerror(errno)) }
