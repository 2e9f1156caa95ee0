import Foundation
import Testing

/// A thread of twenty one-megabyte messages stays responsive: each key is
/// answered with the next screen (waited for as a state, never timed).
@Suite("Long messages, end to end", .serialized, .terminalSlot)
struct LongMessageEndToEndTests {
    static func fixture(messages: Int) -> String {
        // Just under the decoder's limit of 1 MiB per string.
        let body = String(repeating: "quarterly figures attached ", count: 1_000_000 / 27)
        let events = (0..<messages).map { k in
            "{\"type\": \"message\", \"at\": \"2026-03-01T\(String(format: "%02d", 9 + k % 12)):\(String(format: "%02d", k)):00Z\", \"from\": \"ola\", \"to\": \"me\", \"body\": \"Message \(k): \(body)\"}"
        }
        return """
        {"version": 1, "owner": {"id": "me", "name": "Robin Okafor"}, "now": "2026-03-02T09:00:00Z",
         "people": [{"id": "ola", "name": "Ola Nordmann", "connected": "2026-02-01T09:00:00Z"}],
         "events": [\(events.joined(separator: ",\n"))]}
        """
    }

    @Test("keys in a thread of 20 one-megabyte messages are answered")
    func hugeThreadStaysResponsive() async throws {
        let tmux = try TmuxSession(arguments: ["--fresh", "huge.json"], width: 120, height: 40, files: ["huge.json": Self.fixture(messages: 20)])
        defer { tmux.close() }
        try await tmux.waitFor("Messages (1", timeout: .seconds(120))
        try tmux.send("Enter")
        try await tmux.waitFor("Message 0: quarterly")
        try tmux.send("G")
        try await tmux.waitFor("Rules that fired")
        for _ in 0..<5 { try tmux.send("k") }
        try tmux.send("g")
        try await tmux.waitFor("Message 0: quarterly")
        // `q` leaves the thread, then quits: an Esc sent right before another
        // key would read as Alt with that key.
        try tmux.send("q")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }
}
