#if canImport(Glibc)
import Glibc
#endif
import ScreenKit
import Shared

/// Checks made before curses starts, so that an unusable terminal ends the
/// program with one clear line instead of a hang or a garbled screen.
enum TerminalPreflight {
    /// The terminal type to start curses with.
    static func check(inputFD: Int32, outputFD: Int32) throws(TerminalError) -> String {
        guard isatty(inputFD) == 1 else {
            throw .notATerminal("standard input is not a terminal; the inbox browser needs one (try `thirsty check`)")
        }
        guard isatty(outputFD) == 1 else {
            throw .notATerminal("standard output is not a terminal; the inbox browser needs one (try `thirsty check`)")
        }
        guard let raw = getenv("TERM"), raw.pointee != 0 else {
            throw .unsupportedTerminal("TERM is not set, so the terminal type is unknown")
        }
        let term = String(cString: raw)
        if term == "dumb" {
            throw .unsupportedTerminal("TERM=dumb cannot show a full-screen interface")
        }
        return term
    }

    /// Makes the C library (and so curses) read and write UTF-8. A process
    /// started without LANG gets the "C" locale, where curses would print
    /// every non-ASCII character as an escape; C.UTF-8 is a safe stand-in.
    static func selectUTF8Locale() throws(TerminalError) {
        _ = setlocale(LC_ALL, "")
        if isUTF8() { return }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        if isUTF8() { return }
        throw .unsupportedTerminal("the locale is not UTF-8 and C.UTF-8 is unavailable; set LANG to a UTF-8 locale")
    }

    private static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// The message for a TERM with no terminfo entry. TERM comes from the
    /// environment, so it is sanitised before being printed.
    static func unknownTerminal(_ term: String) -> TerminalError {
        .unsupportedTerminal("unknown terminal type '\(TerminalText.sanitize(term))' (no terminfo entry); try TERM=xterm-256color")
    }

    /// NO_COLOR (https://no-color.org): present and non-empty disables colour.
    static var noColorRequested: Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }
}
