import InboxModel

/// How the demo names times and speeds: "Day 4 · Thu Mar 5 10:00", "1 day/s".
public enum DemoClockText {
    /// "Day 4" from day 1 on; "Day 0", "Day -2" before the story starts.
    public static func day(_ n: Int64) -> String { "Day \(n)" }

    /// "Thu Mar 5 10:00" (UTC, as the fixture's times are).
    public static func date(_ t: Timestamp) -> String {
        let c = t.components
        return "\(Timestamp.weekdayNames[c.weekday]) \(Timestamp.monthNames[max(0, min(11, c.month - 1))]) \(c.day) \(t.timeOfDayString)"
    }

    /// "Day 4 · Thu Mar 5 10:00".
    public static func clock(_ t: Timestamp, in demo: DemoState) -> String {
        day(demo.day(of: t)) + " · " + date(t)
    }

    /// "1 day/s", "6 hours/s", "1 week/s".
    public static func rate(_ simulatedSecondsPerSecond: Double) -> String {
        let s = simulatedSecondsPerSecond
        func unit(_ n: Double, _ word: String) -> String {
            let rounded = (n * 10).rounded() / 10
            let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
            return "\(text) \(word)\(rounded == 1 ? "" : "s")/s"
        }
        if s >= 7 * 86_400 && (s / (7 * 86_400)).rounded() == s / (7 * 86_400) { return unit(s / (7 * 86_400), "week") }
        if s >= 86_400 { return unit(s / 86_400, "day") }
        if s >= 3600 { return unit(s / 3600, "hour") }
        return unit(s / 60, "minute")
    }
}
