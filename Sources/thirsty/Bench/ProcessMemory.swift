#if canImport(Glibc)
import Glibc
#endif

/// The process's memory as the kernel counts it, from `/proc/self/status`.
enum ProcessMemory {
    /// Peak resident set size (VmHWM) in bytes; nil where /proc is missing.
    static var peakResident: Int? { field("VmHWM:") }

    /// Current resident set size (VmRSS) in bytes.
    static var resident: Int? { field("VmRSS:") }

    private static func field(_ name: String) -> Int? {
        guard let file = fopen("/proc/self/status", "r") else { return nil }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard text.hasPrefix(name) else { continue }
            let digits = text.dropFirst(name.count).filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }
}
