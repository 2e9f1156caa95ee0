/// `edit-externally`: hands the draft to `$VISUAL` / `$EDITOR`.
enum EditExternally: BrowserCommand {
    static let name = "edit-externally"
    static let summary = "Edit in $VISUAL / $EDITOR"
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        guard let compose = s.compose else { return [] }
        return [.openEditor(text: compose.editor.text)]
    }
}
