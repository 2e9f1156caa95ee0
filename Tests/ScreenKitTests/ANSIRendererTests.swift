import ScreenKit
import Testing

/// Frames as terminal output, for recordings.
@Suite struct ANSIRendererTests {
    @Test func theFirstFrameClearsAndDrawsEveryRow() {
        var screen = Screen(width: 4, height: 2)
        screen.put("ab", x: 0, y: 0)
        var renderer = ANSIRenderer()
        let out = renderer.render(screen)
        #expect(out.hasPrefix("\u{1B}[?25l\u{1B}[0m\u{1B}[H\u{1B}[2J"))
        #expect(out.contains("\u{1B}[1;1H\u{1B}[0mab  "))
        #expect(out.contains("\u{1B}[2;1H"))
    }

    @Test func laterFramesSendOnlyWhatChanged() {
        var screen = Screen(width: 10, height: 3)
        screen.put("hello", x: 0, y: 0)
        var renderer = ANSIRenderer()
        _ = renderer.render(screen)
        screen.put("J", x: 0, y: 2, style: Style(fg: .red, bold: true))
        let out = renderer.render(screen)
        #expect(out == "\u{1B}[3;1H\u{1B}[0;1;31mJ\u{1B}[0m")
        #expect(renderer.render(screen) == "", "an unchanged frame sends nothing")
    }

    @Test func aResizeRedrawsFromScratch() {
        var renderer = ANSIRenderer()
        _ = renderer.render(Screen(width: 4, height: 2))
        #expect(renderer.render(Screen(width: 5, height: 2)).contains("\u{1B}[2J"))
    }

    @Test func stylesBecomeSGR() {
        var screen = Screen(width: 3, height: 1)
        screen.put("a", x: 0, y: 0, style: Style(fg: .brightCyan, bg: .indexed(200), underline: true, italic: true))
        screen.put("b", x: 1, y: 0, style: Style(bg: .blue, dim: true, reverse: true))
        var renderer = ANSIRenderer()
        let out = renderer.render(screen)
        #expect(out.contains("\u{1B}[0;3;4;96;48;5;200ma"))
        #expect(out.contains("\u{1B}[0;2;7;44mb"))
    }

    /// After a wide grapheme the cursor is placed explicitly, so a terminal
    /// that measures the emoji differently still puts the next cell right.
    @Test func wideGraphemesAreFollowedByAnAbsoluteMove() {
        var screen = Screen(width: 6, height: 1)
        screen.put("界x", x: 0, y: 0)
        var renderer = ANSIRenderer()
        let out = renderer.render(screen)
        #expect(out.contains("界\u{1B}[1;3Hx"))
    }

    @Test func untrustedTextArrivesSanitised() {
        var screen = Screen(width: 20, height: 1)
        screen.put("a\u{1B}]0;pwned\u{07}b", x: 0, y: 0)
        var renderer = ANSIRenderer()
        let out = renderer.render(screen)
        #expect(!out.unicodeScalars.contains { $0.value == 0x07 })
        #expect(out.contains("a␛]0;pwned␇b"))
    }
}
