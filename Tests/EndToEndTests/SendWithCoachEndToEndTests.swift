import Foundation
import Testing

/// Sending a draft the coach would flag asks first, and the sent reply's
/// verdict shows in the thread's header.
@Suite(.serialized, .terminalSlot) struct SendWithCoachEndToEndTests {
    @Test func aFlaggedDraftAsksBeforeItIsSentAndTheHeaderJudgesTheReply() async throws {
        let tmux = try TmuxSession(arguments: ["--fresh"], width: 120, height: 40)
        defer { tmux.close() }
        try await tmux.openReply(find: "Dario", fullName: "Dario Mendes")
        try tmux.type("It is truly an honour to be connected with you. Would you invest in our company? Let's hop on a Zoom next week.")
        try await tmux.waitUntil("the coach to fail a rule") { $0.contains("✗ ") }
        try tmux.send("C-d")
        try await tmux.waitFor("The coach would flag this: send anyway? [y/n]")
        // n goes back to the draft, unsent.
        try tmux.send("n")
        try await tmux.waitFor("Not sent; the draft is still open")
        try tmux.send("C-d")
        try await tmux.waitFor("send anyway? [y/n]")
        try tmux.send("y")
        try await tmux.waitFor("Sent to Dario Mendes")
        let screen = try await tmux.waitFor("Your reply: ")
        #expect(screen.contains("with your reply · score"), "\(tmux.framed(screen))")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }
}
