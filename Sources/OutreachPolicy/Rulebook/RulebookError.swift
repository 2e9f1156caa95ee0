/// Why a rulebook could not be loaded, naming the file, line, rule and field.
public struct RulebookError: Error, Equatable, Sendable, CustomStringConvertible {
    public var source: String?
    public var line: Int?
    public var rule: String?
    public var field: String?
    public var message: String

    public init(source: String? = nil, line: Int? = nil, rule: String? = nil, field: String? = nil, message: String) {
        self.source = source
        self.line = line
        self.rule = rule
        self.field = field
        self.message = message
    }

    /// `rules.yaml:12: rule FLATTERY_HONORED, field patterns[2]: "(" is not closed by ")"`
    public var description: String {
        var s = ""
        if let source { s += source }
        if let line { s += (s.isEmpty ? "line \(line)" : ":\(line)") }
        if !s.isEmpty { s += ": " }
        var what: [String] = []
        if let rule { what.append("rule \(rule)") }
        if let field { what.append("field \(field)") }
        if !what.isEmpty { s += what.joined(separator: ", ") + ": " }
        return s + message
    }
}
