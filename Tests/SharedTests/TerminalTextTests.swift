import Testing
@testable import Shared

@Suite("Sanitising untrusted text")
struct TerminalTextTests {
    static let c0: [UInt32] = Array(0x00...0x1F)
    static let c1: [UInt32] = Array(0x80...0x9F)
    static let bidi: [UInt32] = [0x061C, 0x200E, 0x200F] + Array(0x202A...0x202E) + Array(0x2066...0x2069)

    /// Nothing a terminal would act on instead of print.
    static func isHarmless(_ scalar: Unicode.Scalar, allowNewline: Bool) -> Bool {
        let v = scalar.value
        if v == 0x0A { return allowNewline }
        return v >= 0x20 && v != 0x7F && !(0x80...0x9F).contains(v) && !bidi.contains(v)
            && v != 0x2028 && v != 0x2029
    }

    @Test("every C0 control becomes a visible marker", arguments: c0)
    func c0Controls(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let text = "a" + String(Character(scalar)) + "b"
        for mode in [TerminalText.Mode.singleLine, .multiLine] {
            let safe = TerminalText.sanitize(text, mode)
            #expect(safe.unicodeScalars.allSatisfy { Self.isHarmless($0, allowNewline: mode == .multiLine) })
            #expect(safe.hasPrefix("a") && safe.hasSuffix("b"))
            // Something stands where the control was (tab: spaces); that it
            // is visible (has width) is checked in ScreenKit's hostile tests.
            #expect(safe.unicodeScalars.count > 2 || (value == 0x0A && mode == .multiLine), "\(safe.debugDescription)")
        }
        if ![0x09, 0x0A, 0x0D].contains(value) {
            let picture = try #require(Unicode.Scalar(0x2400 + value))
            #expect(TerminalText.sanitize(text) == "a" + String(Character(picture)) + "b")
        }
    }

    @Test func c0Markers() {
        #expect(TerminalText.sanitize("\u{1B}") == "␛")
        #expect(TerminalText.sanitize("\u{0}") == "␀")
        #expect(TerminalText.sanitize("\u{7}") == "␇")
        #expect(TerminalText.sanitize("\u{8}") == "␈")
        #expect(TerminalText.sanitize("\u{1F}") == "␟")
        #expect(TerminalText.sanitize("\u{7F}") == "␡")
    }

    @Test("every C1 control becomes escaped text", arguments: c1)
    func c1Controls(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let safe = TerminalText.sanitize("x" + String(Character(scalar)))
        #expect(safe == "x\\u{" + String(value, radix: 16, uppercase: true) + "}")
        #expect(safe.unicodeScalars.allSatisfy { Self.isHarmless($0, allowNewline: false) })
    }

    @Test("every bidi control becomes escaped text", arguments: bidi)
    func bidiControls(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let safe = TerminalText.sanitize("abc" + String(Character(scalar)) + "def", .multiLine)
        #expect(safe == "abc\\u{" + String(value, radix: 16, uppercase: true) + "}def")
    }

    @Test func lineAndParagraphSeparators() {
        #expect(TerminalText.sanitize("a\u{2028}b\u{2029}") == "a\\u{2028}b\\u{2029}")
    }

    @Test("escape sequences are shown, not obeyed")
    func escapeSequences() {
        let title = "Hana\u{1B}]0;You have been hacked\u{7}"
        #expect(TerminalText.sanitize(title) == "Hana␛]0;You have been hacked␇")
        let link = "\u{1B}]8;;https://example.invalid\u{1B}\\click\u{1B}]8;;\u{1B}\\"
        #expect(TerminalText.sanitize(link) == "␛]8;;https://example.invalid␛\\click␛]8;;␛\\")
        let clipboard = "\u{1B}]52;c;cm0gLXJmIH4=\u{7}"
        #expect(TerminalText.sanitize(clipboard) == "␛]52;c;cm0gLXJmIH4=␇")
        let colour = "\u{1B}[31mred\u{1B}[0m"
        #expect(TerminalText.sanitize(colour) == "␛[31mred␛[0m")
        let c1CSI = "\u{9B}2J"
        #expect(TerminalText.sanitize(c1CSI) == "\\u{9B}2J")
        let c1OSC = "\u{9D}0;title\u{9C}"
        #expect(TerminalText.sanitize(c1OSC) == "\\u{9D}0;title\\u{9C}")
    }

    @Test func singleLineMode() {
        #expect(TerminalText.sanitize("one\ntwo") == "one⏎two")
        #expect(TerminalText.sanitize("one\r\ntwo") == "one⏎two")
        #expect(TerminalText.sanitize("one\rtwo") == "one␍two")
        #expect(TerminalText.sanitize("a\tb") == "a b")
    }

    @Test func multiLineMode() {
        #expect(TerminalText.sanitize("one\ntwo", .multiLine) == "one\ntwo")
        #expect(TerminalText.sanitize("one\r\ntwo\r\n", .multiLine) == "one\ntwo\n")
        #expect(TerminalText.sanitize("one\rtwo", .multiLine) == "one␍two")
        #expect(TerminalText.sanitize("a\tb", .multiLine) == "a    b")
        #expect(TerminalText.sanitize("a\u{1B}[2Jb\n", .multiLine) == "a␛[2Jb\n")
    }

    @Test("text with nothing to replace is returned as is")
    func fastPath() {
        let samples = ["", "Hana Sato", "佐藤 花子 🚀", "Zoë — “quoted” ‘text’ • …", "naïve café", "€100", "‐‑–—"]
        for sample in samples {
            #expect(!TerminalText.needsSanitizing(sample))
            #expect(TerminalText.sanitize(sample) == sample)
            #expect(TerminalText.sanitize(sample, .multiLine) == sample)
        }
        #expect(TerminalText.needsSanitizing("a\u{202E}b"))
        #expect(TerminalText.needsSanitizing("a\u{85}"))
        #expect(TerminalText.needsSanitizing("\u{061C}"))
        #expect(TerminalText.needsSanitizing("one\ntwo"))
        #expect(!TerminalText.needsSanitizing("one\ntwo", .multiLine))
    }

    @Test("sanitising twice changes nothing more")
    func idempotent() {
        let nasty = "a\u{1B}[1m\u{9B}\u{202E}\u{2066}\t\r\n\u{0}\u{7F}b"
        for mode in [TerminalText.Mode.singleLine, .multiLine] {
            let once = TerminalText.sanitize(nasty, mode)
            #expect(TerminalText.sanitize(once, mode) == once)
            #expect(!TerminalText.needsSanitizing(once, mode))
        }
    }

    @Test("invalid UTF-8 is decoded with replacement characters")
    func invalidBytes() {
        let bytes: [UInt8] = [0x48, 0x69, 0xFF, 0xC3, 0x28, 0x1B, 0x5B, 0x32, 0x4A, 0xC2, 0x9B, 0xE2, 0x80, 0xAE]
        let safe = TerminalText.sanitize(bytes: bytes)
        #expect(safe == "Hi\u{FFFD}\u{FFFD}(␛[2J\\u{9B}\\u{202E}")
        #expect(safe.unicodeScalars.allSatisfy { Self.isHarmless($0, allowNewline: false) })
    }

    @Test func stringConvenience() {
        #expect("a\u{1B}b".terminalSafe == "a␛b")
    }
}
