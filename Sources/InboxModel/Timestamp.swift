/// A point on the simulated clock: milliseconds since 1970-01-01T00:00:00Z.
///
/// Fixtures carry hundreds of thousands of timestamps, so parsing is a
/// direct scan of the ISO 8601 grammar rather than a formatter object.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var milliseconds: Int64

    public init(milliseconds: Int64) { self.milliseconds = milliseconds }
    public init(seconds: Int64) { self.milliseconds = seconds &* 1000 }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.milliseconds < b.milliseconds }

    public static let distantPast = Timestamp(milliseconds: Int64.min / 2)
    public static let distantFuture = Timestamp(milliseconds: Int64.max / 2)

    public var seconds: Int64 { milliseconds.floorDiv(1000) }

    public func adding(seconds s: Int64) -> Timestamp { Timestamp(milliseconds: milliseconds &+ s &* 1000) }
    public func adding(minutes m: Int64) -> Timestamp { adding(seconds: m * 60) }
    public func adding(hours h: Int64) -> Timestamp { adding(seconds: h * 3600) }
    public func adding(days d: Int64) -> Timestamp { adding(seconds: d * 86_400) }

    /// Whole seconds from `self` to `other` (negative when `other` is earlier).
    public func seconds(until other: Timestamp) -> Int64 { (other.milliseconds - milliseconds).floorDiv(1000) }

    /// Midnight UTC of this timestamp's day.
    public var startOfDay: Timestamp { Timestamp(milliseconds: milliseconds - milliseconds.floorMod(86_400_000)) }
    /// Rounded down to the whole minute, as people's clocks show it.
    public var minuteAligned: Timestamp { Timestamp(milliseconds: milliseconds - milliseconds.floorMod(60_000)) }

    public var description: String { iso8601 }
}

extension Int64 {
    @inlinable func floorDiv(_ d: Int64) -> Int64 {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
    /// Never traps, even at `Int64.min` (where `self - floorDiv(d) * d` would).
    @inlinable func floorMod(_ d: Int64) -> Int64 {
        let r = self % d
        return r != 0 && (r < 0) != (d < 0) ? r + d : r
    }
}

// MARK: - Calendar arithmetic (proleptic Gregorian, UTC)

public enum CivilCalendar {
    /// Days from 1970-01-01 to y-m-d (Howard Hinnant's algorithm).
    public static func daysFromCivil(_ y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func civilFromDays(_ z0: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    static func isLeap(_ y: Int64) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month m: Int64, year y: Int64) -> Int64 {
        switch m {
        case 2: return isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

// MARK: - Formatting

extension Timestamp {
    /// `2026-03-20T09:00:00Z`, with `.123` milliseconds only when non-zero.
    public var iso8601: String {
        let days = milliseconds.floorDiv(86_400_000)
        let msOfDay = milliseconds.floorMod(86_400_000)
        let (y, m, d) = CivilCalendar.civilFromDays(days)
        let secs = msOfDay / 1000, ms = msOfDay % 1000
        var s = "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(secs / 3600, 2)):\(pad(secs / 60 % 60, 2)):\(pad(secs % 60, 2))"
        if ms != 0 { s += ".\(pad(ms, 3))" }
        return s + "Z"
    }

    /// `2026-03-20`.
    public var dateString: String {
        let (y, m, d) = CivilCalendar.civilFromDays(milliseconds.floorDiv(86_400_000))
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// `09:00`.
    public var timeOfDayString: String {
        let secs = milliseconds.floorMod(86_400_000) / 1000
        return "\(pad(secs / 3600, 2)):\(pad(secs / 60 % 60, 2))"
    }

    /// Calendar components in UTC, for views that print dates their own way.
    public var components: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, weekday: Int) {
        let days = milliseconds.floorDiv(86_400_000)
        let (y, m, d) = CivilCalendar.civilFromDays(days)
        let secs = milliseconds.floorMod(86_400_000) / 1000
        // 1970-01-01 was a Thursday; weekday 0 is Sunday.
        let weekday = (days + 4).floorMod(7)
        return (Int(y), Int(m), Int(d), Int(secs / 3600), Int(secs / 60 % 60), Int(secs % 60), Int(weekday))
    }

    /// English short names by `components.weekday` and month - 1.
    public static let weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    public static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}

private func pad(_ v: Int64, _ width: Int) -> String {
    let s = String(v)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

// MARK: - Parsing

public enum TimestampError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformed
    case missingZone
    case outOfRange(String)

    public var description: String {
        switch self {
        case .malformed: return "expected an ISO 8601 timestamp like 2026-03-20T09:00:00Z"
        case .missingZone: return "timestamp has no time zone; add Z or an offset like +02:00"
        case .outOfRange(let what): return what
        }
    }
}

extension Timestamp {
    /// Parses `YYYY-MM-DD` (midnight UTC) when `allowDateOnly`, and
    /// `YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM|±HHMM)`; a space may stand for `T`.
    public static func parse(_ text: String, allowDateOnly: Bool = false) throws(TimestampError) -> Timestamp {
        var copy = text
        let result: Result<Timestamp, TimestampError> = copy.withUTF8 { buf in
            Result { () throws(TimestampError) in try parse(utf8: buf, allowDateOnly: allowDateOnly) }
        }
        return try result.get()
    }

    public static func parse(utf8 b: UnsafeBufferPointer<UInt8>, allowDateOnly: Bool = false) throws(TimestampError) -> Timestamp {
        var i = 0
        let n = b.count
        func digits(_ count: Int) throws(TimestampError) -> Int64 {
            guard i + count <= n else { throw .malformed }
            var v: Int64 = 0
            for _ in 0..<count {
                let c = b[i]
                guard c >= 48 && c <= 57 else { throw .malformed }
                v = v * 10 + Int64(c - 48)
                i += 1
            }
            return v
        }
        func expect(_ c: UInt8) throws(TimestampError) {
            guard i < n, b[i] == c else { throw .malformed }
            i += 1
        }
        let year = try digits(4)
        try expect(UInt8(ascii: "-"))
        let month = try digits(2)
        try expect(UInt8(ascii: "-"))
        let day = try digits(2)
        guard (1...12).contains(month) else { throw .outOfRange("month \(month) is not between 1 and 12") }
        let maxDay = CivilCalendar.daysIn(month: month, year: year)
        guard day >= 1 && day <= maxDay else {
            throw .outOfRange("day \(day) does not exist in \(pad(year, 4))-\(pad(month, 2))")
        }
        let days = CivilCalendar.daysFromCivil(year, month, day)
        if i == n {
            guard allowDateOnly else { throw .missingZone }
            return Timestamp(milliseconds: days * 86_400_000)
        }
        guard b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: "t") || b[i] == UInt8(ascii: " ") else { throw .malformed }
        i += 1
        let hour = try digits(2)
        try expect(UInt8(ascii: ":"))
        let minute = try digits(2)
        var second: Int64 = 0, millis: Int64 = 0
        if i < n && b[i] == UInt8(ascii: ":") {
            i += 1
            second = try digits(2)
            if i < n && (b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",")) {
                i += 1
                var scale: Int64 = 100
                var any = false
                while i < n, b[i] >= 48, b[i] <= 57 {
                    millis += Int64(b[i] - 48) * scale
                    scale /= 10
                    any = true
                    i += 1
                }
                guard any else { throw .malformed }
            }
        }
        guard hour <= 23 else { throw .outOfRange("hour \(hour) is not between 0 and 23") }
        guard minute <= 59 else { throw .outOfRange("minute \(minute) is not between 0 and 59") }
        guard second <= 60 else { throw .outOfRange("second \(second) is not between 0 and 60") }
        guard i < n else { throw .missingZone }
        var offsetSeconds: Int64 = 0
        switch b[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            i += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign: Int64 = b[i] == UInt8(ascii: "-") ? -1 : 1
            i += 1
            let oh = try digits(2)
            if i < n && b[i] == UInt8(ascii: ":") { i += 1 }
            let om = try digits(2)
            guard oh <= 23, om <= 59 else { throw .outOfRange("time zone offset is out of range") }
            offsetSeconds = sign * (oh * 3600 + om * 60)
        default:
            throw .malformed
        }
        guard i == n else { throw .malformed }
        let secs = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        let t = Timestamp(milliseconds: secs * 1000 + millis)
        // An offset can carry 0000-01-01 or 9999-12-31 into a year that the
        // four-digit form cannot print (and so no reader could read back).
        guard t.isPrintable else { throw .outOfRange("timestamp falls outside the years 0000 to 9999 in UTC") }
        return t
    }

    /// The first and last instants with a four-digit year in UTC: the
    /// range every timestamp this program reads, prints or stores lies in.
    public static let earliestPrintable = Timestamp(milliseconds: CivilCalendar.daysFromCivil(0, 1, 1) * 86_400_000)
    public static let latestPrintable = Timestamp(milliseconds: CivilCalendar.daysFromCivil(10_000, 1, 1) * 86_400_000 - 1)

    /// Whether `iso8601` prints this instant in the form `parse` reads.
    public var isPrintable: Bool { self >= Self.earliestPrintable && self <= Self.latestPrintable }
}
