/// What an unquoted YAML scalar means, decided by this program rather than
/// by Yams's YAML 1.1 resolver: that resolver turns `1:0:0:0:0:0:0:0:0:0:0`
/// (base 60) into an integer with arithmetic that traps on overflow, reads
/// `yes`, `off` and `017` (octal) as values their writers rarely mean, and
/// runs regular expressions over every scalar.
///
/// The rules are YAML 1.2's core schema, narrowed: whole numbers are
/// decimal digits only, with a `-` where negative values are allowed. The
/// YAML 1.1 spellings (base 60, `0x`, `0o`, `0b`, `_` separators, a leading
/// `+` or `0`, `yes`/`no`/`on`/`off`/`y`/`n`) are refused with a message
/// that names the form, never read as something else.
public enum PlainScalar {
    /// Why text is not a whole number; `description` is the user's message.
    public enum IntegerError: Error, Equatable, Sendable, CustomStringConvertible {
        case notWhole(String)
        case form(String, String)
        case tooLarge
        case negative(Int)

        public var description: String {
            switch self {
            case .notWhole(let text): return "expected a whole number, found \"\(shown(text))\""
            case .form(let text, let why): return "\"\(shown(text))\" is not a plain whole number: \(why); write decimal digits only"
            case .tooLarge: return "number is too large"
            case .negative(let v): return "must be 0 or more, found \(v)"
            }
        }
    }

    /// Decimal digits with an optional leading `-` (when `allowNegative`),
    /// no leading zeros, checked for overflow. Any other spelling is an
    /// error that says which form it is.
    public static func integer(_ text: String, allowNegative: Bool = true) -> Result<Int, IntegerError> {
        var copy = text
        return copy.withUTF8 { integer(utf8: $0, text: text, allowNegative: allowNegative) }
    }

    static func integer(utf8 b: UnsafeBufferPointer<UInt8>, text: @autoclosure () -> String, allowNegative: Bool) -> Result<Int, IntegerError> {
        let n = b.count
        var i = 0
        var negative = false
        if i < n, b[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        } else if i < n, b[i] == UInt8(ascii: "+") {
            return .failure(.form(text(), "a leading + is not allowed"))
        }
        guard i < n, isDigit(b[i]) else { return .failure(.notWhole(text())) }
        if let why = yaml11Form(b, digitsFrom: i) { return .failure(.form(text(), why)) }
        var value = 0
        while i < n, isDigit(b[i]) {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = negative ? m.subtractingReportingOverflow(Int(b[i] - 0x30)) : m.addingReportingOverflow(Int(b[i] - 0x30))
            if o1 || o2 { return .failure(.tooLarge) }
            value = a
            i += 1
        }
        guard i == n else { return .failure(.notWhole(text())) }
        if negative && !allowNegative && value != 0 { return .failure(.negative(value)) }
        return .success(value)
    }

    /// The YAML 1.1 integer form `b` is written in, if it is one; `start`
    /// is the first digit (after any sign).
    private static func yaml11Form(_ b: UnsafeBufferPointer<UInt8>, digitsFrom start: Int) -> String? {
        let n = b.count
        if b[start] == UInt8(ascii: "0"), start + 1 < n {
            switch b[start + 1] {
            case UInt8(ascii: "x"), UInt8(ascii: "X"): return "hexadecimal (0x) is a YAML 1.1 form"
            case UInt8(ascii: "o"), UInt8(ascii: "O"): return "octal (0o) is a YAML 1.1 form"
            case UInt8(ascii: "b"), UInt8(ascii: "B"): return "binary (0b) is a YAML 1.1 form"
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"): return "a leading zero makes it octal in YAML 1.1"
            default: break
            }
        }
        var i = start
        var colon = false, underscore = false
        while i < n {
            switch b[i] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: ":"): colon = true
            case UInt8(ascii: "_"): underscore = true
            default: return nil
            }
            i += 1
        }
        if colon { return "base 60 (digits separated by :) is a YAML 1.1 form" }
        if underscore { return "_ separators are a YAML 1.1 form" }
        return nil
    }

    /// The YAML 1.1 booleans that YAML 1.2 reads as strings.
    public static func isYAML11Bool(_ text: String) -> Bool {
        switch text {
        case "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF": return true
        default: return false
        }
    }

    /// True or false, in YAML 1.2's spellings; nil otherwise.
    public static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    public static func isNull(_ text: String) -> Bool {
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// Text that reads as a number in YAML 1.2 or 1.1 (including the forms
    /// `integer` refuses), so a field expecting a number reports the form
    /// and a field expecting a boolean says it found a number. Linear in
    /// the text; gives up after 64 bytes (no number is that long).
    public static func looksNumeric(_ text: String) -> Bool {
        let u = text.utf8
        guard !u.isEmpty, u.count <= 64 else { return false }
        var i = u.startIndex
        if u[i] == UInt8(ascii: "-") || u[i] == UInt8(ascii: "+") { i = u.index(after: i) }
        let rest = text.utf8[i...]
        switch String(decoding: rest, as: UTF8.self) {
        case ".inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN": return true
        default: break
        }
        let bytes = Array(rest)
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0"), "xXoObB".utf8.contains(bytes[1]) {
            return bytes.dropFirst(2).allSatisfy { isDigit($0) || $0 == UInt8(ascii: "_") || (0x61...0x66).contains($0 | 0x20) }
        }
        guard let first = bytes.first, isDigit(first) || first == UInt8(ascii: ".") else { return false }
        var digits = false
        var previous: UInt8 = 0
        for c in bytes {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits = true
            case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "e"), UInt8(ascii: "E"): break
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E") else { return false }
            default: return false
            }
            previous = c
        }
        return digits
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    static func shown(_ text: String) -> String { FixtureSchema.shown(text) }
}
