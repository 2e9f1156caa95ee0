#if canImport(Glibc)
import Glibc
#endif
import CNCursesW
import ScreenKit

/// The real terminal, driven through ncursesw.
///
/// Only one can be running at a time (curses has one current screen and the
/// signal handlers restore one tty). Call `stop()` when done; it is also
/// called on deinit, and signals and crashes restore the terminal too (see
/// `SignalRestore`).
public final class NCursesTerminal: Terminal {
    public struct Options: Sendable {
        /// False turns colour off even when the terminal has it; NO_COLOR
        /// turns it off either way.
        public var color: Bool
        /// Report clicks and the wheel as `.mouse` keys.
        public var mouse: Bool
        /// How long a lone Esc waits for the rest of an escape sequence.
        public var escapeDelayMilliseconds: Int

        /// 25 ms, or `ESCDELAY` from the environment as curses programs
        /// read it (1 to 1000 ms): long enough for a sequence to arrive
        /// whole, short enough that Esc feels immediate.
        public static var defaultEscapeDelay: Int {
            guard let text = getenv("ESCDELAY"), let value = Int(String(cString: text)), (1...1000).contains(value) else { return 25 }
            return value
        }

        public init(color: Bool = true, mouse: Bool = true, escapeDelayMilliseconds: Int = Options.defaultEscapeDelay) {
            self.color = color
            self.mouse = mouse
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
        }
    }

    public private(set) var size: Size
    /// Whether colours are in use (the terminal has them and they are wanted).
    public var usesColor: Bool { styles.useColor }

    private let screen: OpaquePointer
    private let outputFile: UnsafeMutablePointer<FILE>
    private let inputFile: UnsafeMutablePointer<FILE>
    private let inputFD: Int32
    private let options: Options
    private var styles: CursesStyles
    /// What curses' window holds now; nil forces a full redraw.
    private var shown: Screen?
    /// A frame drawn while suspended, shown on resume.
    private var pendingFrame: Screen?
    private var isSuspended = false
    private var isStopped = false
    /// Consecutive reads that failed at once; a closed input fails forever.
    private var immediateFailures = 0
    /// Whether the terminal's cursor is on, so it is switched only on change.
    private var cursorShown = false
    /// Key codes terminfo gives to modified keys (xterm's `kLFT5`), which
    /// differ from terminal to terminal, mapped to our keys.
    private var modifiedKeyCodes: [Int32: Key] = [:]
    /// The last press, to tell a double click (ncurses' own click timing
    /// is off so presses come at once).
    private var lastPress: (x: Int, y: Int, at: Int)?
    static let doubleClickMilliseconds = 400

    // nonisolated(unsafe): only touched by init and stop, which the
    // single-threaded app loop calls; it guards against two live terminals.
    nonisolated(unsafe) private static var running = false

    /// Checks the terminal and starts curses on it.
    ///
    /// Throws `TerminalError` (with a one-line description) when stdin or
    /// stdout is not a tty, TERM is unset, `dumb` or unknown, or curses
    /// cannot start; the terminal is left untouched then.
    public init(options: Options = Options()) throws(TerminalError) {
        guard !Self.running else { throw .startFailed("the terminal is already in use by this program") }
        let term = try TerminalPreflight.check(inputFD: 0, outputFD: 1)
        try TerminalPreflight.selectUTF8Locale()

        // Curses gets its own streams on duplicates of the tty descriptors,
        // so closing them in stop() leaves stdin and stdout open.
        let outFD = dup(1)
        let inFD = dup(0)
        guard outFD >= 0, inFD >= 0,
              let out = fdopen(outFD, "w"), let input = fdopen(inFD, "r") else {
            throw .startFailed("could not open the terminal: \(String(cString: strerror(errno)))")
        }

        SignalRestore.install(inputFD: inFD, outputFD: outFD)
        SignalRestore.holdStandardError()
        guard let screen = term.withCString({ newterm($0, out, input) }) else {
            SignalRestore.passOnStandardError(keepHolding: false)
            SignalRestore.uninstall()
            fclose(out)
            fclose(input)
            throw TerminalPreflight.unknownTerminal(term)
        }
        Self.running = true
        self.screen = screen
        self.outputFile = out
        self.inputFile = input
        self.inputFD = inFD
        self.options = options

        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = intrflush(cn_stdscr(), false)
        _ = keypad(cn_stdscr(), true)
        Self.acceptCursorKeysInEitherMode()
        modifiedKeyCodes = KeyDecoding.modifiedKeyCodes()
        _ = leaveok(cn_stdscr(), true)
        _ = set_escdelay(Int32(clamping: options.escapeDelayMilliseconds))
        _ = curs_set(0)

        var useColor = false
        var defaultColors = false
        if options.color && !TerminalPreflight.noColorRequested && has_colors() {
            useColor = start_color() != ERR
            defaultColors = useColor && use_default_colors() != ERR
        }
        styles = CursesStyles(
            useColor: useColor, hasDefaultColors: defaultColors,
            colorCount: useColor ? Int(cn_colors()) : 0, pairLimit: useColor ? Int(cn_color_pairs()) : 0
        )
        size = Size(width: Int(cn_cols()), height: Int(cn_lines()))
        enableMouse()
    }

    deinit {
        stop()
    }

    public func draw(_ frame: Screen) {
        guard !isStopped else { return }
        guard !isSuspended else {
            pendingFrame = frame
            return
        }
        let changes: [ScreenChange]
        if let shown, shown.size == frame.size {
            changes = frame.diff(from: shown)
        } else {
            _ = werase(cn_stdscr())
            changes = frame.fullRedraw
        }
        for change in changes {
            var column = change.x
            for cell in change.cells {
                if !cell.isContinuation { drawCell(cell, x: column, y: change.y) }
                column += 1
            }
        }
        if let cursor = frame.cursor {
            _ = wmove(cn_stdscr(), Int32(clamping: cursor.y), Int32(clamping: cursor.x))
            _ = leaveok(cn_stdscr(), false)
        } else {
            _ = leaveok(cn_stdscr(), true)
        }
        _ = wnoutrefresh(cn_stdscr())
        _ = doupdate()
        // After the refresh, so curses has the cursor where it belongs.
        if (frame.cursor != nil) != cursorShown {
            cursorShown = frame.cursor != nil
            _ = curs_set(cursorShown ? 1 : 0)
        }
        shown = frame
    }

    public func readKey(timeoutMilliseconds: Int?) throws(TerminalError) -> Key? {
        guard !isStopped else { throw .inputClosed }
        let deadline = timeoutMilliseconds.map { Self.now() + max(0, $0) }
        while true {
            let remaining = deadline.map { max(0, $0 - Self.now()) }
            wtimeout(cn_stdscr(), Int32(clamping: remaining ?? -1))
            let started = Self.now()
            var value: wint_t = 0
            let status = wget_wch(cn_stdscr(), &value)
            if status == ERR {
                try checkInputStillOpen(failedAfter: Self.now() - started, waited: remaining)
                if deadline == nil { continue }
                return nil
            }
            immediateFailures = 0
            if status == KEY_CODE_YES {
                let code = Int32(bitPattern: value)
                if code == KEY_RESIZE {
                    size = Size(width: Int(cn_cols()), height: Int(cn_lines()))
                    // The terminal may have reflowed or cleared what we drew.
                    shown = nil
                    _ = clearok(cn_curscr(), true)
                    return .resize
                }
                if code == KEY_MOUSE {
                    var event = MEVENT()
                    if getmouse(&event) == OK, let key = KeyDecoding.mouse(event) { return timingClicks(key) }
                } else if let key = modifiedKeyCodes[code] ?? KeyDecoding.key(code: code) {
                    return key
                }
            } else if let key = KeyDecoding.key(character: value) {
                return key == .esc ? readAfterEscape() : key
            }
            if let deadline, Self.now() >= deadline { return nil }
        }
    }

    /// Curses hands over an Esc when nothing followed it within the escape
    /// delay, or when what followed names no key it knows. Which it was is
    /// told by reading on, each byte waiting at most the escape delay: a
    /// character right behind the Esc is Alt with it (`M-b` must not close
    /// compose and then type `b`), an unknown sequence is read whole so its
    /// bytes never act as keys, and a lone Esc is Esc.
    private func readAfterEscape() -> Key {
        let delay = Int32(clamping: max(1, options.escapeDelayMilliseconds))
        func next() -> (status: Int32, value: wint_t)? {
            wtimeout(cn_stdscr(), delay)
            var value: wint_t = 0
            let status = wget_wch(cn_stdscr(), &value)
            return status == ERR ? nil : (status, value)
        }
        guard let first = next() else { return KeyDecoding.key(afterEscape: .alone) }
        // A decoded key (a resize, an arrow) or another Esc right behind:
        // Esc, then that key on the next read.
        guard first.status != KEY_CODE_YES, first.value != 0x1B,
              let scalar = Unicode.Scalar(UInt32(first.value)) else {
            _ = first.status == KEY_CODE_YES ? ungetch(Int32(bitPattern: first.value)) : unget_wch(wchar_t(bitPattern: first.value))
            return .esc
        }
        let value = scalar.value
        if value < 0x20 || value == 0x7F {
            // Esc then a control key (Alt with Ctrl): take them as typed.
            _ = unget_wch(wchar_t(bitPattern: first.value))
            return .esc
        }
        guard scalar == "[" || scalar == "O" else { return KeyDecoding.key(afterEscape: .character(Character(scalar))) }
        var body = String(scalar)
        while body.unicodeScalars.count < KeyDecoding.escapeFollowUpLimit, let more = next() {
            guard more.status != KEY_CODE_YES, let s = Unicode.Scalar(UInt32(more.value)) else {
                _ = ungetch(Int32(bitPattern: more.value))
                break
            }
            body.unicodeScalars.append(s)
            // SS3 carries one character; CSI ends at its final byte.
            if scalar == "O" || (body.unicodeScalars.count > 1 && KeyDecoding.endsControlSequence(s.value)) { break }
        }
        return KeyDecoding.key(afterEscape: .sequence(body))
    }

    public func suspend() {
        guard !isStopped, !isSuspended else { return }
        _ = def_prog_mode()
        _ = endwin()
        SignalRestore.setActive(false)
        SignalRestore.passOnStandardError(keepHolding: true)
        isSuspended = true
    }

    public func resume() {
        guard !isStopped, isSuspended else { return }
        isSuspended = false
        SignalRestore.resumeHoldingStandardError()
        SignalRestore.setActive(true)
        _ = reset_prog_mode()
        _ = curs_set(0)
        cursorShown = false
        _ = keypad(cn_stdscr(), true)
        enableMouse()
        // Whatever ran meanwhile drew over the screen: repaint all of it.
        _ = clearok(cn_curscr(), true)
        _ = wnoutrefresh(cn_stdscr())
        _ = doupdate()
        if let pendingFrame {
            self.pendingFrame = nil
            draw(pendingFrame)
        }
    }

    public func stop() {
        guard !isStopped else { return }
        isStopped = true
        if !isSuspended {
            if options.mouse { _ = mousemask(0, nil) }
            _ = endwin()
        }
        delscreen(screen)
        fclose(outputFile)
        fclose(inputFile)
        SignalRestore.passOnStandardError(keepHolding: false)
        SignalRestore.uninstall()
        Self.running = false
    }

    /// A terminal sends arrows as `ESC O A` in keypad-transmit mode, which
    /// terminfo describes, and as `ESC [ A` outside it. After Ctrl-Z and
    /// `fg`, curses turns the mode back on only at its next read, so the
    /// first arrow came in the other form and was read as Esc, `[` and `A`,
    /// the last of which asks to apply the policy to every invitation.
    /// Knowing both forms makes the mode not matter.
    private static func acceptCursorKeysInEitherMode() {
        let keys: [(String, Int32)] = [
            ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
            ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END),
            ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
            ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
        ]
        for (sequence, code) in keys where key_defined(sequence) == 0 {
            _ = define_key(sequence, code)
        }
    }

    /// A press on the cell of a press less than `doubleClickMilliseconds` ago
    /// is a double click.
    private func timingClicks(_ key: Key) -> Key {
        guard case .mouse(var m) = key, m.kind == .press else { return key }
        let now = Self.now()
        if let last = lastPress, last.x == m.x, last.y == m.y, now - last.at < Self.doubleClickMilliseconds {
            m.kind = .doubleClick
            lastPress = nil
            return .mouse(m)
        }
        lastPress = (m.x, m.y, now)
        return key
    }

    private func enableMouse() {
        guard options.mouse else { return }
        let wanted = cn_button1_pressed() | cn_button1_released() | cn_button4_pressed() | cn_button5_pressed()
        _ = mousemask(wanted, nil)
        // Report presses and releases as they happen instead of waiting to
        // see whether they make a click.
        _ = mouseinterval(0)
    }

    private func drawCell(_ cell: Cell, x: Int, y: Int) {
        let (attrs, pair) = styles.attributes(for: cell.style)
        for piece in CursesGlyph.pieces(for: cell.grapheme, width: cell.width) {
            _ = piece.chars.withUnsafeBufferPointer { chars in
                cn_put_cell(Int32(clamping: y), Int32(clamping: x + piece.column), chars.baseAddress, attrs, pair)
            }
        }
    }

    /// A read that fails at once, again and again, means the input is gone
    /// (the tty hung up, or stdin hit end of file); without this check a loop
    /// with a timeout would spin.
    private func checkInputStillOpen(failedAfter elapsed: Int, waited: Int?) throws(TerminalError) {
        var descriptor = pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0)
        if poll(&descriptor, 1, 0) > 0 && descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
            throw .inputClosed
        }
        let expectedWait = waited ?? Int.max
        if elapsed < 1 && expectedWait > 5 {
            immediateFailures += 1
            if immediateFailures > 100 { throw .inputClosed }
        } else {
            immediateFailures = 0
        }
    }

    /// Monotonic milliseconds.
    private static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time.tv_sec * 1000 + time.tv_nsec / 1_000_000
    }
}
