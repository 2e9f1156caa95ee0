import InboxModel
import OutreachPolicy
import ScreenKit
import Shared

/// The narrated transcript as Markdown, for speaker notes and slides: a
/// heading per event, the message as a block quote, the policy's facts as a
/// list, the narration as a paragraph, then the summary.
///
/// Fixture text is untrusted twice over here: it is sanitised for terminals
/// (the file may be `cat`ed) and its Markdown punctuation is escaped, so a
/// message cannot become a heading, a link or raw HTML in the rendered notes.
public enum DemoMarkdown {
    public static func render(_ inbox: Inbox, title: String? = nil, policy: Policy = Policy()) -> String {
        let doc = DemoTranscript.document(inbox, title: title, policy: policy)
        var out: [String] = ["# " + inline(doc.title), "", "*" + inline(doc.about) + "*"]
        for e in doc.entries {
            out += ["", "## " + inline(e.header), ""]
            if let quote = e.quote {
                let lines = TerminalText.sanitize(quote, .multiLine).split(separator: "\n", omittingEmptySubsequences: false)
                out += lines.map { $0.isEmpty ? ">" : "> " + lineStart(escaped(String($0))) }
                out.append("")
            }
            if let aside = e.aside { out += ["*" + inline(aside) + "*", ""] }
            if !e.facts.isEmpty {
                out += e.facts.map { "- " + inline($0.text) }
                out.append("")
            }
            out.append("» " + inline(e.subtitle))
        }
        out += ["", "## Summary", ""]
        for lines in doc.summary {
            out += lines.enumerated().map { ($0.offset == 0 ? "- " : "  - ") + inline($0.element) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One line of untrusted text: sanitised to a single line, then escaped.
    static func inline(_ text: String) -> String {
        escaped(TerminalText.sanitize(text, .singleLine))
    }

    /// Backslash before every character Markdown could read as syntax
    /// (CommonMark lets any ASCII punctuation be escaped this way).
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            if Self.syntax.contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// A quoted line that starts like a list item or a setext underline
    /// ("- ", "+ ", "1. ", "===") is escaped so it stays a line of text.
    static func lineStart(_ line: String) -> String {
        let trimmed = line.drop { $0 == " " }
        let indent = String(line.prefix(line.count - trimmed.count))
        if let first = trimmed.first, "-+=".contains(first) { return indent + "\\" + trimmed }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        let rest = trimmed.dropFirst(digits.count)
        if !digits.isEmpty, let mark = rest.first, mark == "." || mark == ")" {
            return indent + digits + "\\" + rest
        }
        return line
    }

    private static let syntax: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "!", "~"]
}
