/// Builds JSON text with keys in the order they are written, so reports are
/// stable and diff-friendly: one line, `", "` between items, `": "` after keys.
struct JSONWriter {
    private(set) var text = ""
    private var needsComma: [Bool] = []

    mutating func beginObject(_ key: String? = nil) { open("{", key) }
    mutating func endObject() { close("}") }
    mutating func beginArray(_ key: String? = nil) { open("[", key) }
    mutating func endArray() { close("]") }

    mutating func field(_ key: String, _ value: String?) { raw(key, value.map(Self.quoted) ?? "null") }
    mutating func field(_ key: String, _ value: Int?) { raw(key, value.map { String($0) } ?? "null") }
    mutating func field(_ key: String, _ value: Bool) { raw(key, value ? "true" : "false") }
    mutating func field(_ key: String, number value: Double) { raw(key, value.isFinite ? formatScore(value) : "null") }
    mutating func field(_ key: String, strings: [String]) { raw(key, "[" + strings.map(Self.quoted).joined(separator: ", ") + "]") }
    mutating func element(_ value: String) { raw(nil, Self.quoted(value)) }

    /// A JSON string literal: quotes, backslashes and control characters
    /// escaped as JSON requires; U+2028 and U+2029 escaped too, so the text
    /// is also valid JavaScript.
    static func quoted(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
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
