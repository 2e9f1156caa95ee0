import InboxModel
import ScreenKit

/// Messages wrapped once per (event, width) and kept: a long thread is not
/// re-wrapped on every key, only when it is first shown at a width. The
/// session owns one (shared by its copies); it drops everything when it
/// holds more than `maxLines`, and counts its work so tests can check
/// that keys cost what is visible, not what is long.
final class WrapCache: @unchecked Sendable {
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

    private let lock = Lock()
    private var entries: [Key: [String]] = [:]
    private var lines = 0
    /// Wraps done (cache misses) and the scalars they read.
    private var wraps = 0
    private var scalarsWrapped = 0

    static let maxLines = 200_000

    /// The wrapped lines of `text` (the event text `source` names) at
    /// `width`, from the cache or wrapped now.
    func wrapped(_ text: @autoclosure () -> String, source: Source, width: Int) -> [String] {
        let key = Key(source: source, width: width)
        if let hit = lock.locked({ entries[key] }) { return hit }
        let (made, read) = Self.wrap(text(), width: width)
        lock.locked {
            wraps += 1
            scalarsWrapped += read
            if lines + made.count > Self.maxLines {
                entries.removeAll()
                lines = 0
            }
            entries[key] = made
            lines += made.count
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

    var counts: (wraps: Int, scalars: Int) { lock.locked { (wraps, scalarsWrapped) } }
}
