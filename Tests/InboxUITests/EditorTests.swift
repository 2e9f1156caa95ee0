import InboxUI
import ScreenKit
import Testing

/// "naïve" with a combining diaeresis (i + U+0308), two CJK characters and
/// a ZWJ emoji: every grapheme here is more than one scalar or one column.
private let sample = "nai\u{308}ve 日本 👩‍💻"

@Suite struct EditorGraphemeTests {
    @Test func countsUserPerceivedCharacters() {
        let e = TextEditor(text: sample)
        #expect(e.count == 10)
        #expect(e.text == sample)
        #expect(e.cursor == 10)
    }

    @Test func backspaceDeletesAWholeEmoji() {
        var e = TextEditor(text: sample)
        e.backspace()
        #expect(e.text == "nai\u{308}ve 日本 ")
        e.backspace()
        e.backspace()
        #expect(e.text == "nai\u{308}ve 日")
    }

    @Test func movesAndDeletesByGrapheme() {
        var e = TextEditor(text: sample)
        e.moveToLineStart(width: 80)
        #expect(e.cursor == 0)
        for _ in 0..<3 { e.moveRight() }
        // The cursor is after "naï": Delete removes "v", Backspace the
        // diaeresis together with its "i".
        e.deleteForward()
        #expect(e.text == "nai\u{308}e 日本 👩‍💻")
        e.backspace()
        #expect(e.text == "nae 日本 👩‍💻")
        #expect(e.cursor == 2)
    }

    @Test func cursorColumnCountsWideCharacters() {
        var e = TextEditor(text: sample)
        e.moveLeft()
        e.moveLeft()
        // After "naïve 日本": 5 + 1 + 2 × 2 columns.
        #expect(e.position(in: e.layout(width: 80)) == (row: 0, column: 10))
        e.moveLeft()
        #expect(e.position(in: e.layout(width: 80)).column == 8)
        e.moveToLineEnd(width: 80)
        #expect(e.position(in: e.layout(width: 80)).column == 13)
    }

    @Test func moveLeftAndRightStopAtTheEnds() {
        var e = TextEditor(text: "ab")
        e.moveRight()
        #expect(e.cursor == 2)
        e.moveLeft()
        e.moveLeft()
        e.moveLeft()
        #expect(e.cursor == 0)
        e.backspace()
        #expect(e.text == "ab")
    }

    @Test func combiningMarkTypedSeparatelyJoinsItsLetter() {
        var e = TextEditor()
        for piece in ["n", "a", "i", "\u{308}", "v", "e"] { e.insert(piece) }
        #expect(e.text == "nai\u{308}ve")
        #expect(e.count == 5)
        #expect(e.cursor == 5)
        e.moveLeft()
        e.moveLeft()
        e.backspace()
        #expect(e.text == "nave")
    }

    @Test func emojiTypedScalarByScalarIsOneGrapheme() {
        var e = TextEditor(text: "x")
        for piece in ["👩", "\u{200D}", "💻"] { e.insert(piece) }
        #expect(e.count == 2)
        #expect(e.cursor == 2)
        e.backspace()
        #expect(e.text == "x")
    }

    @Test func flagHalvesMergeWhenTheLetterBetweenGoes() {
        var e = TextEditor(text: "🇯x🇵")
        e.moveLeft()
        e.backspace()
        #expect(e.text == "🇯🇵")
        #expect(e.count == 1)
        #expect(e.cursor == 1)
    }

    @Test func insertsInTheMiddle() {
        var e = TextEditor(text: "日本")
        e.moveLeft()
        e.insert("と")
        #expect(e.text == "日と本")
        #expect(e.cursor == 2)
    }
}

@Suite struct EditorEditingTests {
    @Test func ctrlWDeletesTheWordBeforeTheCursor() {
        var e = TextEditor(text: "hello big  world")
        e.deleteWordBackward()
        #expect(e.text == "hello big  ")
        e.deleteWordBackward()
        #expect(e.text == "hello ")
        e.deleteWordBackward()
        #expect(e.text == "")
        e.deleteWordBackward()
        #expect(e.text == "")
    }

    @Test func ctrlWDeletesAcrossGraphemes() {
        var e = TextEditor(text: sample)
        e.deleteWordBackward()
        #expect(e.text == "nai\u{308}ve 日本 ")
        e.deleteWordBackward()
        #expect(e.text == "nai\u{308}ve ")
        e.deleteWordBackward()
        #expect(e.text.isEmpty)
    }

    @Test func ctrlWInTheMiddleKeepsTheRest() {
        var e = TextEditor(text: "one two three")
        for _ in 0..<6 { e.moveLeft() }
        e.deleteWordBackward()
        #expect(e.text == "one  three")
        #expect(e.cursor == 4)
    }

    @Test func pastedTextKeepsItsLinesAndLosesControls() {
        var e = TextEditor()
        e.insert("Hi Hana,\r\nline two\rline three\n\tindented\u{1B}[31m red\u{7}\u{202E}")
        #expect(e.text == "Hi Hana,\nline two\nline three\n    indented[31m red")
        #expect(e.cursor == e.count)
        let lines = e.layout(width: 40).map { e.string(of: $0) }
        #expect(lines == ["Hi Hana,", "line two", "line three", "    indented[31m red"])
    }

    @Test func pasteInTheMiddleLeavesTheCursorAfterIt() {
        var e = TextEditor(text: "ad")
        e.moveLeft()
        e.insert("b\nc")
        #expect(e.text == "ab\ncd")
        #expect(e.cursor == 4)
        #expect(e.position(in: e.layout(width: 20)) == (row: 1, column: 1))
    }

    @Test func replaceAllMovesTheCursorToTheEnd() {
        var e = TextEditor(text: "old")
        e.moveLeft()
        e.replaceAll(with: "brand new\ttext")
        #expect(e.text == "brand new    text")
        #expect(e.cursor == e.count)
    }
}

@Suite struct EditorWrapTests {
    private func rows(_ text: String, width: Int) -> [String] {
        let e = TextEditor(text: text)
        return e.layout(width: width).map { e.string(of: $0) }
    }

    @Test func wrapsAtWordBoundaries() {
        // Width 11 leaves 10 columns: the last stays free for the cursor.
        #expect(rows("the quick brown fox jumps", width: 11) == ["the quick", "brown fox", "jumps"])
    }

    @Test func aSpaceAtTheEdgeBreaksTheLineThere() {
        #expect(rows("abcdefghij klm", width: 11) == ["abcdefghij", "klm"])
    }

    @Test func breaksAWordLongerThanALine() {
        #expect(rows("abcdefghijklmnop", width: 6) == ["abcde", "fghij", "klmno", "p"])
    }

    @Test func wideCharactersNeverStraddleTheEdge() {
        #expect(rows("日本語日本語", width: 8) == ["日本語", "日本語"])
        #expect(rows("a日本語日本語", width: 8) == ["a日本語", "日本語"])
    }

    @Test func wrapsTheSampleWithoutSplittingAGrapheme() {
        #expect(rows(sample, width: 9) == ["nai\u{308}ve", "日本 👩‍💻"])
        #expect(rows(sample, width: 6) == ["nai\u{308}ve", "日本", "👩‍💻"])
    }

    @Test func hardLineBreaksStartNewRows() {
        #expect(rows("a\n\nb", width: 10) == ["a", "", "b"])
        #expect(rows("", width: 10) == [""])
        #expect(rows("end\n", width: 10) == ["end", ""])
    }

    @Test func everyRowFitsAndEveryGraphemeIsShown() {
        let pieces = ["a", "bb", "ccc ", " ", "日本", "👩‍💻", "nai\u{308}ve", "\n", "word ", "longerword"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for round in 0..<300 {
            var text = ""
            for _ in 0..<(round % 40) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(seed >> 33) % pieces.count]
            }
            for width in [4, 7, 12, 30] {
                let e = TextEditor(text: text)
                let lines = e.layout(width: width)
                var drawn = Set<Int>()
                for line in lines {
                    #expect(DisplayWidth.of(e.string(of: line)) <= width - 1, "\(text.debugDescription) at \(width)")
                    drawn.formUnion(line.start..<line.end)
                }
                // Only the spaces and newlines rows broke at go undrawn.
                for i in 0..<e.count where !drawn.contains(i) {
                    #expect(e.characters[i] == " " || e.characters[i] == "\n", "\(text.debugDescription) at \(width)")
                }
            }
        }
    }
}

@Suite struct EditorCursorTests {
    @Test func upAndDownKeepTheColumn() {
        var e = TextEditor(text: "first line\nab\nthird line")
        // At the end of "third line" (column 10).
        e.moveVertically(by: -1, width: 40)
        #expect(e.position(in: e.layout(width: 40)) == (row: 1, column: 2))
        e.moveVertically(by: -1, width: 40)
        #expect(e.position(in: e.layout(width: 40)) == (row: 0, column: 10))
        e.moveVertically(by: 1, width: 40)
        e.moveVertically(by: 1, width: 40)
        #expect(e.position(in: e.layout(width: 40)) == (row: 2, column: 10))
    }

    @Test func upAndDownLandBeforeAWideCharacterTheyWouldSplit() {
        var e = TextEditor(text: "abc\n日本")
        e.moveVertically(by: -1, width: 40)
        e.moveToLineStart(width: 40)
        e.moveRight()
        e.moveVertically(by: 1, width: 40)
        // Column 1 is inside 日: the cursor stays before it.
        #expect(e.position(in: e.layout(width: 40)) == (row: 1, column: 0))
    }

    @Test func upOnTheFirstRowGoesToTheStartAndDownOnTheLastToTheEnd() {
        var e = TextEditor(text: "one\ntwo")
        e.moveVertically(by: 1, width: 40)
        #expect(e.cursor == e.count)
        e.moveVertically(by: -1, width: 40)
        e.moveVertically(by: -1, width: 40)
        #expect(e.cursor == 0)
    }

    @Test func homeAndEndWorkOnTheVisualRow() {
        var e = TextEditor(text: "the quick brown fox jumps")
        // Rows at width 11: "the quick" / "brown fox" / "jumps".
        e.moveVertically(by: -1, width: 11)
        e.moveToLineStart(width: 11)
        #expect(e.cursor == 10)
        e.moveToLineEnd(width: 11)
        #expect(e.cursor == 19)
        #expect(e.position(in: e.layout(width: 11)) == (row: 1, column: 9))
    }

    @Test func aCursorAtAWrapPointShowsAtTheStartOfTheNextRow() {
        var e = TextEditor(text: "abcdefghijklmnop")
        // Row 2 starts at index 10.
        for _ in 0..<6 { e.moveLeft() }
        #expect(e.position(in: e.layout(width: 6)) == (row: 2, column: 0))
    }
}
