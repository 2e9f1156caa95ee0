import InboxUI
import OutreachPolicy
import ScreenKit

/// The effective configuration as TOML, every setting shown: reading the
/// output back gives the same configuration, and printing it again the
/// same text.
enum ConfigPrinter {
    static func toml(_ config: UserConfig, threshold: Double) -> String {
        var out = "# thirsty configuration: every setting, at its effective value.\n"
        out += "\n[policy]\n# A thread is flagged from this score on.\n"
        out += "threshold = \(number(config.threshold ?? threshold))\n"
        out += "\n[demo]\n# Simulated days per real second when a demo starts.\n"
        out += "speed = \(number(config.demoSpeed))\n"
        out += "\n[editor]\n# The command Ctrl-E hands the draft to; \"\" means $VISUAL, then $EDITOR, then vi.\n"
        out += "command = \(quoted(config.editor))\n"
        out += "\n[colors]\n"
        for role in ThemeRole.allCases {
            out += "\(role.rawValue) = \(quoted(StyleWords.words(config.styles[role] ?? role.standard)))\n"
        }
        for context in KeyContext.allCases {
            out += "\n[keys.\(context.rawValue)]\n"
            var seen = Set<Key>()
            for binding in config.keys.bindings(in: context) {
                for key in binding.keys where !seen.contains(key) {
                    seen.insert(key)
                    out += "\(quoted(key.displayName)) = \(quoted(binding.command.description))\n"
                }
            }
            // Standard keys the configuration took away, so the output
            // reads back without them.
            for binding in KeyTable.standard.bindings(in: context) {
                for key in binding.keys where !seen.contains(key) {
                    seen.insert(key)
                    out += "\(quoted(key.displayName)) = \"\"\n"
                }
            }
        }
        return out
    }

    /// "keys.list.\"C-n\"": a key path as TOML writes it.
    static func keyPath(_ path: [String]) -> String {
        path.map { isBare($0) ? $0 : quoted($0) }.joined(separator: ".")
    }

    private static func isBare(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }

    /// A TOML basic string.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F { out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    /// A TOML float that reads back to the same Double.
    private static func number(_ d: Double) -> String {
        let s = "\(d)"
        return s.contains(".") || s.contains("e") ? s : s + ".0"
    }
}
