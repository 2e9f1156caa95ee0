import Shared

/// A line and column in a fixture file, both counted from 1.
public struct SourceLocation: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}

/// Why a fixture could not be read. Prints as one line in the style of a
/// compiler diagnostic: `inbox.yaml:14:9: events[12].from: unknown person "t9"`.
public struct FixtureError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's name as the user gave it, when known.
    public var file: String?
    public var location: SourceLocation?
    /// Field path such as `events[12].from`; empty for whole-file problems.
    public var path: String
    public var message: String

    public init(file: String? = nil, location: SourceLocation? = nil, path: String = "", message: String) {
        self.file = file
        self.location = location
        self.path = path
        self.message = message
    }

    public var description: String {
        var prefix = ""
        if let file { prefix += file + ":" }
        if let location { prefix += "\(location.line):\(location.column):" }
        if !prefix.isEmpty { prefix += " " }
        if !path.isEmpty { prefix += path + ": " }
        // Quoted fixture text (a key with a newline, an id with a terminal
        // escape or a bidi override) must leave this as one inert line.
        return TerminalText.errorLine(prefix + message)
    }
}
