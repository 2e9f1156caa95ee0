/// A streaming JSON reader over the document's bytes. No tree is built:
/// the schema decoder pulls values straight into the model, which keeps a
/// 300,000-message fixture fast to load and small in memory.
///
/// It reads through a pointer, not an array, so a fixture can be read
/// straight from a mapped file; the caller keeps the bytes alive for as
/// long as the reader is used.
struct JSONReader: FixtureReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i: Int
    /// One bit per open container, the innermost at `depth - 1`: set until
    /// its first member is read. A word, not an array: every event pushes
    /// and pops one, and `FixtureLimits.maxDepth` (64) levels fit.
    private var expectingFirst: UInt64 = 0
    private var depth = 0
    private var lines: LineIndex

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int = 0) {
        self.bytes = bytes
        self.i = start
        self.lines = LineIndex(bytes: bytes)
    }

    var position: SourcePosition { i }

    /// A reader that takes up a list in the middle: at the comma before an
    /// element, inside one open list (the events list, read in two halves).
    init(bytes: UnsafeBufferPointer<UInt8>, resumingListAtComma comma: Int) {
        self.init(bytes: bytes, start: comma)
        depth = 1
    }

    /// Skips whitespace; where the next token starts.
    mutating func skipSpaceAndGetPosition() -> Int {
        skipSpace()
        return i
    }

    /// Jumps past the end of the innermost list, read by another reader
    /// that ended at `end` (just after its `]`).
    mutating func finishArray(at end: Int) {
        i = end
        popContainer()
    }

    func location(of position: SourcePosition) -> SourceLocation? { lines.location(of: position) }

    private func fail(_ message: String, at pos: Int? = nil) -> FixtureError {
        FixtureError(location: lines.location(of: pos ?? i), message: message)
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    private func describe(_ b: UInt8) -> String {
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return String(format: b)
    }

    mutating func kind() throws(FixtureError) -> ValueKind {
        skipSpace()
        guard i < bytes.count else { throw fail("unexpected end of file; expected a value") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw fail("unexpected \(describe(bytes[i])); expected a value")
        }
    }

    mutating func enterObject() throws(FixtureError) {
        let k = try kind()
        guard k == .object else { throw fail("expected a mapping, found \(k.noun)") }
        try push()
    }

    mutating func enterArray() throws(FixtureError) {
        let k = try kind()
        guard k == .array else { throw fail("expected a list, found \(k.noun)") }
        try push()
    }

    private mutating func push() throws(FixtureError) {
        guard depth < FixtureLimits.maxDepth else {
            throw fail("nesting is deeper than \(FixtureLimits.maxDepth) levels")
        }
        i += 1
        pushContainer()
    }

    private mutating func pushContainer() {
        expectingFirst |= 1 << UInt64(depth)
        depth += 1
    }

    private mutating func popContainer() {
        depth -= 1
        expectingFirst &= ~(1 << UInt64(depth))
    }

    private var innermostExpectsFirst: Bool { depth > 0 && expectingFirst >> UInt64(depth - 1) & 1 == 1 }

    private mutating func innermostHasMembers() {
        if depth > 0 { expectingFirst &= ~(1 << UInt64(depth - 1)) }
    }

    /// Consumes the separator before the next member, or the closing
    /// bracket; returns false at the end of the container.
    private mutating func advanceMember(close: UInt8) throws(FixtureError) -> Bool {
        skipSpace()
        guard i < bytes.count else { throw fail("unexpected end of file; expected '\(Character(Unicode.Scalar(close)))'") }
        let first = innermostExpectsFirst
        if bytes[i] == close {
            i += 1
            popContainer()
            return false
        }
        if !first {
            guard bytes[i] == UInt8(ascii: ",") else {
                throw fail("unexpected \(describe(bytes[i])); expected ',' or '\(Character(Unicode.Scalar(close)))'")
            }
            i += 1
            skipSpace()
            if i < bytes.count, bytes[i] == close { throw fail("trailing comma before '\(Character(Unicode.Scalar(close)))'") }
        }
        innermostHasMembers()
        return true
    }

    mutating func nextKey() throws(FixtureError) -> String? {
        guard try advanceMember(close: UInt8(ascii: "}")) else { return nil }
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
            throw fail("expected a quoted key")
        }
        let key = try parseString()
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':' after key \"\(FixtureSchema.shown(key))\"") }
        i += 1
        skipSpace()
        return key
    }

    mutating func nextElement() throws(FixtureError) -> Bool {
        let more = try advanceMember(close: UInt8(ascii: "]"))
        if more { skipSpace() }
        return more
    }

    mutating func readString() throws(FixtureError) -> String {
        let k = try kind()
        guard k == .string else { throw fail("expected a string, found \(k.noun)") }
        return try parseString()
    }

    mutating func readBool() throws(FixtureError) -> Bool {
        let k = try kind()
        guard k == .bool else { throw fail("expected true or false, found \(k.noun)") }
        if matchLiteral("true") { return true }
        if matchLiteral("false") { return false }
        throw fail("expected true or false")
    }

    mutating func readInt() throws(FixtureError) -> Int {
        let k = try kind()
        guard k == .number else { throw fail("expected a whole number, found \(k.noun)") }
        let start = i
        guard try scanNumber() else { throw fail("expected a whole number", at: start) }
        let parsed = PlainScalar.integer(utf8: UnsafeBufferPointer(rebasing: bytes[start..<i]), text: "", allowNegative: true)
        switch parsed {
        case .success(let v): return v
        case .failure: throw fail("number is too large", at: start)
        }
    }

    /// Moves past an RFC 8259 number, `-? (0 | [1-9][0-9]*) (.[0-9]+)?
    /// ([eE][+-]?[0-9]+)?`; true when it has no fraction or exponent.
    private mutating func scanNumber() throws(FixtureError) -> Bool {
        let start = i
        func isDigit(_ k: Int) -> Bool { k < bytes.count && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
        func digits() { while isDigit(i) { i += 1 } }
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard isDigit(i) else { throw fail("expected a number", at: start) }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if isDigit(i) { throw fail("leading zeros are not allowed in JSON numbers", at: start) }
        } else {
            digits()
        }
        var whole = true
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard isDigit(i) else { throw fail("expected digits after '.' in a number", at: start) }
            digits()
            whole = false
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard isDigit(i) else { throw fail("expected digits in a number's exponent", at: start) }
            digits()
            whole = false
        }
        return whole
    }

    mutating func skipValue() throws(FixtureError) {
        switch try kind() {
        case .string: _ = try parseString()
        case .bool: _ = try readBool()
        case .null:
            guard matchLiteral("null") else { throw fail("expected null") }
        case .number: try skipNumber()
        case .object:
            try enterObject()
            while try nextKey() != nil { try skipValue() }
        case .array:
            try enterArray()
            while try nextElement() { try skipValue() }
        }
    }

    /// Consumes `null`; used for optional fields written as null.
    mutating func readNull() throws(FixtureError) {
        guard try kind() == .null, matchLiteral("null") else { throw fail("expected null") }
    }

    /// Checks nothing but whitespace follows the top-level value.
    mutating func expectEnd() throws(FixtureError) {
        skipSpace()
        if i < bytes.count { throw fail("unexpected \(describe(bytes[i])) after the end of the document") }
    }

    private mutating func skipNumber() throws(FixtureError) {
        _ = try scanNumber()
    }

    private mutating func matchLiteral(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        let p = word.utf8Start
        for k in 0..<n where bytes[i + k] != p[k] { return false }
        if i + n < bytes.count {
            let c = bytes[i + n]
            if (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) { return false }
        }
        i += n
        return true
    }

    private mutating func parseString() throws(FixtureError) -> String {
        let open = i
        i += 1
        let start = i
        // Fast path: no escapes, so the bytes are the string (already
        // validated as UTF-8 by SourceText). The scan stops at the length
        // limit rather than read the rest of a huge string.
        let limit = min(bytes.count, start + FixtureLimits.maxStringBytes + 1)
        i = JSONReader.plainRun(bytes, from: start, to: limit)
        if i - start > FixtureLimits.maxStringBytes { throw tooLong(open) }
        if i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            if b < 0x20 { throw fail("control character \(String(format: b)) inside a string; escape it", at: i) }
        }
        guard i < bytes.count else { throw fail("unterminated string", at: open) }
        var out = [UInt8](bytes[start..<i])
        while i < bytes.count {
            let b = bytes[i]
            if out.count > FixtureLimits.maxStringBytes { throw tooLong(open) }
            if b == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 { throw fail("control character \(String(format: b)) inside a string; escape it", at: i) }
            if b != UInt8(ascii: "\\") {
                out.append(b)
                i += 1
                continue
            }
            i += 1
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                        throw fail("unpaired surrogate \\u\(String(scalar, radix: 16)) in string", at: i - 6)
                    }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw fail("invalid surrogate pair in string", at: i - 12) }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw fail("unpaired surrogate \\u\(String(scalar, radix: 16)) in string", at: i - 6)
                }
                guard let u = Unicode.Scalar(scalar) else { throw fail("invalid \\u escape", at: i - 6) }
                out.append(contentsOf: UTF8.encode(u) ?? [])
            default:
                throw fail("invalid escape '\\\(Character(Unicode.Scalar(e)))' in string", at: i - 2)
            }
        }
        throw fail("unterminated string", at: open)
    }

    // MARK: Fast path

    /// Offset of the first byte in `from..<to` that ends a plain run of
    /// string bytes (a quote, a backslash or a control character), or `to`.
    /// Eight bytes at a time: message text is most of a fixture's bytes.
    static func plainRun(_ p: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Int {
        guard let base = p.baseAddress else { return end }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var j = from
        while j + 8 <= end {
            let w = UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self)
            let quote = w ^ (0x22 &* ones), slash = w ^ (0x5C &* ones)
            // A byte is zero in `quote` or `slash`, or below 0x20 in `w`:
            // the classic has-zero-byte and has-less-than tests.
            let hits = ((quote &- ones) & ~quote) | ((slash &- ones) & ~slash) | ((w &- 0x20 &* ones) & ~w)
            if hits & highs != 0 { break }
            j += 8
        }
        while j < end {
            let b = base[j]
            if b == 0x22 || b == 0x5C || b < 0x20 { return j }
            j += 1
        }
        return end
    }

    /// Where the reader is, to return to when a fast path gives up.
    struct Mark {
        let position: Int
        fileprivate let depth: Int
    }

    func mark() -> Mark { Mark(position: i, depth: depth) }

    mutating func reset(to mark: Mark) {
        i = mark.position
        while depth > mark.depth { popContainer() }
    }

    /// The document's bytes, to match keys and values without making strings.
    func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T { body(bytes) }

    /// The fast paths below never throw: anything they don't expect is a
    /// miss, and the caller resets to a mark and reads the same bytes again
    /// with the checked methods, which report the problem.
    enum FastKey {
        case end
        case key(start: Int, count: Int)
        case miss
    }

    /// `{` within the depth limit.
    mutating func fastEnterObject() -> Bool {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{"), depth < FixtureLimits.maxDepth else { return false }
        i += 1
        pushContainer()
        return true
    }

    /// The next key of the current object, if it is a quoted string with
    /// no escapes, with the reader moved past its colon; `.end` after `}`.
    mutating func fastNextKey() -> FastKey {
        skipSpace()
        guard i < bytes.count, depth > 0 else { return .miss }
        let first = innermostExpectsFirst
        if bytes[i] == UInt8(ascii: "}") {
            i += 1
            popContainer()
            return .end
        }
        if !first {
            guard bytes[i] == UInt8(ascii: ",") else { return .miss }
            i += 1
            skipSpace()
        }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return .miss }
        innermostHasMembers()
        let start = i + 1
        let end = JSONReader.plainRun(bytes, from: start, to: bytes.count)
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return .miss }
        i = end + 1
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return .miss }
        i += 1
        skipSpace()
        return .key(start: start, count: end - start)
    }

    /// A string value with no escapes, as the range of its bytes.
    mutating func fastPlainString() -> (start: Int, count: Int)? {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
        let start = i + 1
        let limit = min(bytes.count, start + FixtureLimits.maxStringBytes + 1)
        let end = JSONReader.plainRun(bytes, from: start, to: limit)
        guard end < limit, bytes[end] == UInt8(ascii: "\"") else { return nil }
        i = end + 1
        return (start, end - start)
    }

    /// `null`, consumed.
    mutating func fastNull() -> Bool {
        skipSpace()
        return matchLiteral("null")
    }

    private func tooLong(_ at: Int) -> FixtureError {
        fail("string is longer than \(FixtureLimits.maxStringBytes) bytes", at: at)
    }

    private mutating func hex4() throws(FixtureError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("truncated \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw fail("invalid hex digit in \\u escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }
}

private extension UTF8 {
    static func encode(_ scalar: Unicode.Scalar) -> [UInt8]? {
        var out: [UInt8] = []
        UTF8.encode(scalar) { out.append($0) }
        return out
    }
}

extension String {
    /// `0x1B` for a byte, as error messages show it.
    init(format byte: UInt8) {
        let hex = String(byte, radix: 16, uppercase: true)
        self = "0x" + (hex.count == 1 ? "0" + hex : hex)
    }
}
