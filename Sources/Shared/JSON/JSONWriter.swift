/// Builds JSON text with keys in the order they are written, so reports are
/// stable and diff-friendly: one line, `", "` between items, `": "` after
/// keys. Every JSON report of the program (`check`, `coach`, `history`,
/// `bench`, `practice`) is written with it, and its string escape is the
/// one the fixture encoder writes.
public struct JSONWriter {
    public private(set) var text = ""
    private var needsComma: [Bool] = []

    public init() {}

    public mutating func beginObject(_ key: String? = nil) { open("{", key) }
    public mutating func endObject() { close("}") }
    public mutating func beginArray(_ key: String? = nil) { open("[", key) }
    public mutating func endArray() { close("]") }

    public mutating func field(_ key: String, _ value: String?) { raw(key, value.map(Self.quoted) ?? "null") }
    public mutating func field(_ key: String, _ value: Int?) { raw(key, value.map { String($0) } ?? "null") }
    public mutating func field(_ key: String, _ value: Bool) { raw(key, value ? "true" : "false") }
    public mutating func field(_ key: String, number value: Double) { raw(key, Self.score(value)) }
    public mutating func field(_ key: String, strings: [String]) { raw(key, "[" + strings.map(Self.quoted).joined(separator: ", ") + "]") }
    public mutating func element(_ value: String) { raw(nil, Self.quoted(value)) }

    /// A score as reports print it (`formatScore`: one decimal, "6.0",
    /// "2.3", "-1.5"); null if not finite.
    public static func score(_ value: Double) -> String { value.isFinite ? formatScore(value) : "null" }

    /// A JSON string literal. Quotes and backslashes are escaped, and so is
    /// every scalar the escape rule calls unsafe (`TerminalText.isUnsafe`:
    /// controls, bidi controls, U+2028/U+2029), so fixture text piped to a
    /// terminal stays inert and the text is also valid JavaScript.
    public static func quoted(_ s: String) -> String {
        var bytes: [UInt8] = []
        appendQuoted(s, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `quoted` written straight into UTF-8 bytes, copying runs of safe
    /// text whole, for writers of large files (the fixture encoder). The
    /// byte order mark is escaped too: YAML, which shares these escapes in
    /// its double-quoted strings, reads one inside a document as an error.
    public static func appendQuoted(_ s: String, to bytes: inout [UInt8]) {
        bytes.append(0x22)
        var copy = s
        copy.withUTF8 { u in
            let n = u.count
            var i = 0
            var runStart = 0
            while i < n {
                let b = u[i]
                let escape: (value: UInt32, length: Int)?
                if b == 0x22 || b == 0x5C {
                    escape = (UInt32(b), 1)
                } else if b == 0xEF, i + 2 < n, u[i + 1] == 0xBB, u[i + 2] == 0xBF {
                    escape = (0xFEFF, 3)
                } else {
                    escape = TerminalText.unsafeScalar(in: u, at: i)
                }
                guard let escape else {
                    i += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<i]))
                appendEscape(escape.value, to: &bytes)
                i += escape.length
                runStart = i
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<n]))
        }
        bytes.append(0x22)
    }

    private static func appendEscape(_ v: UInt32, to bytes: inout [UInt8]) {
        bytes.append(0x5C)
        switch v {
        case 0x22: bytes.append(0x22)
        case 0x5C: bytes.append(0x5C)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(UInt8(ascii: "u"))
            for shift in stride(from: 12, through: 0, by: -4) { bytes.append(hex[Int(v >> UInt32(shift) & 0xF)]) }
        }
    }

    private mutating func separator() {
        if let last = needsComma.last {
            if last { text += ", " }
            needsComma[needsComma.count - 1] = true
        }
    }

    private mutating func raw(_ key: String?, _ value: String) {
        separator()
        if let key { text += Self.quoted(key) + ": " }
        text += value
    }

    private mutating func open(_ bracket: String, _ key: String?) {
        separator()
        if let key { text += Self.quoted(key) + ": " }
        text += bracket
        needsComma.append(false)
    }

    private mutating func close(_ bracket: String) {
        if !needsComma.isEmpty { needsComma.removeLast() }
        text += bracket
    }
}
