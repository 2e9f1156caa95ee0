import InboxModel
import ScreenKit
import Shared
@testable import InboxUI

/// Finds text cut without an ellipsis on a rendered screen: a string from
/// the inbox whose beginning is on a row but whose rest is neither there,
/// nor replaced by "…", nor wrapped onto the next row.
enum CutText {
    struct Cut {
        var row: Int
        var shown: String
    }

    /// The one-line form of every text the inbox can show.
    static func sources(_ inbox: Inbox) -> [String] {
        var texts = inbox.people.flatMap { [$0.name, $0.headline] } + [inbox.owner.name]
        texts += inbox.events.map(\.text)
        texts += inbox.posts.map(\.text)
        return Array(Set(texts.map { TerminalText.sanitize(DisplayText.line($0), .singleLine) }.filter { $0.count >= 8 }))
    }

    /// Parts of texts shown on purpose: first names in a timeline, the
    /// policy's evidence (a phrase of a message).
    static func intended(_ state: AppState) -> Set<String> {
        var parts = Set(state.inbox.people.map(\.firstName))
        for thread in state.folded.threads {
            for f in state.threadVerdict(with: thread.counterpart)?.findings ?? [] { parts.insert(f.evidence) }
        }
        return parts
    }

    static func unmarkedCuts(in lines: [String], sources: [String], intended: Set<String> = []) -> [Cut] {
        var cuts: [Cut] = []
        for (i, line) in lines.enumerated() {
            // Where each text starts on the row, the longest match there wins:
            // "Hi Robin, we're…" is not a cut of another note that also starts "Hi Robin, ".
            var best: [String.Index: (shown: String, source: String)] = [:]
            for source in sources {
                guard let shown = longestPrefix(of: source, in: line), let range = line.range(of: shown) else { continue }
                if (best[range.lowerBound]?.shown.count ?? 0) < shown.count { best[range.lowerBound] = (shown, source) }
            }
            // A match inside a longer one ("I'm always" inside a message that says it) is that one's.
            let spans = best.map { (start: $0.key, end: line.index($0.key, offsetBy: $0.value.shown.count)) }
            for (start, match) in best where match.shown.count < match.source.count {
                if spans.contains(where: { $0.start < start && start < $0.end }) { continue }
                var shown = Substring(match.shown)
                while shown.last == " " { shown = shown.dropLast() }
                if intended.contains(String(shown)) { continue }
                let end = line.index(start, offsetBy: shown.count)
                let tail = line[end...]
                let after = tail.first
                // The text goes on as something else ("Account" in "Account is
                // 12 years old"): another text, not this one cut. A column
                // ends in two blanks, a frame or the row's end.
                if let after, !"│┃…”".contains(after),
                   !(after == " " && (tail.dropFirst().first.map { " │┃".contains($0) } ?? true)) { continue }
                // Marked as cut; or a quoted phrase of it (the policy's evidence).
                if after == "…" || after == "”" { continue }
                let rest = match.source.dropFirst(shown.count).drop { $0 == " " }
                if i + 1 < lines.count, lines[i + 1].contains(String(rest.prefix(6))) { continue }
                cuts.append(Cut(row: i, shown: String(shown)))
            }
        }
        return cuts
    }

    /// The longest prefix of `source` (6 characters or more) on `line`.
    static func longestPrefix(of source: String, in line: String) -> String? {
        let characters = Array(source)
        guard characters.count >= 6, line.contains(String(characters[0..<6])) else { return nil }
        var best = 6
        while best < characters.count, line.contains(String(characters[0...best])) { best += 1 }
        return String(characters[0..<best])
    }
}
