/// Why an export could not be read. Every case is one line that says where
/// (the file inside the archive, the line, the column's name) and never
/// quotes the export's own text: it is someone's private inbox.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path does not exist (exit 66).
    case notFound(String)
    /// The path exists but cannot be read (exit 66).
    case unreadable(String, reason: String)
    /// Not a ZIP archive at all.
    case notZip(String)
    /// Starts like a ZIP but its directory or an entry is cut short or damaged.
    case damaged(String, entry: String?)
    /// An entry whose name climbs out of the archive or starts at the root.
    case unsafeEntryPath(String, entry: String)
    /// Uncompressed size beyond a cap: which cap, and the entry that crossed it.
    case tooLarge(String, entry: String, cap: SizeCap)
    /// None of the files an export holds.
    case noExportFiles(String)
    /// A CSV file the library could not make rows of (an unclosed quote).
    case unbalancedQuote(file: String, line: Int)
    case invalidUTF8(file: String, line: Int)
    /// A CSV file whose first lines hold none of the columns it should have.
    case noKnownColumns(file: String)
    case missingColumn(file: String, line: Int, column: String)
    /// A value the format does not allow, named by its column.
    case badValue(file: String, line: Int, column: String)

    public enum SizeCap: Equatable, Sendable {
        case total(Int)
        case ratio(Int)
        case entry(Int)
    }

    /// True when the file was not there or not readable, rather than wrong.
    public var isMissingInput: Bool {
        switch self {
        case .notFound, .unreadable: return true
        default: return false
        }
    }

    /// A CSV error located in the archive or folder it came from too.
    func within(_ archive: String) -> ExportError {
        func f(_ file: String) -> String { archive + ": " + file }
        switch self {
        case .unbalancedQuote(let file, let line): return .unbalancedQuote(file: f(file), line: line)
        case .invalidUTF8(let file, let line): return .invalidUTF8(file: f(file), line: line)
        case .noKnownColumns(let file): return .noKnownColumns(file: f(file))
        case .missingColumn(let file, let line, let column): return .missingColumn(file: f(file), line: line, column: column)
        case .badValue(let file, let line, let column): return .badValue(file: f(file), line: line, column: column)
        default: return self
        }
    }

    public var description: String {
        switch self {
        case .notFound(let p): return "\(p): no such file or folder"
        case .unreadable(let p, let reason): return "\(p): cannot read: \(reason)"
        case .notZip(let p): return "\(p): not a ZIP archive or an export folder"
        case .damaged(let p, let entry):
            return entry.map { "\(p): \($0): damaged or truncated entry" } ?? "\(p): damaged or truncated ZIP archive"
        case .unsafeEntryPath(let p, let entry): return "\(p): entry \"\(entry)\" has an unsafe path (absolute or with \"..\")"
        case .tooLarge(let p, let entry, let cap):
            switch cap {
            case .total(let n): return "\(p): \(entry): uncompressed size exceeds the total cap of \(n / 1_048_576) MB"
            case .ratio(let n): return "\(p): \(entry): compression ratio exceeds the cap of \(n):1"
            case .entry(let n): return "\(p): \(entry): uncompressed size exceeds the per-file cap of \(n / 1_048_576) MB"
            }
        case .noExportFiles(let p):
            return "\(p): no LinkedIn export files (messages.csv, Connections.csv, Invitations.csv, Profile.csv)"
        case .unbalancedQuote(let f, let line): return "\(f):\(line): unbalanced quote in a CSV field"
        case .invalidUTF8(let f, let line): return "\(f):\(line): invalid UTF-8"
        case .noKnownColumns(let f): return "\(f): no header row with known columns"
        case .missingColumn(let f, let line, let column): return "\(f):\(line): header has no \"\(column)\" column"
        case .badValue(let f, let line, let column): return "\(f):\(line): column \"\(column)\": value not in the expected form"
        }
    }
}
