import Testing
import ScreenKit

@Suite("Key notation")
struct KeyNotationTests {
    @Test func parsesPlainCharactersAndNames() throws {
        let keys = try Key.parse("jj<Enter><Esc><Tab><S-Tab><Up><Down><Left><Right><PageUp><PageDown><Home><End><BS><Del><Space><lt><C-d><C-w><F1>")
        #expect(keys == [
            .char("j"), .char("j"), .enter, .esc, .tab, .backTab, .up, .down, .left, .right,
            .pageUp, .pageDown, .home, .end, .backspace, .delete, .char(" "), .char("<"),
            .ctrl("d"), .ctrl("w"), .function(1),
        ])
    }

    @Test("names are case-insensitive and have aliases", arguments: [
        ("<CR>", Key.enter), ("<cr>", .enter), ("<Return>", .enter), ("<ENTER>", .enter),
        ("<escape>", .esc), ("<pgdn>", .pageDown), ("<PgUp>", .pageUp), ("<Backspace>", .backspace),
        ("<delete>", .delete), ("<Insert>", .insert), ("<C-D>", .ctrl("d")), ("<c-x>", .ctrl("x")),
        ("<f12>", .function(12)), ("<s-tab>", .backTab), ("<Bar>", .char("|")), ("<Bslash>", .char("\\")),
    ])
    func aliases(_ notation: String, _ key: Key) throws {
        #expect(try Key.parse(notation) == [key])
    }

    @Test("control keys that share a byte with another key parse as that key")
    func controlAliases() throws {
        #expect(try Key.parse("<C-m><C-i><C-h><C-[>") == [.enter, .tab, .backspace, .esc])
        #expect(try Key.parse("<C-@><C-Space>") == [.ctrl("@"), .ctrl("@")])
    }

    @Test func nonASCIICharactersAreKeys() throws {
        #expect(try Key.parse("é中🚀") == [.char("é"), .char("中"), .char("🚀")])
        #expect(try Key.parse("") == [])
        #expect(try Key.parse("a>b") == [.char("a"), .char(">"), .char("b")])
    }

    @Test("an unknown name is an error that names it", arguments: ["<Foo>", "ab<Entr>", "<>", "<C-1>", "<F0>", "<F99>", "<C-dd>"])
    func unknownNames(_ notation: String) {
        #expect(throws: KeyNotationError.self) { try Key.parse(notation) }
        do {
            _ = try Key.parse(notation)
        } catch {
            let name = notation.split(separator: "<").last.map { "<" + $0 } ?? ""
            #expect(error.description.contains(name), "\(error.description)")
        }
    }

    @Test func unterminatedName() {
        do {
            _ = try Key.parse("jj<Enter")
            Issue.record("expected an error")
        } catch {
            #expect(error.problem == .unterminated("<Enter"))
            #expect(error.description.contains("<lt>"))
        }
    }

    @Test func displayNames() {
        #expect(Key.enter.displayName == "Enter")
        #expect(Key.ctrl("d").displayName == "C-d")
        #expect(Key.pageDown.displayName == "PgDn")
        #expect(Key.char(" ").displayName == "Space")
        #expect(Key.char("j").displayName == "j")
        #expect(Key.backTab.displayName == "S-Tab")
        #expect(Key.function(5).displayName == "F5")
    }

    @Test("notation round-trips through parse")
    func roundTrip() throws {
        let keys: [Key] = [
            .char("a"), .char("<"), .char(" "), .char(">"), .enter, .esc, .tab, .backTab, .up, .down, .left, .right,
            .home, .end, .pageUp, .pageDown, .backspace, .delete, .insert, .ctrl("a"), .ctrl("z"),
            .ctrl("@"), .ctrl("\\"), .ctrl("]"), .ctrl("^"), .ctrl("_"), .function(1), .function(24), .resize,
        ]
        let notation = keys.map(\.notation).joined()
        #expect(try Key.parse(notation) == keys)
    }

    @Test("control bytes map the way terminals send them")
    func controlBytes() {
        #expect(Key.control(0x0D) == .enter)
        #expect(Key.control(0x09) == .tab)
        #expect(Key.control(0x1B) == .esc)
        #expect(Key.control(0x7F) == .backspace)
        #expect(Key.control(0x08) == .backspace)
        #expect(Key.control(0x04) == .ctrl("d"))
        #expect(Key.control(0x0A) == .ctrl("j"))
        #expect(Key.control(0x1D) == .ctrl("]"))
        #expect(Key.control(0x41) == nil)
    }
}

@Suite("Alt and unknown keys")
struct AltKeyNotationTests {
    @Test func altKeysParseAndPrint() throws {
        #expect(try Key.parse("<M-b><A-f>") == [.alt("b"), .alt("f")])
        #expect(Key.alt("b").displayName == "M-b")
        #expect(Key.alt("b").notation == "<M-b>")
        #expect(try Key.parse("<C-Left><c-right>") == [.ctrlLeft, .ctrlRight])
        #expect(Key.ctrlLeft.notation == "<C-Left>")
        #expect(try Key.parse(Key.alt("B").notation) == [.alt("B")])
    }

    @Test func unknownSequencesShowTheirEscapes() {
        #expect(Key.unknownSequence("␛[99~").displayName == "␛[99~")
    }
}
