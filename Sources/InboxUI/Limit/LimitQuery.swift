import InboxModel
import OutreachPolicy

/// The limit filter's query (`l`, neomutt's "limit"): which rows a view
/// keeps. Terms:
///
///     flagged            the thread is flagged (an invitation: the policy says ignore)
///     unread             the other person wrote last and the thread is unopened
///     stage:pitch        the thread reached a stage (flattery, meeting, nudge, pitch)
///     score>10           the verdict's score against a number (> >= < <= =)
///     from:NAME          the person's name contains NAME (quote spaces: from:"Ana Li")
///     before:2024-05-01  the row's time (last message, invitation, connection)
///     after:2024-05-01
///
/// combined with `not`, `and` (or just a space), `or` and parentheses;
/// `not` binds tightest, then `and`, then `or`.
public indirect enum LimitQuery: Equatable, Sendable {
    case flagged
    case unread
    case stage(Stage)
    case score(Comparison, Double)
    case from(String)
    case before(Timestamp)
    case after(Timestamp)
    case not(LimitQuery)
    case and(LimitQuery, LimitQuery)
    case or(LimitQuery, LimitQuery)

    public enum Comparison: String, Equatable, Sendable {
        case greater = ">", atLeast = ">=", less = "<", atMost = "<=", equal = "="

        func holds(_ a: Double, _ b: Double) -> Bool {
            switch self {
            case .greater: return a > b
            case .atLeast: return a >= b
            case .less: return a < b
            case .atMost: return a <= b
            case .equal: return a == b
            }
        }
    }

    /// Why a query does not parse, and at which character (1-based).
    public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        public var column: Int
        public var message: String
        public var description: String { "column \(column): \(message)" }
    }

    /// Parses `text`; throws the first error with its column.
    public static func parse(_ text: String) throws(ParseError) -> LimitQuery {
        var parser = LimitParser(tokens: try LimitParser.tokenize(text), end: text.count + 1)
        return try parser.parseAll()
    }
}

/// A word or parenthesis of a query, with the column it starts at.
struct LimitToken: Equatable {
    enum Kind: Equatable { case open, close, word(String) }
    var kind: Kind
    var column: Int
}

/// Recursive descent over the tokens: or → and → not → term.
struct LimitParser {
    let tokens: [LimitToken]
    /// The column just past the text, for "ends too soon".
    let end: Int
    var at = 0

    init(tokens: [LimitToken], end: Int) {
        self.tokens = tokens
        self.end = end
    }

    static func tokenize(_ text: String) throws(LimitQuery.ParseError) -> [LimitToken] {
        var out: [LimitToken] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "\t" {
                i += 1
            } else if c == "(" || c == ")" {
                out.append(LimitToken(kind: c == "(" ? .open : .close, column: i + 1))
                i += 1
            } else {
                let start = i
                var word = ""
                while i < chars.count, chars[i] != " ", chars[i] != "\t", chars[i] != "(", chars[i] != ")" {
                    if chars[i] == "\"" {
                        let open = i
                        i += 1
                        while i < chars.count, chars[i] != "\"" {
                            word.append(chars[i])
                            i += 1
                        }
                        guard i < chars.count else { throw .init(column: open + 1, message: "this quote is never closed") }
                    } else {
                        word.append(chars[i])
                    }
                    i += 1
                }
                out.append(LimitToken(kind: .word(word), column: start + 1))
            }
        }
        return out
    }

    mutating func parseAll() throws(LimitQuery.ParseError) -> LimitQuery {
        guard !tokens.isEmpty else { throw .init(column: 1, message: "the query is empty") }
        let q = try parseOr()
        if at < tokens.count {
            let t = tokens[at]
            throw .init(column: t.column, message: t.kind == .close ? "this ) has no ( before it" : "expected and, or or the end here")
        }
        return q
    }

    private func isWord(_ w: String) -> Bool {
        guard at < tokens.count, case .word(let x) = tokens[at].kind else { return false }
        return x.lowercased() == w
    }

    private mutating func parseOr() throws(LimitQuery.ParseError) -> LimitQuery {
        var left = try parseAnd()
        while isWord("or") {
            at += 1
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws(LimitQuery.ParseError) -> LimitQuery {
        var left = try parseNot()
        while at < tokens.count, !isWord("or"), tokens[at].kind != .close {
            if isWord("and") { at += 1 }
            left = .and(left, try parseNot())
        }
        return left
    }

    private mutating func parseNot() throws(LimitQuery.ParseError) -> LimitQuery {
        if isWord("not") {
            at += 1
            return .not(try parseNot())
        }
        return try parseTerm()
    }

    private mutating func parseTerm() throws(LimitQuery.ParseError) -> LimitQuery {
        guard at < tokens.count else { throw .init(column: end, message: "the query ends where a term was expected") }
        let token = tokens[at]
        at += 1
        switch token.kind {
        case .close:
            throw .init(column: token.column, message: "expected a term before this )")
        case .open:
            let inner = try parseOr()
            guard at < tokens.count, tokens[at].kind == .close else {
                throw .init(column: at < tokens.count ? tokens[at].column : end, message: "the ( at column \(token.column) is never closed")
            }
            at += 1
            return inner
        case .word(let word):
            return try Self.term(word, column: token.column)
        }
    }

    static let termNames = ["flagged", "unread", "stage:", "score", "from:", "before:", "after:"]

    static func term(_ word: String, column: Int) throws(LimitQuery.ParseError) -> LimitQuery {
        let lower = word.lowercased()
        switch lower {
        case "flagged": return .flagged
        case "unread": return .unread
        case "and", "or": throw .init(column: column, message: "\(lower) needs a term before it")
        default: break
        }
        if let colon = word.firstIndex(of: ":") {
            let key = lower[..<lower.index(lower.startIndex, offsetBy: word.distance(from: word.startIndex, to: colon))]
            let value = String(word[word.index(after: colon)...])
            let valueColumn = column + word.distance(from: word.startIndex, to: colon) + 1
            guard !value.isEmpty else { throw .init(column: valueColumn, message: "\(key): needs a value") }
            switch key {
            case "stage":
                guard let stage = Stage(rawValue: value.lowercased()) else {
                    throw .init(column: valueColumn, message: "no stage \"\(value)\"; stages are \(Stage.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return .stage(stage)
            case "from":
                return .from(value)
            case "before", "after":
                guard let t = try? Timestamp.parse(value, allowDateOnly: true) else {
                    throw .init(column: valueColumn, message: "\"\(value)\" is not a date like 2024-05-01")
                }
                return key == "before" ? .before(t) : .after(t)
            default:
                break
            }
        }
        if lower.hasPrefix("score") {
            let rest = lower.dropFirst(5)
            let op = rest.prefix { "<>=".contains($0) }
            let opColumn = column + 5
            guard let comparison = LimitQuery.Comparison(rawValue: String(op)) else {
                throw .init(column: opColumn, message: "score needs >, >=, <, <= or = and a number (score>10)")
            }
            let number = rest.dropFirst(op.count)
            guard let value = Double(number), value.isFinite else {
                throw .init(column: opColumn + op.count, message: "score\(op) needs a number")
            }
            return .score(comparison, value)
        }
        throw .init(column: column, message: "unknown term \"\(word)\"; terms are \(termNames.joined(separator: " "))")
    }
}
