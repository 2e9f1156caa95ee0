import InboxModel

/// Human time spans: "4 min", "3 h", "2 d", "5 wk", or a date past a year.
enum RelativeTime {
    /// Short form for list rows, relative to `now`.
    static func short(_ t: Timestamp, now: Timestamp) -> String {
        let s = max(0, t.seconds(until: now))
        switch s {
        case ..<60: return "now"
        case ..<3600: return "\(s / 60)m"
        case ..<86_400: return "\(s / 3600)h"
        case ..<(14 * 86_400): return "\(s / 86_400)d"
        case ..<(365 * 86_400): return "\(s / (7 * 86_400))w"
        default: return t.dateString
        }
    }

    /// "3 days later", for gaps in a timeline; nil for gaps under a minute.
    static func gap(from a: Timestamp, to b: Timestamp) -> String? {
        let s = a.seconds(until: b)
        guard s >= 60 else { return nil }
        return span(seconds: s) + " later"
    }

    /// "just now" under a minute (an action the user just took), else "3 days ago".
    static func ago(seconds s: Int64) -> String {
        s < 60 ? "just now" : span(seconds: s) + " ago"
    }

    /// "4 minutes", "3 hours", "2 days", "5 weeks", "3 months", "2 years".
    static func span(seconds s: Int64) -> String {
        func unit(_ n: Int64, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        switch s {
        case ..<3600: return unit(max(1, s / 60), "minute")
        case ..<86_400: return unit(s / 3600, "hour")
        case ..<(14 * 86_400): return unit(s / 86_400, "day")
        case ..<(61 * 86_400): return unit(s / (7 * 86_400), "week")
        case ..<(730 * 86_400): return unit(s / (30 * 86_400), "month")
        default: return unit(s / (365 * 86_400), "year")
        }
    }

    /// "Mar 20 09:00" for timeline stamps.
    static func stamp(_ t: Timestamp) -> String {
        let c = t.components
        let m = Timestamp.monthNames[max(0, min(11, c.month - 1))]
        let day = c.day < 10 ? " \(c.day)" : "\(c.day)"
        return "\(m) \(day) \(t.timeOfDayString)"
    }
}
