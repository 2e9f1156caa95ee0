/// Finds where a key path is written in a TOML text, for error lines:
/// TOMLKit reports positions for syntax errors only. Understands table
/// headers (`[keys.list]`) and `key = ...` lines under them, bare or
/// quoted; a path it cannot find comes out without a place.
struct ConfigLocator {
    let text: String

    func locate(_ path: [String]) -> (line: Int, column: Int)? {
        var section: [String] = []
        var sectionLine: (Int, Int)?
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = raw.prefix { $0 == " " || $0 == "\t" }.count
            let line = raw.dropFirst(indent)
            if line.hasPrefix("[") {
                section = Self.header(line)
                if section == path { return (i + 1, indent + 1) }
                if sectionLine == nil, path.starts(with: section), !section.isEmpty, section.count < path.count,
                   path.count - section.count > 1 {
                    sectionLine = (i + 1, indent + 1)
                }
                continue
            }
            guard let key = Self.key(line) else { continue }
            if section + [key] == path { return (i + 1, indent + 1) }
            // `[keys]` with `list = { ... }`: the inline table's line.
            if path.count > section.count + 1, path.starts(with: section + [key]) { return (i + 1, indent + 1) }
        }
        return sectionLine
    }

    /// `[ keys . "list" ]` -> ["keys", "list"].
    static func header(_ line: Substring) -> [String] {
        let inner = line.drop { $0 == "[" }.prefix { $0 != "]" }
        return inner.split(separator: ".").map { unquote($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// The key a `key = value` line sets, unquoted.
    static func key(_ line: Substring) -> String? {
        if line.hasPrefix("\"") || line.hasPrefix("'") {
            let quote = line.first
            var escaped = false
            var out = ""
            for c in line.dropFirst() {
                if escaped { out.append(c); escaped = false; continue }
                if c == "\\" && quote == "\"" { escaped = true; continue }
                if c == quote { return out }
                out.append(c)
            }
            return nil
        }
        guard let eq = line.firstIndex(of: "=") else { return nil }
        let key = line[..<eq].trimmingCharacters(in: .whitespaces)
        return key.isEmpty || key.hasPrefix("#") ? nil : key
    }

    private static func unquote(_ s: String) -> String {
        guard s.count >= 2, let f = s.first, f == "\"" || f == "'", s.last == f else { return s }
        return String(s.dropFirst().dropLast())
    }
}
