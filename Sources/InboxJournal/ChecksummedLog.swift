#if canImport(Glibc)
import Glibc
#endif
import InboxModel
import Shared

/// An append-only file of records, one line each with a CRC-32, like the
/// journal, for data that is not one inbox's actions (practice results).
/// Each record is written and fsynced before `append` returns, so what the
/// caller then shows as saved survives a crash. A crash can only tear the
/// last line; its checksum shows it, readers skip it and the next writer
/// cuts it off. Writers running at once append under a short lock, so
/// their records never interleave.
public struct ChecksummedLog: Sendable {
    public let path: String
    /// The first line, naming what the file holds and its version.
    public let magic: String

    public init(path: String, magic: String) {
        self.path = path
        self.magic = magic
    }

    /// Appends one record (its bytes must hold no newline) durably.
    public func append(_ record: [UInt8]) throws(JournalError) {
        guard !record.contains(0x0A) else { throw .io("cannot record a line break in \(path)") }
        var line = CRC32.line(for: record)
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex { try Journal.makeDirectories(String(path[..<slash])) }
        guard let fd = try Journal.openRegular(path, flags: O_RDWR | O_CREAT) else { throw .io("cannot open \(path)") }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw .io("cannot lock \(path): \(errnoText())") }
        }
        defer { flock(fd, LOCK_UN) }
        guard let bytes = try Journal.readAll(fd: fd, path: path) else { throw .io("cannot read \(path): \(errnoText())") }
        let header = Array((magic + "\n").utf8)
        let start: Int
        if bytes.isEmpty || (bytes.count < header.count && header.starts(with: bytes)) {
            start = 0
            line = header + line
        } else if bytes.starts(with: header) {
            // Cut a torn last record, so this one starts on a clean line.
            start = bytes.lastIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
        } else {
            throw .unsafe("\(path) is not a file thirsty wrote (\(magic)); not writing to it")
        }
        guard ftruncate(fd, off_t(start)) == 0, lseek(fd, off_t(start), SEEK_SET) >= 0 else {
            throw .io("cannot write \(path): \(errnoText())")
        }
        var offset = 0
        while offset < line.count {
            let n = line.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + offset }, line.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                _ = ftruncate(fd, off_t(start))
                throw .io("cannot write \(path): \(errnoText())")
            }
            offset += n
        }
        guard fsync(fd) == 0 else {
            _ = ftruncate(fd, off_t(start))
            throw .io("cannot sync \(path): \(errnoText())")
        }
        if start == 0 { Journal.syncDirectory(of: path) }
    }

    /// Every intact record, oldest first, with one line per problem found
    /// (a torn or damaged record is skipped, never fatal). No file: none.
    public func read() throws(JournalError) -> (records: [ArraySlice<UInt8>], warnings: [String]) {
        guard let bytes = try Journal.readAll(path: path), !bytes.isEmpty else { return ([], []) }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard let first = lines.first, String(decoding: first, as: UTF8.self) == magic else {
            return ([], ["\(path) is not a file thirsty wrote (\(magic)); ignored it"])
        }
        var records: [ArraySlice<UInt8>] = []
        var warnings: [String] = []
        let complete = bytes.last == 0x0A
        for (n, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            if n == lines.count - 1 && !complete {
                warnings.append("the last record in \(path) was cut off (a crash while saving?); skipped it")
            } else if let record = CRC32.verified(line) {
                records.append(record)
            } else {
                warnings.append("record \(n) in \(path) is damaged; skipped it")
            }
        }
        return (records, warnings)
    }
}
