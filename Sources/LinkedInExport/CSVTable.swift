import CSV
import Shared

/// One CSV file of an export, checked and split into rows by CSV.swift.
/// Columns are found by name in the header row (case-insensitive, trimmed,
/// unquoted), never by position: LinkedIn adds, drops and reorders them.
///
/// A large file is cut into pieces at line ends outside quotes and the
/// pieces are read on every core: a 50 MB messages.csv is 160,000 rows.
struct CSVTable: Sendable {
    let file: String
    /// Normalised column name -> index in a row.
    let columns: [String: Int]
    /// 1-based line of the header row.
    let headerLine: Int
    /// The text after the header, in pieces that each start a row, with
    /// the line each starts on.
    private let pieces: [(text: String, line: Int)]

    static let pieceBytes = 1 << 20

    /// Checks the bytes (UTF-8, balanced quotes), skips a BOM and any
    /// preamble before the header: the first of the first rows that names
    /// one of `known` (normalised) columns.
    ///
    /// One pass over the bytes counts the quotes and finds where pieces
    /// may start; the pieces are then checked as UTF-8 and made into
    /// strings on every core at once.
    init(file: String, bytes: [UInt8], known: Set<String>) throws(ExportError) {
        self.file = file
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        let body = bytes[start...]
        let scan = Self.scan(body, every: Self.pieceBytes)
        let cuts = scan.cuts
        let texts = ParallelSlots<String>(count: cuts.count)
        forEachIndex(cuts.count, parallel: cuts.count > 1) { k in
            let end = k + 1 < cuts.count ? cuts[k + 1].offset : body.endIndex
            if let text = String(validating: body[cuts[k].offset..<end], as: UTF8.self) { texts.set(k, text) }
        }
        let decoded = texts.takeValues()
        guard decoded.count == cuts.count else { throw .invalidUTF8(file: file, line: Self.firstInvalidLine(body)) }
        if scan.quotes % 2 != 0 { throw .unbalancedQuote(file: file, line: Self.unclosedQuoteLine(body)) }
        // The header is among the first lines: read them alone, and no
        // more than the first 64 KB of them.
        let headEnd = Self.headEnd(body, limit: cuts.count > 1 ? cuts[1].offset : body.endIndex)
        let reader: CSVReader
        do { reader = try CSVReader(string: String(decoding: body[body.startIndex..<headEnd], as: UTF8.self), hasHeaderRow: false) } catch {
            throw .noKnownColumns(file: file)
        }
        var line = 1
        var offset = body.startIndex
        for _ in 0..<12 {
            guard let row = reader.next() else { break }
            let rowLines = 1 + Self.breaks(in: row)
            let names = row.map(Self.normalised)
            if names.contains(where: known.contains) {
                var columns: [String: Int] = [:]
                for (i, n) in names.enumerated() where columns[n] == nil { columns[n] = i }
                self.columns = columns
                self.headerLine = line
                offset = Self.skipLines(body, from: offset, count: 1)
                // The piece the header ends in, from the row after it; the
                // later ones as decoded.
                let h = cuts.lastIndex { $0.offset <= offset } ?? 0
                let end = h + 1 < cuts.count ? cuts[h + 1].offset : body.endIndex
                var pieces = [(String(decoding: body[offset..<end], as: UTF8.self), line + rowLines)]
                for k in (h + 1)..<cuts.count { pieces.append((decoded[k], cuts[k].line)) }
                self.pieces = pieces
                return
            }
            offset = Self.skipLines(body, from: offset, count: 1)
            line += rowLines
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

    /// What a row's transform throws: the column whose value is wrong.
    /// `rows` adds the file and the line.
    struct BadValue: Error {
        let column: String
    }

    /// Every data row made into a `T` by `transform`, in file order; blank
    /// lines are skipped. The pieces are read in parallel; of several
    /// errors, the one on the earliest line wins.
    ///
    /// Lines are not counted as rows are read (that is a second pass over
    /// every field's bytes): only when a row is refused is its piece read
    /// again up to it, to say on which line it starts.
    func rows<T: Sendable>(_ transform: @escaping @Sendable (_ fields: [String]) throws(BadValue) -> T) throws(ExportError) -> [T] {
        let results = ParallelSlots<Result<[T], ExportError>>(count: pieces.count)
        let pieces = self.pieces
        let file = self.file
        let read = { @Sendable (k: Int) in
            var out: [T] = []
            var index = 0
            do {
                let reader = try CSVReader(string: pieces[k].text, hasHeaderRow: false)
                while let row = reader.next() {
                    if !(row.count == 1 && row[0].isEmpty) { out.append(try transform(row)) }
                    // Not in a `defer`: a row refused must keep its own index.
                    index += 1
                }
                results.set(k, .success(out))
            } catch let e as BadValue {
                let line = Self.line(ofRow: index, in: pieces[k].text, from: pieces[k].line)
                results.set(k, .failure(.badValue(file: file, line: line, column: e.column)))
            } catch {
                results.set(k, .failure(.noKnownColumns(file: file))) // CSVReader(string:) does not throw for a string
            }
        }
        forEachIndex(pieces.count, parallel: pieces.count > 1, read)
        var all: [T] = []
        for r in results.all() {
            switch r {
            case .success(let rows): all += rows
            case .failure(let e): throw e
            case nil: break
            }
        }
        return all
    }

    /// The line the `index`th row of `text` starts on, `text` starting on
    /// line `first`: its rows read again, their line breaks counted.
    private static func line(ofRow index: Int, in text: String, from first: Int) -> Int {
        guard let reader = try? CSVReader(string: text, hasHeaderRow: false) else { return first }
        var line = first
        for _ in 0..<index {
            guard let row = reader.next() else { break }
            line += 1 + breaks(in: row)
        }
        return line
    }

    private static func breaks(in row: [String]) -> Int {
        var n = 0
        for f in row { for b in f.utf8 where b == 0x0A { n += 1 } }
        return n
    }

    /// Offsets where a row starts (after a line end outside quotes), about
    /// every `every` bytes, with the line each is on (the first is the
    /// start), and how many quote characters the bytes hold.
    private static func scan(_ body: ArraySlice<UInt8>, every: Int) -> (cuts: [(offset: Int, line: Int)], quotes: Int) {
        var out: [(offset: Int, line: Int)] = [(body.startIndex, 1)]
        var quotes = 0
        var line = 1
        var next = every
        body.withUnsafeBufferPointer { b in
            for i in 0..<b.count {
                let c = b[i]
                if c == 0x22 {
                    quotes += 1
                } else if c == 0x0A {
                    line += 1
                    if quotes & 1 == 0 && i + 1 >= next && i + 1 < b.count {
                        out.append((body.startIndex + i + 1, line))
                        next = i + 1 + every
                    }
                }
            }
        }
        return (out, quotes)
    }

    /// Where the lines searched for the header end: the last line end
    /// outside quotes before 64 KB (or `limit`), else `limit` itself.
    private static func headEnd(_ body: ArraySlice<UInt8>, limit: Int) -> Int {
        let cap = min(limit, body.startIndex + (64 << 10))
        guard cap < limit else { return limit }
        var inQuote = false
        var last = -1
        for i in body.startIndex..<cap {
            if body[i] == 0x22 { inQuote.toggle() } else if body[i] == 0x0A && !inQuote { last = i + 1 }
        }
        return last > 0 ? last : cap
    }

    /// The offset `count` line ends (outside quotes) after `from`: a row
    /// ends at one, whatever line breaks its quoted fields hold.
    private static func skipLines(_ body: ArraySlice<UInt8>, from: Int, count: Int) -> Int {
        var left = count
        var i = from
        var inQuote = false
        while i < body.endIndex && left > 0 {
            let c = body[i]
            if c == 0x22 { inQuote.toggle() } else if c == 0x0A && !inQuote { left -= 1 }
            i += 1
        }
        return i
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
        // Most fields start and end with a printable ASCII byte: nothing
        // to trim, known without looking at them as Characters.
        if let a = utf8.first, let z = utf8.last, a > 0x20 && a < 0x7F && z > 0x20 && z < 0x7F { return self }
        var s = self
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
