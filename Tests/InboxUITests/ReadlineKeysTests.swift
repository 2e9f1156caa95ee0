import InboxUI
import Testing

/// The readline keys compose understands: M-b/M-f move by word, C-k and
/// C-w cut, C-u cuts the whole draft, C-y puts back what was cut last.
@Suite("Readline keys in the draft editor")
struct ReadlineKeysTests {
    @Test func altBAndAltFMoveByWord() {
        var e = TextEditor(text: "Thanks Dario, not for us.")
        e.moveWordBackward()
        #expect(e.cursor == "Thanks Dario, not for ".count)
        e.moveWordBackward()
        e.moveWordBackward()
        #expect(e.cursor == "Thanks Dario, ".count)
        e.moveWordBackward()
        #expect(e.cursor == "Thanks ".count)
        e.moveWordForward()
        #expect(e.cursor == "Thanks Dario".count)
        e.moveWordForward()
        #expect(e.cursor == "Thanks Dario, not".count)
        #expect(e.text == "Thanks Dario, not for us.")
    }

    @Test func ctrlKCutsToTheLineEndAndCtrlYPutsItBack() {
        var e = TextEditor(text: "first line\nsecond")
        e.moveWordBackward()
        e.moveWordBackward()
        #expect(e.cursor == "first ".count)
        e.killToLineEnd()
        #expect(e.text == "first \nsecond")
        e.killToLineEnd()  // at the line's end: the newline goes
        #expect(e.text == "first second")
        e.yank()
        #expect(e.text == "first \nsecond")
        #expect(e.killed == "\n")
    }

    @Test func ctrlWAndCtrlUCutIntoTheKillBuffer() {
        var e = TextEditor(text: "Hello 日本 👩‍💻")
        e.deleteWordBackward()
        #expect(e.text == "Hello 日本 ")
        #expect(e.killed == "👩‍💻")
        e.killAll()
        #expect(e.text.isEmpty)
        e.yank()
        #expect(e.text == "Hello 日本 ")
    }
}
