import InboxModel
import ScreenKit
import Shared
import Synchronization

/// Messages wrapped once per (event, width) and kept: a long thread is not
/// re-wrapped on every key, only when it is first shown at a width. The
/// session owns one (shared by its copies); it drops everything when it
/// holds more than `maxLines`, and counts its work so tests can check
/// that keys cost what is visible, not what is long.
final class WrapCache: Sendable {
    /// Which text: an event's (by its sequence number, stable across
    /// inserts) in one of the forms the views show it in.
    struct Source: Hashable {
        enum Form: Hashable { case plain, quoted, note }
        var sequence: Int
        var form: Form
    }

    struct Key: Hashable {
        var source: Source
        var width: Int
    }

    private struct Contents {
        var entries: [Key: [String]] = [:]
        var lines = 0
        /// Wraps done (cache misses) and the scalars they read.
        var wraps = 0
        var scalarsWrapped = 0
    }

    private let contents = Mutex(Contents())

    static let maxLines = 200_000

    /// The wrapped lines of `text` (the event text `source` names) at
    /// `width`, from the cache or wrapped now.
    func wrapped(_ text: @autoclosure () -> String, source: Source, width: Int) -> [String] {
        let key = Key(source: source, width: width)
        if let hit = contents.withLock({ $0.entries[key] }) { return hit }
        let (made, read) = Self.wrap(text(), width: width)
        contents.withLock { c in
            c.wraps += 1
            c.scalarsWrapped += read
            if c.lines + made.count > Self.maxLines {
                c.entries.removeAll()
                c.lines = 0
            }
            c.entries[key] = made
            c.lines += made.count
        }
        return made
    }

    /// Bounded, sanitised and soft-wrapped, with the cut said on its own
    /// line; also the scalars it read.
    static func wrap(_ text: String, width: Int) -> ([String], Int) {
        let (shown, omitted) = DisplayText.bounded(text, limit: DisplayText.messageScalars)
        let safe = TerminalText.sanitize(shown, .multiLine)
        var out = safe.isEmpty ? [""] : safe.wrapped(toWidth: width)
        if omitted > 0 { out.append(DisplayText.omission(omitted)) }
        return (out, shown.unicodeScalars.count)
    }

    var counts: (wraps: Int, scalars: Int) { contents.withLock { ($0.wraps, $0.scalarsWrapped) } }
}
