/// Builds JSON text with keys in the order they are written, so the
/// `check` report's layout is stable and diff-friendly.
struct JSONWriter {
    private(set) var text = ""
    private var needsComma: [Bool] = []

    mutating func beginObject(_ key: String? = nil) { open("{", key) }
    mutating func endObject() { close("}") }
    mutating func beginArray(_ key: String? = nil) { open("[", key) }
    mutating func endArray() { close("]") }

    mutating func field(_ key: String, _ value: String?) { raw(key, value.map(jsonString) ?? "null") }
    mutating func field(_ key: String, _ value: Int) { raw(key, String(value)) }
    mutating func field(_ key: String, _ value: Bool) { raw(key, value ? "true" : "false") }
    mutating func field(_ key: String, number value: Double) { raw(key, JSONWriter.number(value)) }
    mutating func field(_ key: String, strings: [String]) { raw(key, "[" + strings.map(jsonString).joined(separator: ", ") + "]") }
    mutating func element(_ value: String) { raw(nil, jsonString(value)) }

    /// Scores print with one decimal ("9.5", "6.0", "-1.5").
    static func number(_ v: Double) -> String {
        guard v.isFinite else { return "null" }
        let tenths = (v * 10).rounded()
        let sign = tenths < 0 ? "-" : ""
        let a = Int(abs(tenths))
        return "\(sign)\(a / 10).\(a % 10)"
    }

    private mutating func separator() {
        if let last = needsComma.last {
            if last { text += ", " }
            needsComma[needsComma.count - 1] = true
        }
    }

    private mutating func raw(_ key: String?, _ value: String) {
        separator()
        if let key { text += jsonString(key) + ": " }
        text += value
    }

    private mutating func open(_ bracket: String, _ key: String?) {
        separator()
        if let key { text += jsonString(key) + ": " }
        text += bracket
        needsComma.append(false)
    }

    private mutating func close(_ bracket: String) {
        needsComma.removeLast()
        text += bracket
    }
}
