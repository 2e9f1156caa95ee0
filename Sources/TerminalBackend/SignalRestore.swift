#if canImport(Glibc)
import Glibc
#endif
import CNCursesW

/// Puts the terminal back on every way out of the process.
///
/// `NCursesTerminal.stop()` restores the terminal on the normal path. For the
/// others this installs, before curses starts:
/// - every other signal whose default action ends the process (SIGINT,
///   SIGTERM, SIGHUP; SIGUSR1/2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF,
///   SIGIO, SIGSTKFLT, SIGPWR, the real-time signals; SIGXCPU and SIGXFSZ,
///   which `ulimit` sends for real): restore, then die of the signal, so the
///   shell sees status 128 + signal and knows the program was interrupted
///   (a script loop stops on Ctrl-C); unless the signal was ignored when we
///   started, as under `nohup`;
/// - SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, which is how Swift
///   runtime traps and crashes arrive, plus SIGQUIT (Ctrl-\) and SIGSYS:
///   restore, run the handler that was there before (the runtime's crash
///   reporter, if any), then die of the signal;
/// - an `atexit` hook for `exit()` called while the terminal is still ours.
///
/// The crash reporter is called from our handler rather than re-raised to:
/// it resets the signal and returns, relying on the faulting instruction to
/// fault again. That holds for a real trap but not for a signal sent with
/// kill(2), after which the process would carry on drawing on a terminal
/// it had already handed back.
///
/// Restoring here cannot call curses (it is not async-signal-safe), so it
/// writes the raw reset sequences to the tty with `write` and restores the
/// saved termios with `tcsetattr`.
enum SignalRestore {
    static let terminationSignals: [Int32] = {
        var signals: [Int32] = [
            SIGINT, SIGTERM, SIGHUP, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF,
            SIGXCPU, SIGXFSZ, SIGIO, SIGSTKFLT, SIGPWR,
        ]
        let realTime = cn_sigrtmin()
        if realTime > 0 && realTime <= cn_sigrtmax() { signals += Array(realTime...cn_sigrtmax()) }
        return signals
    }()
    static let fatalSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGQUIT, SIGSYS]

    /// Leave the alternate screen, show the cursor, stop mouse reporting
    /// (every mode curses might have enabled), leave keypad-transmit mode,
    /// reset attributes. Unknown sequences are ignored by terminals.
    static let resetSequence: [UInt8] = Array(
        ("\u{1B}[0m\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l\u{1B}[?1015l"
            + "\u{1B}[?1l\u{1B}>\u{1B}[?25h\u{1B}[?1049l\r\n").utf8
    )

    /// Saves the tty's current mode and installs the handlers.
    static func install(inputFD: Int32, outputFD: Int32) {
        let state = RestoreState.shared
        state.pointee.inputFD = inputFD
        state.pointee.outputFD = outputFD
        state.pointee.hasSavedMode = tcgetattr(inputFD, &state.pointee.savedMode) == 0
        state.pointee.active = true
        if !state.pointee.registeredExitHook {
            state.pointee.registeredExitHook = true
            atexit { restoreFromHandler() }
        }
        // Handlers must find these already built: building them would allocate.
        _ = RestoreState.resetBytes
        _ = RestoreState.drainBuffer
        ensureAlternateStack()
        for signal in terminationSignals { installHandler(signal, unlessIgnored: true) }
        for signal in fatalSignals {
            state.pointee.fatal.insert(signal)
            installHandler(signal, unlessIgnored: false)
        }
    }

    /// Puts back the handlers that were there before `install`.
    static func uninstall() {
        let state = RestoreState.shared
        state.pointee.active = false
        for signal in terminationSignals + fatalSignals where state.pointee.installed.contains(signal) {
            _ = sigaction(signal, RestoreState.previousActions + Int(signal), nil)
        }
        state.pointee.installed = SignalSet()
    }

    /// Whether the handlers should touch the terminal: off while an editor
    /// owns it during `suspend()`, and after `stop()`.
    static func setActive(_ active: Bool) {
        RestoreState.shared.pointee.active = active
    }

    /// While curses owns the screen, anything written to stderr (a Swift
    /// runtime error with its file and line, a warning) would land on the
    /// alternate screen and vanish when it is left. Until
    /// `passOnStandardError` it goes into a pipe instead. The pipe does not
    /// block: past its 64 KiB further output is dropped, never stalled.
    static func holdStandardError() {
        let state = RestoreState.shared
        guard state.pointee.savedStderr < 0, isatty(2) == 1 else { return }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        let saved = fcntl(2, F_DUPFD_CLOEXEC, 3)
        guard saved >= 0, dup2(ends[1], 2) >= 0 else {
            _ = close(ends[0])
            _ = close(ends[1])
            if saved >= 0 { _ = close(saved) }
            return
        }
        state.pointee.stderrPipeRead = ends[0]
        state.pointee.stderrPipeWrite = ends[1]
        state.pointee.savedStderr = saved
    }

    /// Points stderr back at the terminal and writes out what was held.
    /// With `keepHolding` (while an editor runs) the pipe stays open for
    /// `resumeHoldingStandardError`. Async-signal-safe.
    static func passOnStandardError(keepHolding: Bool) {
        let state = RestoreState.shared
        let saved = state.pointee.savedStderr
        guard saved >= 0 else { return }
        _ = dup2(saved, 2)
        let buffer = RestoreState.drainBuffer
        while true {
            let count = read(state.pointee.stderrPipeRead, buffer.baseAddress, buffer.count)
            if count <= 0 { break }
            _ = write(2, buffer.baseAddress, count)
        }
        if keepHolding { return }
        _ = close(state.pointee.stderrPipeRead)
        _ = close(state.pointee.stderrPipeWrite)
        _ = close(saved)
        state.pointee.savedStderr = -1
    }

    /// Holds stderr again after `passOnStandardError(keepHolding: true)`.
    static func resumeHoldingStandardError() {
        let state = RestoreState.shared
        guard state.pointee.savedStderr >= 0 else { return }
        _ = dup2(state.pointee.stderrPipeWrite, 2)
    }

    private static func installHandler(_ signal: Int32, unlessIgnored: Bool) {
        let previous = RestoreState.previousActions + Int(signal)
        guard sigaction(signal, nil, previous) == 0 else { return }
        if unlessIgnored && cn_is_ignored(previous) != 0 { return }
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = restoringHandler
        sigfillset(&action.sa_mask)
        action.sa_flags = SA_ONSTACK | SA_SIGINFO
        if sigaction(signal, &action, nil) == 0 {
            RestoreState.shared.pointee.installed.insert(signal)
        }
    }

    /// Stack overflows arrive as SIGSEGV with no stack left to run a handler
    /// on; give the main thread a spare one unless something already did.
    private static func ensureAlternateStack() {
        var current = stack_t()
        guard sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) != 0 else { return }
        let size = 64 * 1024
        guard let memory = malloc(size) else { return }
        var stack = stack_t()
        stack.ss_sp = memory
        stack.ss_size = size
        stack.ss_flags = 0
        if sigaltstack(&stack, nil) != 0 { free(memory) }
    }
}

/// Async-signal-safe: only `write`, `tcsetattr`, `dup2`, `read`, `close`
/// and plain memory.
private func restoreFromHandler() {
    let state = RestoreState.shared
    guard state.pointee.active else { return }
    state.pointee.active = false
    let bytes = RestoreState.resetBytes
    _ = write(state.pointee.outputFD, bytes.baseAddress, bytes.count)
    if state.pointee.hasSavedMode {
        _ = tcsetattr(state.pointee.inputFD, TCSANOW, &state.pointee.savedMode)
    }
    // Last, so a crash message (Swift prints it just before trapping) shows
    // up below the restored screen.
    SignalRestore.passOnStandardError(keepHolding: false)
}

private let restoringHandler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = { signal, info, context in
    restoreFromHandler()
    let fatal = RestoreState.shared.pointee.fatal
    if fatal.contains(signal) {
        // As the runtime's own crash handler does: a fault from here on
        // (in the crash reporter, or the memory-reading thread it starts,
        // which inherits this mask) ends the process instead of re-entering
        // a handler or being held blocked, which would kill it silently.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = nil  // SIG_DFL
        sigemptyset(&action.sa_mask)
        for s in Int32(1)...64 where fatal.contains(s) {
            _ = sigaction(s, &action, nil)
            sigaddset(&unblock, s)
        }
        _ = pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        callPreviousHandler(signal, info, context)
    }
    dieOf(signal)
}

/// Runs the handler `signal` had before ours, unless that was the default
/// action or "ignore". Async-signal-safe as far as that handler is.
private func callPreviousHandler(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    let previous = RestoreState.previousActions + Int(signal)
    guard cn_is_ignored(previous) == 0 else { return }
    if previous.pointee.sa_flags & SA_SIGINFO != 0 {
        previous.pointee.__sigaction_handler.sa_sigaction?(signal, info, context)
    } else {
        previous.pointee.__sigaction_handler.sa_handler?(signal)
    }
}

/// Ends the process by `signal` with its default action, so the parent sees
/// how it ended (and a core is dumped where the signal calls for one).
private func dieOf(_ signal: Int32) -> Never {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = nil  // SIG_DFL
    sigemptyset(&action.sa_mask)
    _ = sigaction(signal, &action, nil)
    var unblock = sigset_t()
    sigemptyset(&unblock)
    sigaddset(&unblock, signal)
    _ = pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    _ = raise(signal)
    // Only reached for a signal whose default action does not end the process.
    _exit(128 + signal)
}

/// Signal numbers (1...64) as a bit set, so the state holds no
/// heap-allocated values.
struct SignalSet {
    private var bits: UInt64 = 0
    func contains(_ signal: Int32) -> Bool { signal >= 1 && signal <= 64 && bits & (1 << UInt64(signal - 1)) != 0 }
    mutating func insert(_ signal: Int32) {
        if signal >= 1 && signal <= 64 { bits |= 1 << UInt64(signal - 1) }
    }
}

/// What the signal handlers read. It lives in memory allocated once and
/// never freed, reached through raw pointers: a handler can run at any point
/// on the main thread, so it must not go through Swift's exclusivity checks,
/// reference counting or allocation.
struct RestoreState {
    var inputFD: Int32 = 0
    var outputFD: Int32 = 1
    var savedMode = termios()
    var hasSavedMode = false
    var active = false
    var registeredExitHook = false
    var installed = SignalSet()
    /// The signals whose earlier handler runs before we die of them.
    var fatal = SignalSet()
    /// stderr as it was before `holdStandardError`, or -1 when not held.
    var savedStderr: Int32 = -1
    var stderrPipeRead: Int32 = -1
    var stderrPipeWrite: Int32 = -1

    // nonisolated(unsafe): written only by `SignalRestore` on the thread
    // that starts and stops the terminal, before handlers are installed or
    // through single word-sized stores; read by signal handlers.
    nonisolated(unsafe) static let shared: UnsafeMutablePointer<RestoreState> = {
        let pointer = UnsafeMutablePointer<RestoreState>.allocate(capacity: 1)
        pointer.initialize(to: RestoreState())
        return pointer
    }()

    /// The handler each signal had before ours, indexed by signal number.
    nonisolated(unsafe) static let previousActions: UnsafeMutablePointer<sigaction> = {
        let count = 65
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: count)
        pointer.initialize(repeating: sigaction(), count: count)
        return pointer
    }()

    /// Where held stderr output passes through on its way out.
    nonisolated(unsafe) static let drainBuffer: UnsafeMutableRawBufferPointer =
        UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 1)

    /// `SignalRestore.resetSequence`, copied where a handler can read it
    /// without touching a Swift array.
    nonisolated(unsafe) static let resetBytes: UnsafeBufferPointer<UInt8> = {
        let bytes = SignalRestore.resetSequence
        let pointer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = pointer.initialize(from: bytes)
        return UnsafeBufferPointer(pointer)
    }()
}
