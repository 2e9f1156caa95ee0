import Testing
import ScreenKit
import Shared

@Suite("Truncate, pad and wrap")
struct TextFittingTests {
    @Test func truncatesWithEllipsis() {
        #expect("Hana Sato".truncated(toWidth: 20) == "Hana Sato")
        #expect("Hana Sato".truncated(toWidth: 9) == "Hana Sato")
        #expect("Hana Sato".truncated(toWidth: 6) == "Hana…")
        #expect("Hana Sato".truncated(toWidth: 1) == "…")
        #expect("Hana Sato".truncated(toWidth: 0) == "")
        #expect("Hana Sato".truncated(toWidth: 4, ellipsis: "...") == "H...")
        #expect("Hana Sato".truncated(toWidth: 2, ellipsis: "...") == "Ha")
    }

    @Test func truncatesWideTextWithoutSplittingAGrapheme() {
        // 佐藤花子 is 8 columns; 5 leaves room for two ideographs and the ellipsis.
        #expect("佐藤花子".truncated(toWidth: 5) == "佐藤…")
        #expect("佐藤花子".truncated(toWidth: 4) == "佐…")
        #expect("佐藤花子".truncated(toWidth: 4).displayWidth == 3)
        #expect("🚀🚀🚀".truncated(toWidth: 4) == "🚀…")
        #expect("👨‍👩‍👧‍👦 family".truncated(toWidth: 4) == "👨‍👩‍👧‍👦…")
    }

    @Test func pads() {
        #expect("ab".padded(toWidth: 5) == "ab   ")
        #expect("ab".padded(toWidth: 5, alignment: .right) == "   ab")
        #expect("ab".padded(toWidth: 5, alignment: .center) == " ab  ")
        #expect("abcdef".padded(toWidth: 3) == "abcdef")
        #expect("中".padded(toWidth: 3) == "中 ")
    }

    @Test("fitted columns line up whatever the script")
    func fittedColumnsAlign() {
        let names = ["Hana Sato", "佐藤 花子", "Ola 🚀 Nordmann", "Zoë", "nai\u{308}ve", "김민준", "👩🏽‍💻 Dev"]
        for name in names {
            let cell = name.fitted(toWidth: 8)
            #expect(cell.displayWidth == 8, "\(name) → \(cell)")
        }
        #expect("佐藤花子さん".fitted(toWidth: 6) == "佐藤… ")
    }

    /// A bidi control is drawn as `\u{202E}`: counted as zero columns when
    /// a cell was cut, it pushed the row 8 columns into the next pane.
    @Test("a cell holding bidi controls, once drawn, stays inside its column")
    func bidiControlsStayInTheirColumn() {
        let hostile = "Zed" + String(repeating: "\u{202E}", count: 6) + " Spoofer"
        for width in 1...40 {
            let cell = hostile.fitted(toWidth: width)
            #expect(TerminalText.sanitize(cell).displayWidth == width, "width \(width): \(cell.debugDescription)")
            var screen = Screen(width: 60, height: 1)
            screen.put(cell, x: 0, y: 0)
            screen.put("|", x: width, y: 0)
            #expect(screen.lines[0].hasPrefix(TerminalText.sanitize(cell) + "|"), "width \(width): \(screen.lines[0])")
        }
    }

    @Test func wrapsAtSpaces() {
        #expect("the quick brown fox".wrapped(toWidth: 10) == ["the quick", "brown fox"])
        #expect("the quick brown fox".wrapped(toWidth: 9) == ["the quick", "brown fox"])
        #expect("the quick brown fox".wrapped(toWidth: 8) == ["the", "quick", "brown", "fox"])
        #expect("a  b".wrapped(toWidth: 10) == ["a  b"])
        #expect("  indented".wrapped(toWidth: 20) == ["  indented"])
    }

    @Test func breaksLongWordsByGrapheme() {
        #expect("abcdefghij".wrapped(toWidth: 4) == ["abcd", "efgh", "ij"])
        #expect("hi abcdefghij".wrapped(toWidth: 4) == ["hi", "abcd", "efgh", "ij"])
        #expect("佐藤花子".wrapped(toWidth: 5) == ["佐藤", "花子"])
        #expect("🚀🚀🚀".wrapped(toWidth: 3) == ["🚀", "🚀", "🚀"])
        // A grapheme wider than the line still appears.
        #expect("中".wrapped(toWidth: 1) == ["中"])
    }

    @Test func keepsExplicitNewlines() {
        #expect("one\ntwo".wrapped(toWidth: 10) == ["one", "two"])
        #expect("one\n\ntwo".wrapped(toWidth: 10) == ["one", "", "two"])
        #expect("".wrapped(toWidth: 10) == [""])
        #expect("end\n".wrapped(toWidth: 10) == ["end", ""])
    }

    @Test("wrapped lines never exceed the width")
    func wrappedWidths() {
        let text = "Perhaps you did not see my last message. 投資していただけませんか？ Would you like to invest 👨‍👩‍👧‍👦 a million dollars?"
        for width in 2...30 {
            for line in text.wrapped(toWidth: width) {
                #expect(line.displayWidth <= width, "width \(width): \(line)")
            }
        }
    }
}
