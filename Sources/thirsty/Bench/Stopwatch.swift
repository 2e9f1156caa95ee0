#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock timing on the monotonic clock, in seconds.
enum Stopwatch {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// `body`'s result and how long it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, seconds: Double) {
        let start = now()
        let result = try body()
        return (result, now() - start)
    }
}

/// Percentiles of a sample, nearest-rank.
struct Percentiles {
    private let sorted: [Double]

    init(_ samples: [Double]) { sorted = samples.sorted() }

    /// The `p`th percentile (0...100); 0 for an empty sample.
    func at(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, Swift.max(0, rank - 1))]
    }

    var max: Double { sorted.last ?? 0 }
}
