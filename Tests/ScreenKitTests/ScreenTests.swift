import Testing
import ScreenKit

@Suite("Screen")
struct ScreenTests {
    @Test func startsBlank() {
        let screen = Screen(width: 4, height: 2)
        #expect(screen.lines == ["    ", "    "])
        #expect(screen.text == "    \n    ")
        #expect(screen[0, 0] == .blank)
        #expect(screen[9, 9] == .blank)
    }

    @Test func putWritesAndReportsColumns() {
        var screen = Screen(width: 10, height: 2)
        let bold = Style(bold: true)
        #expect(screen.put("Hana", x: 1, y: 0, style: bold) == 4)
        #expect(screen.lines == [" Hana     ", "          "])
        #expect(screen[1, 0].style == bold)
        #expect(screen[0, 0].style == .plain)
    }

    @Test func putClipsAtTheEdgeAndAtMaxWidth() {
        var screen = Screen(width: 6, height: 1)
        #expect(screen.put("overflowing", x: 2, y: 0) == 4)
        #expect(screen.lines == ["  over"])
        screen.clear()
        #expect(screen.put("overflowing", x: 0, y: 0, maxWidth: 3) == 3)
        #expect(screen.lines == ["ove   "])
        #expect(screen.put("x", x: 6, y: 0) == 0)
        #expect(screen.put("x", x: 0, y: 1) == 0)
        #expect(screen.put("x", x: 0, y: -1) == 0)
    }

    @Test func putStartingLeftOfTheScreenShowsTheVisiblePart() {
        var screen = Screen(width: 5, height: 1)
        #expect(screen.put("abcdef", x: -2, y: 0) == 6)
        #expect(screen.lines == ["cdef "])
        screen.clear()
        screen.put("中文", x: -1, y: 0)
        #expect(screen.lines == [" 文  "])
    }

    @Test func wideGraphemesTakeTwoCells() {
        var screen = Screen(width: 8, height: 1)
        #expect(screen.put("佐藤 🚀", x: 0, y: 0) == 7)
        #expect(screen.lines == ["佐藤 🚀 "])
        #expect(screen.lines[0].displayWidth == 8)
        #expect(screen[0, 0].grapheme == "佐")
        #expect(screen[1, 0].isContinuation)
        #expect(screen[5, 0].grapheme == "🚀")
        #expect(screen[6, 0].isContinuation)
    }

    @Test("a wide grapheme that does not fit leaves a blank")
    func wideAtTheEdge() {
        var screen = Screen(width: 5, height: 1)
        #expect(screen.put("ab中", x: 2, y: 0) == 3)
        #expect(screen.lines == ["  ab "])
        #expect(!screen[4, 0].isContinuation)
        screen.clear()
        screen.put("xxxxx", x: 0, y: 0)
        #expect(screen.put("中中", x: 0, y: 0, maxWidth: 3) == 3)
        #expect(screen.lines == ["中 xx"])
    }

    @Test("overwriting half of a wide grapheme blanks the other half")
    func overwritingWideHalves() {
        var screen = Screen(width: 6, height: 1)
        screen.put("中文字", x: 0, y: 0)
        screen.put("x", x: 1, y: 0)  // right half of 中
        #expect(screen.lines == [" x文字"])
        screen.put("y", x: 2, y: 0)  // left half of 文
        #expect(screen.lines == [" xy 字"])
        screen.put("日", x: 3, y: 0)  // straddles 文's right half and 字's left half
        #expect(screen.lines == [" xy日 "])
        for column in 0..<6 where screen[column, 0].isContinuation {
            #expect(screen[column - 1, 0].width == 2)
        }
    }

    @Test("control characters and bidi overrides never reach a cell raw")
    func putSanitises() {
        var screen = Screen(width: 20, height: 1)
        screen.put("a\u{1B}]0;pwned\u{7}\u{202E}b", x: 0, y: 0)
        #expect(screen.lines == ["a␛]0;pwned␇\\u{202E}b"])
        for column in 0..<20 {
            for scalar in screen[column, 0].grapheme.unicodeScalars {
                #expect(scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value))
            }
        }
    }

    @Test func spansShareOneRow() {
        var screen = Screen(width: 12, height: 1)
        let used = screen.put([Span("Hana", style: .bold), Span(" · "), Span("佐藤", style: .dim)], x: 0, y: 0)
        #expect(used == 11)
        #expect(screen.lines == ["Hana · 佐藤 "])
        #expect(screen[0, 0].style == .bold)
        #expect(screen[7, 0].style == .dim)
        var narrow = Screen(width: 12, height: 1)
        #expect(narrow.put([Span("Hana"), Span(" Sato")], x: 0, y: 0, maxWidth: 6) == 6)
        #expect(narrow.lines == ["Hana S      "])
    }

    @Test func fillAndRestyle() {
        var screen = Screen(width: 5, height: 3)
        screen.put("abcde", x: 0, y: 1)
        screen.fill(Rect(x: 1, y: 0, width: 2, height: 2), with: "·", style: .dim)
        #expect(screen.lines == [" ··  ", "a··de", "     "])
        screen.setStyle(.reverse, in: Rect(x: 0, y: 1, width: 5, height: 1))
        #expect(screen[0, 1].style == .reverse)
        #expect(screen[0, 1].grapheme == "a")
        screen.restyle(Rect(x: 0, y: 1, width: 1, height: 1)) { $0.fg(.red) }
        #expect(screen[0, 1].style == Style(fg: .red, reverse: true))
        screen.fill(Rect(x: -5, y: -5, width: 100, height: 100))
        #expect(screen == Screen(width: 5, height: 3))
    }

    @Test func fillBlanksAWideGraphemeItCutsThrough() {
        var screen = Screen(width: 4, height: 1)
        screen.put("中文", x: 0, y: 0)
        screen.fill(Rect(x: 1, y: 0, width: 2, height: 1), with: "-")
        #expect(screen.lines == [" -- "])
    }

    @Test func boxesAndRules() {
        var screen = Screen(width: 12, height: 4)
        screen.box(screen.bounds, title: "Inbox")
        #expect(screen.lines == [
            "┌ Inbox ───┐",
            "│          │",
            "│          │",
            "└──────────┘",
        ])
        screen.clear()
        screen.box(Rect(x: 0, y: 0, width: 8, height: 3), border: .rounded, title: "Invitations")
        screen.horizontalLine(x: 8, y: 1, length: 4)
        screen.verticalLine(x: 11, y: 0, length: 3, border: .heavy)
        #expect(screen.lines == [
            "╭ Inv… ╮   ┃",
            "│      │───┃",
            "╰──────╯   ┃",
            "            ",
        ])
    }

    @Test("every rendered line is exactly the screen width")
    func lineWidths() {
        var screen = Screen(width: 9, height: 4)
        screen.put("👨‍👩‍👧‍👦🇯🇵1️⃣a", x: 0, y: 0)
        screen.put("nai\u{308}ve 한글", x: 0, y: 1)
        screen.put("中中中中中", x: 0, y: 2)
        screen.put("\u{301}x", x: 0, y: 3)
        for line in screen.lines {
            #expect(line.displayWidth == 9, "\(line)")
        }
        #expect(screen.lines[2] == "中中中中 ")
        #expect(screen.lines[3] == "x        ")
    }
}

@Suite("Rect")
struct RectTests {
    let rect = Rect(x: 2, y: 1, width: 10, height: 6)

    @Test func splits() {
        #expect(rect.split(leftWidth: 4) == (Rect(x: 2, y: 1, width: 4, height: 6), Rect(x: 6, y: 1, width: 6, height: 6)))
        #expect(rect.split(rightWidth: 3).right == Rect(x: 9, y: 1, width: 3, height: 6))
        #expect(rect.split(topHeight: 1).bottom == Rect(x: 2, y: 2, width: 10, height: 5))
        #expect(rect.split(bottomHeight: 2).bottom == Rect(x: 2, y: 5, width: 10, height: 2))
        #expect(rect.split(leftWidth: 50).right.isEmpty)
        #expect(rect.split(topHeight: -3).top.isEmpty)
    }

    @Test func insetsAndIntersections() {
        #expect(rect.inset(by: 1) == Rect(x: 3, y: 2, width: 8, height: 4))
        #expect(rect.inset(by: 10).isEmpty)
        #expect(rect.inset(left: 2) == Rect(x: 4, y: 1, width: 8, height: 6))
        #expect(rect.intersection(Rect(x: 0, y: 0, width: 4, height: 4)) == Rect(x: 2, y: 1, width: 2, height: 3))
        #expect(rect.intersection(Rect(x: 50, y: 50, width: 4, height: 4)).isEmpty)
        #expect(rect.contains(x: 2, y: 1))
        #expect(!rect.contains(x: 12, y: 1))
        #expect(rect.row(0) == Rect(x: 2, y: 1, width: 10, height: 1))
        #expect(rect.row(6).isEmpty)
        #expect(rect.centered(width: 4, height: 2) == Rect(x: 5, y: 3, width: 4, height: 2))
        #expect(rect.centered(width: 40, height: 20) == rect)
    }
}
