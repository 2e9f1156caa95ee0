import Foundation
import Testing

/// `u` in the real binary: the undo is a journal record of its own, listed
/// by `history`, and a restart replays it (the action stays undone).
@Suite("Undo, end to end", .serialized, .terminalSlot)
struct UndoEndToEndTests {
    @Test("an undone accept is journaled as an undo, stays undone after a restart and shows in history")
    func undoSurvivesRestart() async throws {
        let work = try JournalWorkspace(fixture: JournalEndToEndTests.fixture)
        do {
            let tmux = try work.session()
            defer { tmux.close() }
            try await tmux.waitFor("Hana Sato", timeout: JournalEndToEndTests.startup)
            try tmux.send("a")
            try await tmux.waitFor("Accepted Hana Sato")
            try tmux.send("u")
            let screen = try await tmux.waitFor("Undid accepting Hana Sato")
            #expect(screen.contains("Invitations (2)"), "\(tmux.framed(screen))")
            try tmux.send("q")
            #expect(try await tmux.waitForExit() == 0)
        }
        do {
            let tmux = try work.session()
            defer { tmux.close() }
            let screen = try await tmux.waitFor("Invitations (2)", timeout: JournalEndToEndTests.startup)
            #expect(screen.contains("Hana Sato"), "\(tmux.framed(screen))")
            #expect(screen.contains("Network (1)"), "\(tmux.framed(screen))")
            // Undo is for this session's actions: the replayed ones stay.
            try tmux.send("u")
            try await tmux.waitFor("Nothing to undo in this session")
            try tmux.send("q")
            #expect(try await tmux.waitForExit() == 0)
        }
        let history = try work.history()
        #expect(history.map(\.type) == ["accept", "undo"])
        #expect(history.map(\.person) == ["hana", "hana"])
        let text = try work.run(["history", work.fixture])
        #expect(text.stdout.contains("undo     hana  (takes back the accept)"), "\(text.stdout)")
    }
}
