import InboxModel

/// The date forms exports use, all in UTC (the export gives no zone for
/// invitations; LinkedIn writes them in UTC as well).
enum ExportDates {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `2025-06-01 14:03:22 UTC`, `2025-06-01 14:03:22`, or ISO 8601.
    static func messageDate(_ s: String) -> Timestamp? {
        let t = Substring(s).trimmingWhitespace()
        let n = numbers(t)
        guard n.count >= 5, n[0] >= 1900, let first = t.utf8.first, first >= 0x30 && first <= 0x39 else { return nil }
        return make(year: n[0], month: n[1], day: n[2], hour: n[3], minute: n[4], second: n.count > 5 ? n[5] : 0)
    }

    /// `08 Feb 2026` (Connections.csv), or a message-style date.
    static func connectedOn(_ s: String) -> Timestamp? {
        let t = Substring(s).trimmingWhitespace()
        let parts = t.split(separator: " ")
        if parts.count == 3, let d = Int(parts[0]), let y = Int(parts[2]),
           let m = months.firstIndex(of: String(parts[1].prefix(3)).lowercased()) {
            return make(year: y, month: m + 1, day: d, hour: 0, minute: 0, second: 0)
        }
        return messageDate(String(t))
    }

    /// `1/29/26, 2:37 PM` (Invitations.csv): month/day/two-digit year, or a
    /// message-style date.
    static func sentAt(_ s: String) -> Timestamp? {
        let t = Substring(s).trimmingWhitespace()
        if t.contains("/") {
            let n = numbers(t)
            guard n.count >= 5 else { return nil }
            var hour = n[3]
            let upper = t.uppercased()
            if upper.hasSuffix("PM") && hour < 12 { hour += 12 }
            if upper.hasSuffix("AM") && hour == 12 { hour = 0 }
            let year = n[2] < 100 ? 2000 + n[2] : n[2]
            return make(year: year, month: n[0], day: n[1], hour: hour, minute: n[4], second: n.count > 5 ? n[5] : 0)
        }
        return messageDate(String(t))
    }

    private static func numbers(_ t: Substring) -> [Int] {
        var out: [Int] = []
        // The most it returns, so one allocation rather than four.
        out.reserveCapacity(8)
        var cur: Int?
        for b in t.utf8 {
            if b >= 0x30 && b <= 0x39 {
                let v = (cur ?? 0)
                guard v < 100_000 else { return [] }
                cur = v * 10 + Int(b - 0x30)
            } else if let c = cur {
                out.append(c)
                cur = nil
                if out.count > 7 { return out }
            }
        }
        if let c = cur { out.append(c) }
        return out
    }

    /// Checked here for the ranges, then made by the fixture's own parser
    /// from ISO bytes written into a small buffer: no strings per row.
    private static func make(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Timestamp? {
        guard (1900...9999).contains(year), (1...12).contains(month), (1...31).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        // YYYY-MM-DDTHH:MM:SSZ
        var iso: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                  UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0x2D, 0, 0, 0x2D, 0, 0, 0x54, 0, 0, 0x3A, 0, 0, 0x3A, 0, 0, 0x5A)
        return withUnsafeMutableBytes(of: &iso) { raw -> Timestamp? in
            let b = raw.bindMemory(to: UInt8.self)
            func put(_ v: Int, at i: Int, width: Int) {
                var v = v
                for k in stride(from: i + width - 1, through: i, by: -1) {
                    b[k] = UInt8(0x30 + v % 10)
                    v /= 10
                }
            }
            put(year, at: 0, width: 4)
            put(month, at: 5, width: 2)
            put(day, at: 8, width: 2)
            put(hour, at: 11, width: 2)
            put(minute, at: 14, width: 2)
            put(min(second, 59), at: 17, width: 2)
            return try? Timestamp.parse(utf8: UnsafeBufferPointer(b))
        }
    }
}
