/// `edit …`: the reply editor's keys; every other key types.
enum EditDraft: BrowserCommand {
    static let name = "edit"
    static let summary = "Edit the draft"
    static let operations = ["newline", "indent", "erase", "erase-forward", "erase-word", "erase-all",
                             "left", "right", "up", "down", "line-start", "line-end",
                             "kill-line", "yank", "word-left", "word-right"]
    static func check(_ args: [String]) -> String? { oneOf(operations, args) }
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.editDraft(args.first ?? "")
    }
}
