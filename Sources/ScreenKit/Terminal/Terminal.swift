/// What the app loop needs from a terminal. The ncurses backend implements
/// it for real use; `RecordingTerminal` implements it for tests.
public protocol Terminal: AnyObject {
    /// Current size in columns and rows; changes after a `.resize` key.
    var size: Size { get }

    /// Shows `screen`. Implementations send only what changed since the
    /// previous frame. A screen of a different size than the terminal is
    /// clipped (or leaves the rest blank).
    func draw(_ screen: Screen)

    /// The next key, or nil if `timeoutMilliseconds` passed without one;
    /// nil timeout waits indefinitely. Throws `TerminalError.inputClosed`
    /// when no more input can arrive, so the app can end instead of spinning.
    func readKey(timeoutMilliseconds: Int?) throws(TerminalError) -> Key?

    /// Hands the terminal back to the shell, e.g. to run `$EDITOR`.
    func suspend()

    /// Takes the terminal back after `suspend()` and redraws the last frame.
    func resume()

    /// Restores the terminal for good. Safe to call more than once.
    func stop()
}

/// Why a terminal could not be used. `description` is one line, meant to be
/// printed as is before exiting.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (piped, redirected, or run under a
    /// service manager).
    case notATerminal(String)
    /// TERM is unset, `dumb`, or has no terminfo entry.
    case unsupportedTerminal(String)
    /// The terminal library refused to start.
    case startFailed(String)
    /// Input ended: the terminal went away, or a test script ran out.
    case inputClosed

    public var description: String {
        switch self {
        case .notATerminal(let detail): return detail
        case .unsupportedTerminal(let detail): return detail
        case .startFailed(let detail): return detail
        case .inputClosed: return "the terminal closed its input"
        }
    }
}
