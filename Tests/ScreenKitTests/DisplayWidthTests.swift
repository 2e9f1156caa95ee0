import Testing
@testable import ScreenKit
import Shared

@Suite("Display width")
struct DisplayWidthTests {
    @Test("one column for ASCII and Latin letters", arguments: ["a", "Z", "~", " ", "é", "ß", "Ω", "Ж"])
    func narrow(_ text: String) {
        #expect(text.displayWidth == 1)
    }

    @Test("two columns for wide scripts and fullwidth forms", arguments: [
        "中", "日", "한", "글", "あ", "カ", "Ａ", "！", "￥", "〇", "𠀋",
    ])
    func wide(_ text: String) {
        #expect(text.displayWidth == 2)
    }

    @Test("two columns for emoji and emoji sequences", arguments: [
        "😀", "🚀", "👍",
        "👨‍👩‍👧‍👦",  // family joined with ZWJ
        "👩🏽‍💻",  // skin tone and ZWJ
        "👋🏿",  // skin tone
        "🇯🇵", "🇺🇦",  // flags as regional-indicator pairs
        "1️⃣", "#️⃣", "*⃣",  // keycaps, with and without VS16
        "❤️", "☺️", "✔️",  // text-default symbols made emoji by VS16
        "🏴󠁧󠁢󠁳󠁣󠁴󠁿",  // subdivision flag (tag sequence)
        "🏳️‍🌈",
    ])
    func emoji(_ text: String) {
        #expect(text.count == 1, "test data should be one grapheme")
        #expect(text.displayWidth == 2)
    }

    @Test("text-default symbols stay narrow without VS16")
    func textDefaultSymbols() {
        #expect("❤".displayWidth == 1)
        #expect("☺".displayWidth == 1)
        #expect("❤\u{FE0E}".displayWidth == 1)
        // An ASCII digit with VS16 but no keycap is still a digit.
        #expect("1\u{FE0F}".displayWidth == 1)
    }

    @Test("zero columns for marks and invisible format characters", arguments: [
        "\u{301}", "\u{20DD}", "\u{200B}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{FE0F}", "\u{FE0E}",
        "\u{E0101}",
    ])
    func zeroWidth(_ text: String) {
        #expect(text.displayWidth == 0)
    }

    /// Measured as drawn: what sanitising replaces takes the columns of its
    /// stand-in, so a cell cut to fit cannot grow when it is drawn.
    @Test("controls and bidi controls take the columns of their visible stand-ins", arguments: [
        ("\u{1B}", 1), ("\u{7F}", 1), ("\n", 1), ("\r\n", 1), ("\t", 1), ("\u{85}", 6),
        ("\u{202E}", 8), ("\u{2066}", 8), ("\u{200F}", 8), ("\u{61C}", 7), ("\u{2028}", 8),
    ] as [(String, Int)])
    func standIns(_ text: String, _ columns: Int) {
        #expect(text.displayWidth == columns)
        #expect(text.displayWidth == TerminalText.sanitize(text).displayWidth)
    }

    @Test("combining marks add nothing to their base")
    func combining() {
        let naive = "nai\u{308}ve"
        #expect(naive.count == 5)
        #expect(naive.displayWidth == 5)
        #expect("e\u{301}\u{302}\u{303}".displayWidth == 1)
        #expect("한\u{302}".displayWidth == 2)
    }

    @Test("Hangul built from conjoining jamo is one two-column syllable")
    func hangulJamo() {
        let syllable = "\u{1100}\u{1161}\u{11A8}"
        #expect(syllable.count == 1)
        #expect(syllable.displayWidth == 2)
    }

    @Test("mixed strings add up")
    func mixed() {
        #expect("Hana 佐藤 🚀".displayWidth == 4 + 1 + 4 + 1 + 2)
        #expect("".displayWidth == 0)
        #expect("abc\u{1B}[31m".displayWidth == 3 + 1 + 4)
        #expect("Zed\u{202E}Lee".displayWidth == 3 + 8 + 3)
    }

    @Test("scalar lookups agree with the table edges")
    func tableEdges() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x10FF)!) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x1100)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x115F)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x3000)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x303F)!) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x3FFFD)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x10FFFD)!) == 1)
    }

    @Test("the wide table is sorted and its ranges do not overlap")
    func tableIsSorted() {
        let table = DisplayWidth.eastAsianWideRanges
        for (a, b) in zip(table, table.dropFirst()) {
            #expect(a.lower <= a.upper)
            #expect(a.upper < b.lower)
        }
    }
}
