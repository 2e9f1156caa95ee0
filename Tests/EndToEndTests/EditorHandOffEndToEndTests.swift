import Foundation
import Testing

/// `Ctrl-E` in compose hands the draft to a real terminal editor and takes
/// the result back. The editor is Debian's `vi` (`.ci/run` installs
/// vim-tiny where there is none), typed into through tmux as a user would.
@Suite(.serialized, .terminalSlot) struct EditorHandOffEndToEndTests {
    /// Opens a reply to Dario in the built-in inbox and types `draft`.
    static func composing(_ draft: String, environment: [String: String] = [:], files: [String: String] = [:], name: String = #function) async throws -> TmuxSession {
        let tmux = try TmuxSession(arguments: ["--fresh"], width: 100, height: 30, files: files, environment: environment, name: name)
        try await tmux.openReply(find: "Dario", fullName: "Dario Mendes")
        try tmux.type(draft)
        try await tmux.waitFor(draft)
        return tmux
    }

    /// With VISUAL and EDITOR unset, `vi` it is. It used to be started in a
    /// process group of its own, stopped by SIGTTOU at its first write:
    /// a blank screen and no way out.
    @Test func viEditsTheDraftAndTheTextComesBack() async throws {
        let tmux = try await Self.composing("Hello Dario,")
        defer { tmux.close() }
        try tmux.send("C-e")
        // vi shows the draft and the temp file's name; compose is gone.
        try await tmux.waitUntil("vi showing the draft") { $0.contains("Hello Dario,") && $0.contains("thirsty-draft") && !$0.contains("To Dario Mendes") }
        try tmux.send("G", "o")
        try tmux.type("Typed in vi, thanks.")
        try tmux.send("Escape")
        try tmux.type(":wq")
        try tmux.send("Enter")
        let screen = try await tmux.waitUntil("compose back with the edited draft") {
            $0.contains("To Dario Mendes") && $0.contains("Typed in vi, thanks.")
        }
        #expect(screen.contains("Hello Dario,"))
        #expect(!screen.contains("thirsty-draft"))
        // Still a working UI: Esc keeps the edited draft.
        try tmux.send("Escape")
        try await tmux.waitFor("Draft kept for Dario Mendes")
        try tmux.send("r")
        try await tmux.waitFor("Typed in vi, thanks.")
        try tmux.send("Escape")
        try await tmux.waitForAbsence(of: "To Dario Mendes")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test("an editor that fails or is killed leaves the draft and says so in one line", arguments: [
        ("false", "exited with status 1; draft unchanged"),
        ("sh die.sh", "draft unchanged"),
        ("no-such-editor-7", "not found (set VISUAL or EDITOR); draft unchanged"),
    ])
    func failingEditor(_ editor: String, _ message: String) async throws {
        let tmux = try await Self.composing("Keep this draft", environment: ["EDITOR": editor], files: ["die.sh": "kill -KILL $$\n"], name: "failingEditor")
        defer { tmux.close() }
        try tmux.send("C-e")
        let screen = try await tmux.waitUntil("the failure on the status line") { $0.contains(message) && $0.contains("To Dario Mendes") }
        #expect(screen.contains("Keep this draft"))
        try tmux.send("Escape")
        try await tmux.waitFor("Draft kept for Dario Mendes")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }
}
