/// A meta rule's expression, SpamAssassin style: rule ids are 1 when the
/// rule fired on the unit and 0 otherwise.
///
///     expr    := or
///     or      := and ("||" and)*
///     and     := compare ("&&" compare)*
///     compare := sum (("==" | "!=" | ">=" | "<=" | ">" | "<") sum)?
///     sum     := unary (("+" | "-") unary)*
///     unary   := "!" unary | "(" expr ")" | NUMBER | RULE_ID
///
/// so `__MEETING_ASK && !__PURPOSE_STATED` and
/// `(__NO_PHOTO + __NEW_ACCOUNT + __FEW_CONNECTIONS) >= 2` both work.
/// Compiled to a small stack program evaluated per unit.
struct MetaExpression: Sendable, Equatable {
    enum Op: Sendable, Equatable {
        case rule(String)
        case number(Int)
        case not, and, or, add, sub
        case eq, ne, ge, le, gt, lt
    }

    /// Postfix order.
    var ops: [Op]

    /// Rule ids in the order they appear.
    var references: [String] {
        ops.compactMap { if case .rule(let id) = $0 { return id } else { return nil } }
    }

    struct ParseError: Error { var message: String }

    static func parse(_ text: String) throws(ParseError) -> MetaExpression {
        var p = Parser(tokens: try tokenize(text))
        var ops: [Op] = []
        try p.or(&ops)
        if p.i < p.tokens.count { throw ParseError(message: "unexpected \"\(p.tokens[p.i].text)\"") }
        return MetaExpression(ops: ops)
    }

    private struct Token {
        var text: String
        var isIdentifier: Bool { text.first.map { $0 == "_" || $0.isLetter } ?? false }
        var isNumber: Bool { text.first?.isNumber ?? false }
    }

    private static func tokenize(_ text: String) throws(ParseError) -> [Token] {
        let chars = Array(text)
        var out: [Token] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "\t" || c == "\n" { i += 1; continue }
            if c == "_" || c.isLetter || c.isNumber {
                var j = i
                while j < chars.count, chars[j] == "_" || chars[j].isLetter || chars[j].isNumber { j += 1 }
                out.append(Token(text: String(chars[i..<j])))
                i = j
                continue
            }
            let two = i + 1 < chars.count ? String(chars[i...i + 1]) : ""
            if ["&&", "||", "==", "!=", ">=", "<="].contains(two) {
                out.append(Token(text: two))
                i += 2
                continue
            }
            if "!()+-<>".contains(c) {
                out.append(Token(text: String(c)))
                i += 1
                continue
            }
            throw ParseError(message: "unexpected character \"\(c)\"; use && || ! + - comparisons, parentheses and rule ids")
        }
        if out.isEmpty { throw ParseError(message: "empty expression") }
        return out
    }

    private struct Parser {
        let tokens: [Token]
        var i = 0

        func peek() -> String? { i < tokens.count ? tokens[i].text : nil }

        mutating func or(_ ops: inout [Op]) throws(ParseError) {
            try and(&ops)
            while peek() == "||" {
                i += 1
                try and(&ops)
                ops.append(.or)
            }
        }

        mutating func and(_ ops: inout [Op]) throws(ParseError) {
            try compare(&ops)
            while peek() == "&&" {
                i += 1
                try compare(&ops)
                ops.append(.and)
            }
        }

        mutating func compare(_ ops: inout [Op]) throws(ParseError) {
            try sum(&ops)
            let table: [String: Op] = ["==": .eq, "!=": .ne, ">=": .ge, "<=": .le, ">": .gt, "<": .lt]
            if let t = peek(), let op = table[t] {
                i += 1
                try sum(&ops)
                ops.append(op)
            }
        }

        mutating func sum(_ ops: inout [Op]) throws(ParseError) {
            try unary(&ops)
            while let t = peek(), t == "+" || t == "-" {
                i += 1
                try unary(&ops)
                ops.append(t == "+" ? .add : .sub)
            }
        }

        mutating func unary(_ ops: inout [Op]) throws(ParseError) {
            guard i < tokens.count else { throw ParseError(message: "expression ends too early") }
            let t = tokens[i]
            i += 1
            if t.text == "!" {
                try unary(&ops)
                ops.append(.not)
            } else if t.text == "(" {
                try or(&ops)
                guard peek() == ")" else { throw ParseError(message: "missing \")\"") }
                i += 1
            } else if t.isNumber {
                guard let n = Int(t.text) else { throw ParseError(message: "\"\(t.text)\" is not a whole number") }
                ops.append(.number(n))
            } else if t.isIdentifier {
                guard RulebookParser.isValidID(t.text) else {
                    throw ParseError(message: "\"\(t.text)\" is not a rule id (UPPER_SNAKE_CASE)")
                }
                ops.append(.rule(t.text))
            } else {
                throw ParseError(message: "unexpected \"\(t.text)\"")
            }
        }
    }
}
