/// Why a pattern could not be compiled.
struct PatternError: Error, Equatable, Sendable {
    var message: String
}

/// The rulebook's small pattern language (documented in Rules/README.md),
/// expanded at compile time into plain phrases:
///
/// - `(a|b c)` alternatives, nestable; `[words]` optional, `[a|b]` optional alternatives
/// - `x?` makes the character or group before it optional (`honou?r`)
/// - `^` at the start / `$` at the end anchor to the start / end of the text
/// - `\` takes the next character literally
///
/// Everything else is literal text, normalised the way messages are.
enum PatternSyntax {
    struct Expansion: Equatable {
        var phrases: [String]
        var anchoredStart = false
        var anchoredEnd = false
    }

    static let maxPhrases = 4096

    static func expand(_ pattern: String) throws(PatternError) -> Expansion {
        var chars = Array(pattern)
        var result = Expansion(phrases: [])
        while let first = chars.first, first == " " { chars.removeFirst() }
        while let last = chars.last, last == " " { chars.removeLast() }
        if chars.first == "^" {
            result.anchoredStart = true
            chars.removeFirst()
        }
        if chars.last == "$", !isEscaped(chars, chars.count - 1) {
            result.anchoredEnd = true
            chars.removeLast()
        }
        var parser = Parser(chars: chars)
        let phrases = try parser.alternation()
        if parser.i < chars.count {
            throw PatternError(message: "unexpected \"\(chars[parser.i])\" at position \(parser.i + 1); unbalanced brackets?")
        }
        var seen = Set<String>(minimumCapacity: phrases.count)
        result.phrases = phrases.filter { seen.insert($0).inserted }
        return result
    }

    private static func isEscaped(_ chars: [Character], _ index: Int) -> Bool {
        var backslashes = 0
        var j = index - 1
        while j >= 0, chars[j] == "\\" { backslashes += 1; j -= 1 }
        return backslashes % 2 == 1
    }

    private struct Parser {
        let chars: [Character]
        var i = 0

        mutating func alternation() throws(PatternError) -> [String] {
            var all = try sequence()
            while i < chars.count, chars[i] == "|" {
                i += 1
                all += try sequence()
                guard all.count <= maxPhrases else { throw tooMany() }
            }
            return all
        }

        mutating func sequence() throws(PatternError) -> [String] {
            var result = [""]
            while i < chars.count {
                let c = chars[i]
                var item: [String]
                switch c {
                case "|", ")", "]":
                    return result
                case "(":
                    i += 1
                    item = try alternation()
                    try expect(")", opened: "(")
                case "[":
                    i += 1
                    item = try alternation() + [""]
                    try expect("]", opened: "[")
                case "?":
                    throw PatternError(message: "`?` at position \(i + 1) has nothing before it to make optional")
                case "^", "$":
                    throw PatternError(message: "`\(c)` is allowed only at the \(c == "^" ? "start" : "end") of a pattern (position \(i + 1))")
                case "\\":
                    i += 1
                    guard i < chars.count else { throw PatternError(message: "pattern ends with a lone `\\`") }
                    item = [String(chars[i])]
                    i += 1
                default:
                    // A run of plain characters is one item: multiplying the
                    // phrases so far once per run, not once per character,
                    // is most of what expanding a long alternation costs.
                    // The run stops before a character that `?` applies to.
                    var run = String(c)
                    i += 1
                    while i + 1 < chars.count, !Self.isSpecial(chars[i]), chars[i + 1] != "?" {
                        run.append(chars[i])
                        i += 1
                    }
                    if i + 1 == chars.count, !Self.isSpecial(chars[i]) {
                        run.append(chars[i])
                        i += 1
                    }
                    item = [run]
                }
                if i < chars.count, chars[i] == "?" {
                    i += 1
                    item.append("")
                }
                guard result.count * item.count <= maxPhrases else { throw tooMany() }
                var next: [String] = []
                next.reserveCapacity(result.count * item.count)
                for r in result { for x in item { next.append(r + x) } }
                result = next
            }
            return result
        }

        static func isSpecial(_ c: Character) -> Bool {
            switch c {
            case "|", "(", ")", "[", "]", "?", "^", "$", "\\": return true
            default: return false
            }
        }

        mutating func expect(_ close: Character, opened: Character) throws(PatternError) {
            guard i < chars.count, chars[i] == close else {
                throw PatternError(message: "`\(opened)` is not closed by `\(close)`")
            }
            i += 1
        }

        func tooMany() -> PatternError {
            PatternError(message: "pattern expands to more than \(maxPhrases) phrases; split it into several patterns")
        }
    }
}
