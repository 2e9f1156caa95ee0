import Foundation
import ZIPFoundation

/// The CSV files of an export, read into memory from a ZIP archive or an
/// unzipped folder. Nothing is ever extracted to disk; only the files an
/// export is known to hold are read, each under the caps of `ExportLimits`.
public struct ExportFiles: Sendable {
    /// The files the reader understands, by lowercased base name.
    public static let known = ["profile.csv", "connections.csv", "messages.csv", "invitations.csv", "shares.csv"]

    /// Lowercased base name -> (name as found in the export, bytes).
    public private(set) var files: [String: (name: String, bytes: [UInt8])] = [:]

    public init(files: [String: (name: String, bytes: [UInt8])]) { self.files = files }

    public subscript(_ name: String) -> (name: String, bytes: [UInt8])? { files[name] }

    /// Whether `path` looks like an export rather than a fixture: a folder,
    /// a `.zip` name, or a file that starts like a ZIP.
    public static func isExport(path: String) -> Bool {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue { return true }
        if path.lowercased().hasSuffix(".zip") { return true }
        // Sniff only regular files: reading from a pipe would eat its first bytes.
        guard (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular,
              let h = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? h.close() }
        let head = (try? h.read(upToCount: 2)) ?? Data()
        return head == Data([0x50, 0x4B])
    }

    /// Bytes inflated per step: large, so a 50 MB file is a few dozen
    /// steps rather than thousands of 16 KB ones; the caps are checked
    /// after each, so at most this much is ever inflated past one.
    static let inflateChunk = 1 << 20

    public static func read(path: String, limits: ExportLimits = .standard) throws(ExportError) -> ExportFiles {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw .notFound(path) }
        let files = isDir.boolValue ? try readFolder(path, limits: limits) : try readZip(path, limits: limits)
        guard !files.files.isEmpty else { throw isDir.boolValue ? .notAnExportFolder(path) : .noExportFiles(path) }
        return files
    }

    // MARK: ZIP

    private static func readZip(_ path: String, limits: ExportLimits) throws(ExportError) -> ExportFiles {
        guard FileManager.default.isReadableFile(atPath: path) else { throw .unreadable(path, reason: "permission denied") }
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw startsLikeZip(path) ? .damaged(path, entry: nil) : .notZip(path)
        }
        // The directory first: every name is checked before any byte is read.
        var wanted: [(key: String, entry: Entry)] = []
        var count = 0
        for entry in archive {
            count += 1
            let name = entry.path
            guard isSafe(entryPath: name) else { throw .unsafeEntryPath(path, entry: shown(name)) }
            guard entry.type == .file else { continue }
            let base = baseName(name).lowercased()
            guard known.contains(base) else { continue }
            // A file at the top wins over a copy deeper down.
            if let k = wanted.firstIndex(where: { $0.key == base }) {
                if depth(name) < depth(wanted[k].entry.path) { wanted[k].entry = entry }
            } else {
                wanted.append((base, entry))
            }
        }
        if count == 0 && !startsLikeZip(path) { throw .notZip(path) }
        // An entry's claimed compressed size may lie; it cannot read more
        // than the archive holds.
        let fileSize = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? Int.max
        var result: [String: (name: String, bytes: [UInt8])] = [:]
        var total = 0
        for (key, entry) in wanted {
            let name = shown(entry.path)
            let compressed = max(1, min(Int(clamping: entry.compressedSize), fileSize))
            let declared = Int(clamping: entry.uncompressedSize)
            // What the directory claims is checked before a byte is inflated;
            // what inflating produces may not exceed the claim.
            if declared > limits.entryBytes { throw .tooLarge(path, entry: name, cap: .entry(limits.entryBytes)) }
            if total + declared > limits.totalBytes { throw .tooLarge(path, entry: name, cap: .total(limits.totalBytes)) }
            if declared >= limits.ratioFloor && declared / compressed > limits.ratio { throw .tooLarge(path, entry: name, cap: .ratio(limits.ratio)) }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(declared)
            var hit: ExportError?
            do {
                _ = try archive.extract(entry, bufferSize: Self.inflateChunk, skipCRC32: false) { chunk in
                    if bytes.count + chunk.count > declared {
                        hit = .damaged(path, entry: name)
                    } else if bytes.count + chunk.count > limits.entryBytes {
                        hit = .tooLarge(path, entry: name, cap: .entry(limits.entryBytes))
                    } else if total + bytes.count + chunk.count > limits.totalBytes {
                        hit = .tooLarge(path, entry: name, cap: .total(limits.totalBytes))
                    } else if bytes.count + chunk.count >= limits.ratioFloor && (bytes.count + chunk.count) / compressed > limits.ratio {
                        hit = .tooLarge(path, entry: name, cap: .ratio(limits.ratio))
                    }
                    if hit != nil { throw Archive.ArchiveError.cancelledOperation }
                    bytes.append(contentsOf: chunk)
                }
            } catch {
                throw hit ?? .damaged(path, entry: name)
            }
            total += bytes.count
            result[key] = (name, bytes)
        }
        return ExportFiles(files: result)
    }

    private static func startsLikeZip(_ path: String) -> Bool {
        guard let h = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? h.close() }
        return ((try? h.read(upToCount: 4)) ?? Data()) == Data([0x50, 0x4B, 0x03, 0x04])
    }

    /// Relative, without `..` components, without a drive or a backslash
    /// root: a name that could only mean a place outside the archive.
    static func isSafe(entryPath p: String) -> Bool {
        if p.isEmpty || p.hasPrefix("/") || p.hasPrefix("\\") { return false }
        if p.count >= 2, p.dropFirst().first == ":" { return false }
        let parts = p.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        return !parts.contains("..")
    }

    private static func baseName(_ p: String) -> String {
        String(p.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
    }

    private static func depth(_ p: String) -> Int { p.split(separator: "/").count }

    /// An entry name as an error shows it: printable ASCII, at most 60.
    static func shown(_ name: String) -> String {
        let clean = String(String.UnicodeScalarView(name.unicodeScalars.map { $0.value >= 0x20 && $0.value < 0x7F && $0 != "\"" ? $0 : "?" }))
        return clean.count <= 60 ? clean : String(clean.prefix(57)) + "..."
    }

    // MARK: Folder

    private static func readFolder(_ path: String, limits: ExportLimits) throws(ExportError) -> ExportFiles {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
            throw .unreadable(path, reason: "cannot list the folder")
        }
        var result: [String: (name: String, bytes: [UInt8])] = [:]
        var total = 0
        for name in names.sorted() {
            let key = name.lowercased()
            guard known.contains(key) else { continue }
            let full = (path as NSString).appendingPathComponent(name)
            let size = (try? FileManager.default.attributesOfItem(atPath: full)[.size] as? Int) ?? 0
            if size > limits.entryBytes { throw .tooLarge(path, entry: shown(name), cap: .entry(limits.entryBytes)) }
            if total + size > limits.totalBytes { throw .tooLarge(path, entry: shown(name), cap: .total(limits.totalBytes)) }
            guard let data = FileManager.default.contents(atPath: full) else {
                throw .unreadable(full, reason: "permission denied")
            }
            // Checked again on what was read: the file may have grown.
            if data.count > limits.entryBytes { throw .tooLarge(path, entry: shown(name), cap: .entry(limits.entryBytes)) }
            total += data.count
            if total > limits.totalBytes { throw .tooLarge(path, entry: shown(name), cap: .total(limits.totalBytes)) }
            result[key] = (name, [UInt8](data))
        }
        return ExportFiles(files: result)
    }
}
