import Foundation
import InboxModel
#if canImport(Glibc)
import Glibc
#endif

/// Runs the decoder under a deadline and watches its memory, so a hostile
/// input that hangs or balloons fails its test instead of the whole run.
enum Bounded {
    struct Outcome: Sendable {
        /// The error thrown, or nil when the input decoded.
        var error: FixtureError?
        var seconds: Double
        /// Growth of the process's peak resident memory while decoding.
        var peakGrowthBytes: Int
    }

    /// Decodes on a separate thread; nil when it takes longer than
    /// `seconds` (the thread is then abandoned, still running).
    static func decode(_ bytes: [UInt8], _ format: FixtureFormat, file: String? = nil, seconds: Double) -> Outcome? {
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let baseline = Memory.resetPeak()
        let start = DispatchTime.now()
        let thread = Thread {
            var error: FixtureError?
            do throws(FixtureError) {
                _ = try FixtureDecoder.decode(bytes, format: format, file: file)
            } catch let thrown {
                error = thrown
            }
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            box.outcome = Outcome(error: error, seconds: elapsed, peakGrowthBytes: max(0, Memory.peakResident() - baseline))
            done.signal()
        }
        thread.start()
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        // The semaphore orders the write before this read.
        return box.outcome
    }

    private final class Box: @unchecked Sendable {
        var outcome: Outcome?
    }
}

/// Resident memory of this process, from /proc (Linux).
enum Memory {
    /// Resets the peak to the current resident size where the kernel allows
    /// it and returns that size; otherwise returns the old peak, so growth
    /// is measured against it (an underestimate, never a false alarm).
    static func resetPeak() -> Int {
        let fd = open("/proc/self/clear_refs", O_WRONLY)
        guard fd >= 0 else { return peakResident() }
        defer { close(fd) }
        let written = write(fd, "5", 1)
        return written == 1 ? field("VmRSS:") : peakResident()
    }

    static func peakResident() -> Int { field("VmHWM:") }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let kB = line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Int($0) } ?? 0
            return kB * 1024
        }
        return 0
    }
}
