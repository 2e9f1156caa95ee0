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
        case .persist, .persistDraft:
            try journal?.record(effect)
            return nil
        case .openEditor(let text):
            return .editorFinished(text: try ExternalEditor.edit(text, terminal: terminal, command: editor))
        }
    }
}

/// `Ctrl-E`: hands the draft to the configured editor, else `$VISUAL` or
/// `$EDITOR`, in a temp file.
enum ExternalEditor {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func edit(_ text: String, terminal: any Terminal, command: String = "") throws -> String? {
        let env = ProcessInfo.processInfo.environment
        let editor = [command, env["VISUAL"], env["EDITOR"]].compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "vi"
        let dir = FileManager.default.temporaryDirectory
        let url = dir.appendingPathComponent("thirsty-draft-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt")
        do {
            try text.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            throw Failure(description: "could not write a temp file for the editor: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: url) }
        terminal.suspend()
        defer { terminal.resume() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor command may carry arguments ("code -w"); the file is "$1".
        process.arguments = ["-c", editor + " \"$1\"", "thirsty-editor", url.path]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            throw Failure(description: "could not start \(editor): \(error.localizedDescription)")
        }
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(editor) exited with status \(process.terminationStatus); draft unchanged")
        }
        guard let edited = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return edited.hasSuffix("\n") ? String(edited.dropLast()) : edited
    }
}
