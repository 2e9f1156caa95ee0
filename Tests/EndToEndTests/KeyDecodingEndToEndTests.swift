import Foundation
import Testing

/// Esc, Alt and escape sequences as a terminal really sends them: Alt-b is
/// Esc and `b` together, Home under a TERM that does not describe it is
/// `Esc [1~`. None of them may act as Esc followed by other keys.
@Suite(.serialized, .terminalSlot) struct KeyDecodingEndToEndTests {
    static func composing(_ draft: String, term: String = "xterm-256color", name: String = #function) async throws -> TmuxSession {
        let tmux = try TmuxSession(arguments: ["--fresh"], width: 100, height: 30, environment: ["TERM": term], name: name)
        try await tmux.openReply(find: "Dario", fullName: "Dario Mendes")
        try tmux.type(draft)
        try await tmux.waitFor(draft)
        return tmux
    }

    @Test("M-b in compose moves back a word: it neither closes compose nor types b")
    func altKeyInCompose() async throws {
        let tmux = try await Self.composing("Hello there")
        defer { tmux.close() }
        try tmux.send("M-b")
        try tmux.type("!")
        let screen = try await tmux.waitFor("Hello !there")
        #expect(screen.contains("To Dario Mendes"))
        #expect(!screen.contains("Hello thereb"))
        #expect(!screen.contains("not bound"))
        // A lone Esc still closes compose, keeping the draft.
        try tmux.send("Escape")
        try await tmux.waitFor("Draft kept for Dario Mendes")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    /// xterm sends Ctrl-Left as `Esc [1;5D`; whether the terminfo entry
    /// names it (kLFT5) or not, it must move by word like readline.
    @Test("C-Left and C-Right in compose move by word", arguments: ["xterm-256color", "vt100"])
    func ctrlArrowsInCompose(term: String) async throws {
        let tmux = try await Self.composing("Hello there", term: term, name: "ctrlArrows-\(term)")
        defer { tmux.close() }
        try tmux.type("\u{1B}[1;5D")
        try tmux.type("!")
        try await tmux.waitFor("Hello !there")
        try tmux.type("\u{1B}[1;5C")
        try tmux.type("?")
        let screen = try await tmux.waitFor("Hello !there?")
        #expect(!screen.contains("not bound") && !screen.contains("Ignored an unknown"))
        try tmux.send("Escape")
        try await tmux.waitFor("Draft kept for Dario Mendes")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    /// The draft shows a reversed cell for the cursor, and the terminal's
    /// own cursor stands on it while composing and is hidden otherwise.
    @Test("the terminal cursor stands at the insertion point in compose, hidden elsewhere")
    func realCursorInCompose() async throws {
        let tmux = try await Self.composing("Hello")
        defer { tmux.close() }
        let rows = try tmux.lines()
        let row = try #require(rows.firstIndex { $0.contains("Hello") })
        let column = try #require(rows[row].range(of: "Hello")).upperBound.utf16Offset(in: rows[row])
        let shown = try tmux.cursor()
        #expect(shown.visible && shown.x == column && shown.y == row)
        try tmux.send("Escape")
        try await tmux.waitFor("Draft kept for Dario Mendes")
        #expect(try tmux.cursor().visible == false)
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test("an unknown escape sequence is ignored with a message, not read as Esc and keys")
    func unknownSequence() async throws {
        let tmux = try await Self.composing("Hello")
        defer { tmux.close() }
        try tmux.type("\u{1B}[99~")
        let screen = try await tmux.waitFor("Ignored an unknown key sequence ␛[99~")
        #expect(screen.contains("To Dario Mendes"))
        #expect(!screen.contains("Hello[99~") && !screen.contains("Hello99~"))
        try tmux.type("!")
        try await tmux.waitFor("Hello!")
        try tmux.send("Escape")
        try await tmux.waitFor("Draft kept for Dario Mendes")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    /// vt100's terminfo has no Home key, so curses hands over `Esc [1~`
    /// raw; it used to close compose, switch tab on `1` and report `~`.
    @Test("Home under a TERM that does not describe it still moves to the line start")
    func homeUnderAnotherTerm() async throws {
        let tmux = try await Self.composing("Hello", term: "vt100")
        defer { tmux.close() }
        try tmux.type("\u{1B}[1~")
        try tmux.type(">")
        let screen = try await tmux.waitFor(">Hello")
        #expect(screen.contains("To Dario Mendes"))
        #expect(!screen.contains("not bound"))
        try tmux.send("Escape")
        try await tmux.waitFor("Draft kept for Dario Mendes")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test("Alt with a key in the list is reported as M-x, not as Esc then x")
    func altKeyInTheList() async throws {
        let tmux = try TmuxSession(arguments: ["--fresh"], width: 100, height: 30)
        defer { tmux.close() }
        try await tmux.waitFor("Invitations")
        try tmux.send("M-x")
        try await tmux.waitFor("M-x is not bound")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }
}
