import ScreenKit

/// The keystrokes `thirsty bench` replays: a fixed mix of what people do in
/// the browser (moving, paging, jumping to the ends, switching views,
/// opening and closing threads, the flagged filter, searching and stepping
/// through matches, with a limit set for the whole round and the last
/// search's matches highlighted). Never a key that changes the inbox or quits.
enum KeyScript {
    /// One round of the script; `keys(count:)` repeats it.
    static let round: [Key] = {
        var keys: [Key] = []
        func typed(_ text: String) -> [Key] { text.map { Key.char($0) } }
        // The limit is set anew each round (C-u clears the prompt's text).
        keys += [.char("l"), .ctrl("u")] + typed("not stage:pitch or unread or score>10") + [.enter]
        keys += typed("jjj") + [.pageDown, .char("k"), .pageDown, .pageUp, .char("G"), .char("k"), .char("g")]
        keys += [.char("2")] + typed("jjjj") + [.enter] + typed("jjk") + [.esc]
        keys += [.pageDown, .pageDown, .char("j"), .enter, .pageDown, .esc, .char("G"), .pageUp]
        keys += [.char("f")] + typed("jjj") + [.enter, .esc, .char("f")]
        keys += [.char("/")] + typed("ana") + [.enter] + typed("nnn") + [.enter, .esc]
        keys += [.tab] + typed("jj") + [.pageDown, .tab, .char("1")] + typed("jj") + [.enter, .esc]
        keys += [.char("3"), .pageDown, .char("G"), .char("g"), .char("/")] + typed("er") + [.enter, .char("n"), .char("2")]
        return keys
    }()

    /// The first `count` keys of the script repeated.
    static func keys(count: Int) -> [Key] {
        (0..<max(0, count)).map { round[$0 % round.count] }
    }
}
