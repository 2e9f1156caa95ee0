import InboxModel
import OutreachPolicy
import Practice
import ScreenKit

/// Side effects the reducer asks the runtime to perform, as values
/// (Bubble Tea's Cmd): the reducer itself stays pure and testable.
public enum Effect: Equatable, Sendable {
    /// Leave the program.
    case quit
    /// Write the user's action to the journal. The reducer applies it only
    /// when the runtime answers `Message.persisted` (it is on disk); after
    /// `Message.persistFailed` nothing changed on screen.
    case persist(Event)
    /// Write to the journal that the owner's action `Event` (the last one
    /// applied) is undone; answered by `Message.undone`, and only then
    /// taken back on screen.
    case persistUndo(Event)
    /// Keep a draft (or clear it when empty) across restarts.
    case persistDraft(person: String, text: String)
    /// Suspend the UI and edit `text` in the user's editor; the runtime
    /// answers with `Message.editorFinished`.
    case openEditor(text: String)
    /// Build the search index off the UI's thread; the runtime answers
    /// with `Message.searchIndexReady`.
    case buildSearchIndex(SearchIndexRequest)
    /// Count a search's matches off the UI's thread; the runtime answers
    /// with `Message.matchesCounted`.
    case countMatches(MatchCountRequest)
    /// Read the rest of an inbox opened in part, and judge it, off the UI's
    /// thread; the runtime answers with `Message.restRead`.
    case readRest(RestRequest)
    /// Store what the user taught the learned rule (a thread is thirsty or
    /// fine) with the other teachings; the runtime answers `Message.taught`
    /// once it is on disk, or `Message.effectFailed`.
    case teach(TeachRequest)
    /// Save a practice result to progress (the runtime stamps the time);
    /// the runtime answers `Message.practiceSaved` once it is on disk.
    case savePractice(PracticeResult)
}

extension Effect {
    /// The work of an effect the runtime runs on another core, as the
    /// message that answers it; nil for effects run in the loop.
    public var backgroundWork: (@Sendable () -> Message)? {
        switch self {
        case .buildSearchIndex(let request): { .searchIndexReady(BuiltSearchIndex(request.build())) }
        case .countMatches(let request): { .matchesCounted(request.count()) }
        case .readRest(let request): { .restRead(request.run()) }
        default: nil
        }
    }
}

/// Inputs to the reducer.
public enum Message: Equatable, Sendable {
    case command(Command)
    case key(Key)
    case resize(width: Int, height: Int)
    /// Wall-clock time passed, for the demo clock.
    case tick(seconds: Double)
    case editorFinished(text: String?)
    /// The runtime is waiting for a key for the first time: the first frame
    /// is up, so background work can start.
    case idle
    /// The search index asked for with `Effect.buildSearchIndex` is built.
    case searchIndexReady(BuiltSearchIndex)
    /// The count asked for with `Effect.countMatches` is done.
    case matchesCounted(MatchCount)
    /// The rest asked for with `Effect.readRest` is read and judged.
    case restRead(ReadRest)
    /// The action of `Effect.persist` is in the journal: apply it now.
    case persisted(Event)
    /// The undo of `Effect.persistUndo` is in the journal: take the action back.
    case undone(Event)
    /// The action of `Effect.persist` could not be written: leave it undone.
    case persistFailed(Event, String)
    /// The teaching of `Effect.teach` is on disk: judge with the new model now.
    case taught(TeachOutcome)
    /// The runtime could not perform an effect (e.g. the journal is not writable).
    case effectFailed(String)
    /// The result of `Effect.savePractice` is on disk.
    case practiceSaved
}
