import Foundation
import InboxModel
import InboxUI
import ScreenKit

/// Performs the side effects the reducer returns.
enum EffectRunner {
    /// `editor`: the configured editor command; "" means $VISUAL, $EDITOR, vi.
    static func perform(_ effect: Effect, terminal: any Terminal, journal: JournalSession?, editor: String = "") throws -> Message? {
        switch effect {
        case .quit, .buildSearchIndex:
            // The loop itself ends, and runs the index build on another core.
            return nil
        case .persist, .persistDraft, .persistUndo:
            try journal?.record(effect)
            return nil
        case .openEditor(let text):
            return .editorFinished(text: try ExternalEditor.edit(text, terminal: terminal, command: editor))
        }
    }
}
