import Testing
@testable import Shared

/// The one escape rule, checked over every Unicode scalar against a list
/// written out here independently, and each rendering of it against the
/// rule.
@Suite("Escape rule: one set of unsafe scalars, every rendering")
struct EscapeRuleTests {
    /// The classes the rule names, spelled out apart from `isUnsafe`.
    static func expectedUnsafe(_ v: UInt32) -> Bool {
        let c0 = v < 0x20, del = v == 0x7F, c1 = (0x80...0x9F).contains(v)
        let bidiMarks = v == 0x061C || v == 0x200E || v == 0x200F
        let embeddingsAndOverrides = (0x202A...0x202E).contains(v)
        let isolates = (0x2066...0x2069).contains(v)
        let separators = v == 0x2028 || v == 0x2029
        return c0 || del || c1 || bidiMarks || embeddingsAndOverrides || isolates || separators
    }

    static let allScalars: [Unicode.Scalar] = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }

    @Test("isUnsafe holds exactly the listed classes, over all of Unicode")
    func ruleOverAllScalars() {
        var mismatches: [UInt32] = []
        for s in Self.allScalars where TerminalText.isUnsafe(s.value) != Self.expectedUnsafe(s.value) {
            mismatches.append(s.value)
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { String($0, radix: 16) })")
    }

    @Test("the byte form of the rule agrees with the scalar form for every scalar")
    func byteFormAgrees() {
        var mismatches: [UInt32] = []
        for s in Self.allScalars {
            var text = "a" + String(Character(s)) + "b"
            let got = text.withUTF8 { TerminalText.unsafeScalar(in: $0, at: 1) }
            let expected = Self.expectedUnsafe(s.value) ? (s.value, s.utf8.count) : nil
            if got?.value != expected?.0 || got?.length != expected?.1 { mismatches.append(s.value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { String($0, radix: 16) })")
    }

    /// What may appear in an error line: nothing unsafe, and no byte of it.
    static func isInert(_ line: String) -> Bool {
        line.unicodeScalars.allSatisfy { !TerminalText.isUnsafe($0.value) }
    }

    @Test("an error line escapes every unsafe scalar and nothing else, in blocks of all of Unicode")
    func errorLineOverAllScalars() {
        for start in stride(from: 0, to: Self.allScalars.count, by: 2048) {
            let block = Self.allScalars[start..<min(start + 2048, Self.allScalars.count)]
            var text = String.UnicodeScalarView()
            text.append(contentsOf: block)
            let line = TerminalText.errorLine(String(text), maxBytes: .max)
            #expect(Self.isInert(line))
            let kept = Set(line.unicodeScalars)
            let dropped = block.filter { !Self.expectedUnsafe($0.value) && !kept.contains($0) }
            #expect(dropped.isEmpty, "dropped: \(dropped.prefix(5).map { String($0.value, radix: 16) })")
        }
    }

    @Test func errorLineNotation() {
        #expect(TerminalText.errorLine("a\nb\rc\td") == #"a\nb\rc\td"#)
        #expect(TerminalText.errorLine("id \u{1B}[31m\u{202E}x\u{2066}") == #"id \u{1B}[31m\u{202E}x\u{2066}"#)
        #expect(TerminalText.errorLine("\u{9B}\u{7F}\u{2028}\u{61C}") == #"\u{9B}\u{7F}\u{2028}\u{61C}"#)
        let once = TerminalText.errorLine("x\u{1B}\u{202E}\n")
        #expect(TerminalText.errorLine(once) == once, "escaping twice changes nothing more")
    }

    @Test("an error line is capped in bytes, however long one grapheme is")
    func errorLineCap() {
        let oneGrapheme = "e" + String(repeating: "\u{301}", count: 400_000)
        let line = TerminalText.errorLine("unknown person \"" + oneGrapheme + "\"", maxBytes: 200)
        #expect(line.utf8.count <= 200)
        #expect(line.utf8.starts(with: "unknown person \"e\u{301}".utf8))
        #expect(line.hasSuffix("…"))
        let escapes = TerminalText.errorLine(String(repeating: "\u{202E}", count: 100_000), maxBytes: 100)
        #expect(escapes.utf8.count <= 100)
        #expect(Self.isInert(escapes))
        #expect(TerminalText.errorLine("short") == "short")
        #expect(TerminalText.errorLine(String(repeating: "x", count: 10_000)).utf8.count <= TerminalText.errorLineBytes)
    }

    @Test("an excerpt is capped in bytes at a scalar boundary")
    func excerpt() {
        #expect(TerminalText.excerpt("t1") == "t1")
        #expect(TerminalText.excerpt(String(repeating: "k", count: 41)) == String(repeating: "k", count: 40) + "…")
        let huge = "e" + String(repeating: "\u{301}", count: 100_000)
        let cut = TerminalText.excerpt(huge, maxBytes: 40)
        #expect(cut.utf8.count <= 40 + 3)
        #expect(cut.utf8.starts(with: "e\u{301}".utf8))
        #expect(TerminalText.excerpt("ééééé", maxBytes: 5) == "éé…")
    }

    @Test("cell text: no unsafe scalar survives, in either mode, over all of Unicode")
    func cellTextOverAllScalars() {
        for start in stride(from: 0, to: Self.allScalars.count, by: 4096) {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: Self.allScalars[start..<min(start + 4096, Self.allScalars.count)])
            let single = TerminalText.sanitize(String(text), .singleLine)
            let multi = TerminalText.sanitize(String(text), .multiLine)
            #expect(Self.isInert(single))
            #expect(multi.unicodeScalars.allSatisfy { $0 == "\n" || !TerminalText.isUnsafe($0.value) })
        }
    }

    @Test("invalid UTF-8 becomes U+FFFD, never raw bytes")
    func invalidUTF8() {
        let bytes: [UInt8] = [0x61, 0xFF, 0xC2, 0x1B, 0xE2, 0x80, 0x62, 0xC2, 0x9B]
        let text = TerminalText.sanitize(bytes: bytes)
        #expect(text.unicodeScalars.contains("\u{FFFD}"))
        #expect(Self.isInert(text))
    }

    @Test("JSON strings: every unsafe scalar as \\u escape, quotes and backslashes escaped, over all of Unicode")
    func jsonOverAllScalars() {
        for start in stride(from: 0, to: Self.allScalars.count, by: 4096) {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: Self.allScalars[start..<min(start + 4096, Self.allScalars.count)])
            let quoted = JSONWriter.quoted(String(text))
            #expect(Self.isInert(quoted))
            #expect(!quoted.unicodeScalars.contains("\u{FEFF}"))
        }
        #expect(JSONWriter.quoted("a\"b\\c\u{1B}\u{202E}\u{FEFF}\n") == #""a\"b\\c\u001b\u202e\ufeff\n""#)
    }

    @Test("the byte and the string JSON writers agree")
    func jsonBytesAgree() {
        let text = "x\u{1B}[2J\u{9D}8;;\u{2066}é\u{2028}\"\\\u{FEFF}✓"
        var bytes: [UInt8] = []
        JSONWriter.appendQuoted(text, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == JSONWriter.quoted(text))
    }
}
