import CSV

/// One CSV file of an export, checked and split into rows by CSV.swift.
/// Columns are found by name in the header row (case-insensitive, trimmed,
/// unquoted), never by position: LinkedIn adds, drops and reorders them.
struct CSVTable {
    let file: String
    /// Normalised column name -> index in a row.
    let columns: [String: Int]
    /// 1-based line of the header row.
    let headerLine: Int
    private let reader: CSVReader
    private var nextLine: Int

    /// Checks the bytes (UTF-8, balanced quotes), skips a BOM and any
    /// preamble before the header: the first of the first rows that names
    /// one of `known` (normalised) columns.
    init(file: String, bytes: [UInt8], known: Set<String>) throws(ExportError) {
        self.file = file
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        let text: String
        text = try Self.validated(bytes, from: start, file: file)
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: false) } catch { throw .noKnownColumns(file: file) }
        var line = 1
        for _ in 0..<12 {
            guard let row = reader.next() else { break }
            let names = row.map(Self.normalised)
            if names.contains(where: known.contains) {
                var columns: [String: Int] = [:]
                for (i, n) in names.enumerated() where columns[n] == nil { columns[n] = i }
                self.columns = columns
                self.headerLine = line
                self.reader = reader
                self.nextLine = line + 1 + Self.breaks(in: row)
                return
            }
            line += 1 + Self.breaks(in: row)
        }
        throw .noKnownColumns(file: file)
    }

    static func normalised(_ name: String) -> String {
        var s = Substring(name).trimmingWhitespace()
        if s.count >= 2, s.first == "\"", s.last == "\"" { s = s.dropFirst().dropLast().trimmingWhitespace() }
        return s.lowercased()
    }

    func index(_ column: String) -> Int? { columns[column] }

    /// The index of a column the file must have, or an error at the header.
    func required(_ column: String, shownAs name: String) throws(ExportError) -> Int {
        guard let i = columns[column] else { throw .missingColumn(file: file, line: headerLine, column: name) }
        return i
    }

    /// Each data row with its 1-based first line; blank lines are skipped.
    mutating func forEachRow(_ body: (_ line: Int, _ fields: [String]) throws(ExportError) -> Void) throws(ExportError) {
        while let row = reader.next() {
            let line = nextLine
            nextLine += 1 + Self.breaks(in: row)
            if row.count == 1 && row[0].isEmpty { continue }
            try body(line, row)
        }
    }

    private static func breaks(in row: [String]) -> Int {
        var n = 0
        for f in row { for b in f.utf8 where b == 0x0A { n += 1 } }
        return n
    }

    /// The text, or where it first stops being UTF-8 or leaves a quote
    /// open. The library reads an unclosed quote to the end of the file
    /// without a word, so the quotes are counted first: in well-formed CSV
    /// every quote character is one of a pair.
    private static func validated(_ bytes: [UInt8], from start: Int, file: String) throws(ExportError) -> String {
        let body = bytes[start...]
        guard let text = String(validating: body, as: UTF8.self) else {
            throw .invalidUTF8(file: file, line: firstInvalidLine(body))
        }
        var quotes = 0
        for b in body where b == 0x22 { quotes += 1 }
        if quotes % 2 != 0 { throw .unbalancedQuote(file: file, line: unclosedQuoteLine(body)) }
        return text
    }

    private static func firstInvalidLine(_ body: ArraySlice<UInt8>) -> Int {
        var line = 1
        var parser = Unicode.UTF8.ForwardParser()
        var it = body.makeIterator()
        while true {
            switch parser.parseScalar(from: &it) {
            case .valid(let s):
                if s.count == 1 && s.first == 0x0A { line += 1 }
            case .error: return line
            case .emptyInput: return line
            }
        }
    }

    /// The line where the quote that is never closed was opened.
    private static func unclosedQuoteLine(_ body: ArraySlice<UInt8>) -> Int {
        var line = 1, openedAt = 1
        var inQuote = false
        for b in body {
            if b == 0x22 {
                inQuote.toggle()
                if inQuote { openedAt = line }
            } else if b == 0x0A {
                line += 1
            }
        }
        return openedAt
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
