/// Per person, when each of their likes and comments on the owner's posts
/// starts to count (see `ThreadAnalyzer`), ascending.
///
/// Gathered while `MessageScans` reads the log front to back: collecting
/// them thread by thread instead read each person's activity list and
/// every event on it, a few cache misses per thread.
struct EngagementTimes {
    /// One like or comment that counts, in log order.
    struct Mark {
        var person: Int32
        var at: Int64
    }

    /// Person p's times are `times[starts[p]..<starts[p + 1]]`.
    private let starts: [Int32]
    private let times: [Int64]

    static let empty = EngagementTimes([])

    init(_ marks: [Mark]) {
        var people = 0
        for m in marks where m.person >= 0 { people = max(people, Int(m.person) + 1) }
        var starts = [Int32](repeating: 0, count: people + 1)
        for m in marks where m.person >= 0 { starts[Int(m.person) + 1] += 1 }
        for p in 0..<people { starts[p + 1] += starts[p] }
        var times = [Int64](repeating: 0, count: Int(starts[people]))
        var next = starts
        for m in marks where m.person >= 0 {
            times[Int(next[Int(m.person)])] = m.at
            next[Int(m.person)] += 1
        }
        // A like counts only after a lead time, so log order is not
        // quite time order.
        for p in 0..<people where starts[p + 1] - starts[p] > 1 { times[Int(starts[p])..<Int(starts[p + 1])].sort() }
        self.starts = starts
        self.times = times
    }

    func of(_ person: Int) -> ArraySlice<Int64> {
        guard person >= 0 && person + 1 < starts.count else { return [] }
        return times[Int(starts[person])..<Int(starts[person + 1])]
    }
}
