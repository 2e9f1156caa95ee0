import Foundation
import InboxModel
import InboxUI
import OutreachPolicy
import Practice
import ScreenKit
import Shared

/// Performs the side effects the reducer returns.
enum EffectRunner {
    /// `editor`: the configured editor command; "" means $VISUAL, $EDITOR, vi.
    /// `teachingSource`: the fixture a thread marked here comes from, as the
    /// user named it; nil when the session saves nothing.
    /// `progress`: where practice results are saved (nil: not saved).
    static func perform(
        _ effect: Effect, terminal: any Terminal, journal: JournalSession?, editor: String = "", teachingSource: String? = nil,
        progress: PracticeProgress? = nil
    ) throws -> Message? {
        switch effect {
        case .quit, .buildSearchIndex, .countMatches, .readRest:
            // The loop itself ends, and runs the background work on another core.
            return nil
        case .persist, .persistDraft, .persistUndo:
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
        case .teach(let request):
            return teach(request, source: teachingSource)
        }
    }

    /// Appends the teaching to the store `thirsty learn` uses (fsynced
    /// before it counts), then builds the model with every teaching in force.
    static func teach(_ request: TeachRequest, source: String?) -> Message {
        guard let source else { return .effectFailed("Not marked: this session saves nothing (--fresh or an export)") }
        do {
            let teaching = try TeachingStore.append { contents in
                Teaching(
                    kind: .teach, id: contents.nextID, label: request.label, source: source, person: request.person,
                    name: request.name, texts: request.texts,
                    at: Timestamp(milliseconds: Int64(Date().timeIntervalSince1970 * 1000)).iso8601)
            }
            return .taught(TeachOutcome(teaching: teaching, model: PolicyOptions.learnedModel()))
        } catch {
            return .effectFailed("Not marked: \(error)")
        }
    }
}
