import ScreenKit

/// The standard key table: one line per binding. A new command is a file
/// in Commands/Library and a line here; the help overlay, the status-bar
/// hints and `--keys` follow from the line.
public enum StandardKeys {
    static let browse: [KeyContext] = [.list, .detail]
    static let inDetail: Set<KeyContext> = [.detail]
    static let inList: Set<KeyContext> = [.list]

    public static let bindings: [KeyBinding] = [
        // Browsing lists and details
        KeyBinding(browse, [.char("j"), .down], Command(Select.self, "+1"), "Move down", hints: [Hint("scroll", order: 1, in: inDetail, views: [.invitations, .messages])]),
        KeyBinding(browse, [.char("k"), .up], Command(Select.self, "-1"), "Move up", hints: [Hint("scroll", order: 1, in: inDetail, views: [.invitations, .messages])]),
        KeyBinding(browse, [.char("g"), .home], Command(Select.self, "top"), "Go to the top"),
        KeyBinding(browse, [.char("G"), .end], Command(Select.self, "bottom"), "Go to the bottom"),
        KeyBinding(browse, [.pageDown, .ctrl("f")], Command(Select.self, "page-down"), "Page down"),
        KeyBinding(browse, [.pageUp, .ctrl("b")], Command(Select.self, "page-up"), "Page up"),
        KeyBinding(browse, [.enter, .right], Command(Open.self), "Open the selected item", hints: [Hint("open", order: 4, in: inList)]),
        KeyBinding(browse, [.esc, .char("h"), .left], Command(Back.self), "Back to the list", hints: [Hint("back", order: 0, in: inDetail)]),
        KeyBinding(browse, [.char("1")], Command(Tab.self, "1"), "Invitations", hints: [Hint("invitations", order: 5, in: inList, views: [.network])]),
        KeyBinding(browse, [.char("2")], Command(Tab.self, "2"), "Messages", hints: [Hint("messages", order: 5, in: inList, views: [.invitations])]),
        KeyBinding(browse, [.char("3")], Command(Tab.self, "3"), "Network (your connections)"),
        KeyBinding(browse, [.tab], Command(Tab.self, "next"), "Next view"),
        KeyBinding(browse, [.backTab], Command(Tab.self, "previous"), "Previous view"),
        KeyBinding(browse, [.char("/")], Command(StartSearch.self), "Search names and text", hints: [Hint("search", order: 8, in: inList)]),
        KeyBinding(browse, [.char("n")], Command(Find.self, "next"), "Next match"),
        KeyBinding(browse, [.char("N")], Command(Find.self, "previous"), "Previous match"),
        KeyBinding(browse, [.char("l")], Command(StartLimit.self), "Limit the list: flagged, unread, stage:pitch, score>10, from:NAME, before:/after:DATE, and/or/not, ( )"),
        KeyBinding(browse, [.char("f")], Command(ToggleFlagged.self), "Show only flagged threads",
                   hints: [Hint(order: 5, in: inList, views: [.messages]) { $0.flaggedOnly ? "show all" : "flagged only" }]),
        KeyBinding(browse, [.char("s")], Command(ToggleSent.self), "Sent: threads you started, judged as your outreach"),
        KeyBinding(browse, [.char("a")], Command(Decide.self, "accept"), "Accept the invitation", hints: [Hint("accept", order: 1, views: [.invitations])]),
        KeyBinding(browse, [.char("i")], Command(Decide.self, "ignore"), "Ignore the invitation", hints: [Hint("ignore", order: 2, views: [.invitations])]),
        KeyBinding(browse, [.char("A")], Command(ApplyPolicy.self), "Apply the policy to every pending invitation", hints: [Hint("apply policy", order: 3, in: inList, views: [.invitations])]),
        KeyBinding(browse, [.char("u")], Command(Undo.self), "Undo the last accept, ignore or sent reply (this session)"),
        KeyBinding(browse, [.char("e")], Command(TogglePanel.self), "Show or hide the policy panel",
                   hints: [Hint("policy", order: 7, in: inList, views: [.messages]), Hint("policy panel", order: 2, in: inDetail, views: [.messages])]),
        KeyBinding(browse, [.char("r")], Command(Reply.self), "Reply, with the coach watching",
                   hints: [Hint("reply", order: 6, views: [.messages]), Hint("first message", order: 1, views: [.network])]),
        KeyBinding(browse, [.char("!")], Command(Mark.self, "thirsty"), "Mark the thread thirsty (teaches the learned rule)",
                   hints: [Hint("thirsty/fine", order: 7, in: inDetail, views: [.messages])]),
        KeyBinding(browse, [.char("=")], Command(Mark.self, "sincere"), "Mark the thread fine (teaches the learned rule)",
                   hints: [Hint("thirsty/fine", order: 7, in: inDetail, views: [.messages])]),
        KeyBinding(browse, [.char("?"), .function(1)], Command(ToggleHelp.self), "This help", hints: [Hint("help", order: 9)]),
        KeyBinding(browse, [.char("q")], Command(Quit.self), "Quit (from a sub-view: back)", hints: [Hint("quit", order: 0, in: inList)]),

        // The search prompt
        KeyBinding(.search, [.enter], Command(SearchPrompt.self, "keep"), "Keep the match"),
        KeyBinding(.search, [.esc], Command(SearchPrompt.self, "clear"), "Clear the search"),
        KeyBinding(.search, [.backspace], Command(SearchPrompt.self, "erase"), "Erase a letter (on an empty query: close)"),
        KeyBinding(.search, [.ctrl("u")], Command(SearchPrompt.self, "erase-all"), "Erase the query"),

        // The limit prompt
        KeyBinding(.limit, [.enter], Command(LimitPromptKeys.self, "apply"), "Apply the limit (empty: clear it)"),
        KeyBinding(.limit, [.esc], Command(LimitPromptKeys.self, "clear"), "Clear the limit"),
        KeyBinding(.limit, [.backspace], Command(LimitPromptKeys.self, "erase"), "Erase a letter (on an empty query: close)"),
        KeyBinding(.limit, [.ctrl("u")], Command(LimitPromptKeys.self, "erase-all"), "Erase the query"),

        // Writing a reply
        KeyBinding(.compose, [.ctrl("d")], Command(Send.self), "Send the reply", hint: Hint("send", order: 0)),
        KeyBinding(.compose, [.esc], Command(CloseDraft.self), "Close (the draft is kept)", hint: Hint("close, keep draft", order: 1)),
        KeyBinding(.compose, [.ctrl("e")], Command(EditExternally.self), "Edit in $VISUAL / $EDITOR", hint: Hint("$EDITOR", order: 2)),
        KeyBinding(.compose, [.ctrl("w")], Command(EditDraft.self, "erase-word"), "Delete a word", hint: Hint("delete word", order: 3)),
        KeyBinding(.compose, [.ctrl("u")], Command(EditDraft.self, "erase-all"), "Delete the whole draft"),
        KeyBinding(.compose, [.enter], Command(EditDraft.self, "newline"), "New line"),
        KeyBinding(.compose, [.tab], Command(EditDraft.self, "indent"), "Four spaces"),
        KeyBinding(.compose, [.backspace], Command(EditDraft.self, "erase"), "Delete back"),
        KeyBinding(.compose, [.delete], Command(EditDraft.self, "erase-forward"), "Delete forward"),
        KeyBinding(.compose, [.left], Command(EditDraft.self, "left"), "Cursor left"),
        KeyBinding(.compose, [.right], Command(EditDraft.self, "right"), "Cursor right"),
        KeyBinding(.compose, [.up], Command(EditDraft.self, "up"), "Cursor up a line"),
        KeyBinding(.compose, [.down], Command(EditDraft.self, "down"), "Cursor down a line"),
        KeyBinding(.compose, [.home, .ctrl("a")], Command(EditDraft.self, "line-start"), "Start of the line"),
        KeyBinding(.compose, [.end], Command(EditDraft.self, "line-end"), "End of the line"),
        KeyBinding(.compose, [.ctrl("k")], Command(EditDraft.self, "kill-line"), "Cut to the end of the line"),
        KeyBinding(.compose, [.ctrl("y")], Command(EditDraft.self, "yank"), "Paste what was cut last"),
        KeyBinding(.compose, [.alt("b")], Command(EditDraft.self, "word-left"), "Back a word"),
        KeyBinding(.compose, [.ctrlLeft], Command(EditDraft.self, "word-left"), "Back a word"),
        KeyBinding(.compose, [.alt("f")], Command(EditDraft.self, "word-right"), "Forward a word"),
        KeyBinding(.compose, [.ctrlRight], Command(EditDraft.self, "word-right"), "Forward a word"),

        // The help overlay
        KeyBinding(.help, [.char("j"), .down], Command(Select.self, "+1"), "Scroll down", hint: Hint("scroll", order: 1)),
        KeyBinding(.help, [.char("k"), .up], Command(Select.self, "-1"), "Scroll up", hint: Hint("scroll", order: 1)),
        KeyBinding(.help, [.char("?"), .char("q"), .esc], Command(ToggleHelp.self), "Close the help", hint: Hint("close help", order: 0, allKeys: true)),

        // A yes/no question
        KeyBinding(.confirm, [.char("y"), .char("Y")], Command(Answer.self, "yes"), "Yes"),
        KeyBinding(.confirm, [.char("n"), .char("N"), .esc, .char("q")], Command(Answer.self, "no"), "No"),

        // Playing a demo
        KeyBinding(.demo, [.char("q")], Command(Playback.self, "quit"), "Quit", hint: Hint("quit", order: 0)),
        KeyBinding(.demo, [.char(" ")], Command(Playback.self, "toggle"), "Play or pause (at the end: replay)",
                   hint: Hint(order: 1) { s in s.demo?.spaceHint }),
        KeyBinding(.demo, [.char("n"), .right], Command(Playback.self, "next"), "Next event", hint: Hint("next/back", order: 2)),
        KeyBinding(.demo, [.char("p"), .left], Command(Playback.self, "previous"), "Previous event", hint: Hint("next/back", order: 2)),
        KeyBinding(.demo, [.char("g"), .home], Command(Playback.self, "start"), "Jump to the start", hint: Hint("start/end", order: 5)),
        KeyBinding(.demo, [.char("G"), .end], Command(Playback.self, "end"), "Jump to the end", hint: Hint("start/end", order: 5)),
        KeyBinding(.demo, [.char("+"), .char("=")], Command(Playback.self, "faster"), "Faster", hint: Hint("speed", order: 4)),
        KeyBinding(.demo, [.char("-"), .char("_")], Command(Playback.self, "slower"), "Slower", hint: Hint("speed", order: 4)),
        KeyBinding(.demo, [.char("r")], Command(Playback.self, "practise"), "Pause, then write the reply it deserves", hint: Hint("reply", order: 3)),
        KeyBinding(.demo, [.char("t")], Command(ShowCard.self, "title"), "Presenter: the title card (again: back)",
                   hint: Hint(order: 3) { s in s.demo?.presenting == true ? "title" : nil }),
        KeyBinding(.demo, [.char("e")], Command(ShowCard.self, "end"), "Presenter: the end card (again: back)",
                   hint: Hint(order: 3) { s in s.demo?.presenting == true ? "end card" : nil }),
        KeyBinding(.demo, [.char("?"), .function(1)], Command(Playback.self, "help"), "This help", hint: Hint("help", order: 9)),
        KeyBinding(.demoHelp, [.esc], Command(ToggleHelp.self), "Close the help (so does any key)", hint: Hint("close help", order: 0)),
    ] + practice
}

/// Names for the standard commands, for tests and scripts that run them
/// without a key.
extension Command {
    public static let moveDown = Command(Select.self, "+1")
    public static let moveUp = Command(Select.self, "-1")
    public static let top = Command(Select.self, "top")
    public static let bottom = Command(Select.self, "bottom")
    public static let pageDown = Command(Select.self, "page-down")
    public static let pageUp = Command(Select.self, "page-up")
    public static let open = Command(Open.self)
    public static let back = Command(Back.self)
    public static let showInvitations = Command(Tab.self, "1")
    public static let showMessages = Command(Tab.self, "2")
    public static let showNetwork = Command(Tab.self, "3")
    public static let toggleFlaggedOnly = Command(ToggleFlagged.self)
    public static let nextView = Command(Tab.self, "next")
    public static let previousView = Command(Tab.self, "previous")
    public static let search = Command(StartSearch.self)
    public static let searchNext = Command(Find.self, "next")
    public static let searchPrevious = Command(Find.self, "previous")
    public static let limit = Command(StartLimit.self)
    public static let undo = Command(Undo.self)
    public static let togglePolicyPanel = Command(TogglePanel.self)
    public static let accept = Command(Decide.self, "accept")
    public static let ignore = Command(Decide.self, "ignore")
    public static let applyPolicyToAll = Command(ApplyPolicy.self)
    public static let confirmYes = Command(Answer.self, "yes")
    public static let confirmNo = Command(Answer.self, "no")
    public static let reply = Command(Reply.self)
    public static let markThirsty = Command(Mark.self, "thirsty")
    public static let markFine = Command(Mark.self, "sincere")
    public static let send = Command(Send.self)
    public static let closeCompose = Command(CloseDraft.self)
    public static let editExternally = Command(EditExternally.self)
    public static let help = Command(ToggleHelp.self)
    public static let quit = Command(Quit.self)
}
