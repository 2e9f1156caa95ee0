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

    /// CPU time of the whole process (user and system, all threads): on a
    /// shared machine, wall time also counts waiting for a core, and this
    /// does not.
    static func cpuNow() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    /// `body`'s result and how long it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, seconds: Double) {
        let start = now()
        let result = try body()
        return (result, now() - start)
    }

    /// `body`'s result, its wall time and the process's CPU time during it.
    static func measure<T>(_ body: () throws -> T) rethrows -> (T, Phase) {
        let start = now(), cpuStart = cpuNow()
        let result = try body()
        return (result, Phase(wall: now() - start, cpu: cpuNow() - cpuStart))
    }

    /// The fastest of `runs` runs of `body`, by CPU time: the throughput
    /// figures are about what the code can do, and a run the machine
    /// slowed down says nothing about that.
    static func best(of runs: Int, _ body: () -> Void) -> Phase {
        var best: Phase?
        for _ in 0..<max(runs, 1) {
            let phase = measure(body).1
            if best.map({ phase.cpu < $0.cpu }) ?? true { best = phase }
        }
        return best ?? Phase()
    }
}

/// How long a phase took: wall-clock and CPU seconds.
struct Phase {
    var wall = 0.0
    var cpu = 0.0
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
