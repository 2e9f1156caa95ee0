#if canImport(Glibc)
import Glibc
#endif

/// How a crash reports itself on a terminal.
///
/// On a terminal the Swift runtime's crash reporter defaults to interactive:
/// it waits up to 30 s for a key (and swallows the first one typed) before
/// the process ends, while the user stares at a frozen screen. It reads its
/// settings from `SWIFT_BACKTRACE` once, before `main`, so the only way to
/// change them is to start again with the variable set: the report then
/// prints (below the restored screen) and the process ends at once. A
/// user's own `SWIFT_BACKTRACE` is left alone.
enum CrashReports {
    static let settings = "interactive=no"

    /// Re-executes this program with `SWIFT_BACKTRACE` set, when it runs on
    /// a terminal without one. Returns only when nothing needed doing or the
    /// re-execution failed (the program then carries on as it was).
    static func preferNonInteractive() {
        #if os(Linux)
        guard getenv("SWIFT_BACKTRACE") == nil, isatty(0) == 1 && isatty(1) == 1 else { return }
        guard setenv("SWIFT_BACKTRACE", settings, 1) == 0 else { return }
        _ = execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Still here: carry on with the runtime's defaults.
        _ = unsetenv("SWIFT_BACKTRACE")
        #endif
    }
}
