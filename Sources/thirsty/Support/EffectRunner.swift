import Foundation
import InboxModel
import InboxUI
import Practice
import ScreenKit

/// Performs the side effects the reducer returns.
enum EffectRunner {
    /// `editor`: the configured editor command; "" means $VISUAL, $EDITOR, vi.
    /// `progress`: where practice results are saved (nil: not saved).
    static func perform(_ effect: Effect, terminal: any Terminal, journal: JournalSession?, editor: String = "",
                        progress: PracticeProgress? = nil) throws -> Message? {
        switch effect {
        case .quit, .buildSearchIndex:
            // The loop itself ends, and runs the index build on another core.
            return nil
        case .persist, .persistDraft:
            try journal?.record(effect)
            return nil
        case .openEditor(let text):
            return .editorFinished(text: try ExternalEditor.edit(text, terminal: terminal, command: editor))
        case .savePractice(var result):
            guard let progress else { return nil }
            result.at = Timestamp(milliseconds: Int64(Date().timeIntervalSince1970 * 1000))
            do {
                try progress.save(result)
            } catch {
                throw UserError(status: Exit.ioError, message: "not saved to your progress: \(error)")
            }
            return .practiceSaved
        }
    }
}
