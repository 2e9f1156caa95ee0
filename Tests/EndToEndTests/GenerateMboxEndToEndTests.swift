import Foundation
import Testing

/// `thirsty generate --format mbox`: the generated inbox's messages as an
/// mbox, for comparing with a mail client. One mail per message, in log
/// order, with the same bytes every time.
@Suite(.terminalSlot) struct GenerateMboxEndToEndTests {
    static func generate(_ format: String) throws -> Spawn.Result {
        try Spawn.run(TmuxSession.binary, ["generate", "--people", "30", "--messages", "200", "--format", format],
                      environment: CommandLineEndToEndTests.environment())
    }

    @Test func oneMailPerMessageDeterministically() throws {
        let mbox = try Self.generate("mbox")
        #expect(mbox.status == 0, "stderr: \(mbox.stderr)")
        let lines = mbox.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let separators = lines.filter { $0.hasPrefix("From ") }
        #expect(separators.count == 200)
        #expect(lines.filter { $0.hasPrefix("Message-ID: <m") }.count == 200)
        // "From me@example.invalid Fri Mar 20 09:00:00 2026"
        let shape = #/^From [A-Za-z0-9._-]+@example\.invalid (Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d \d{4}$/#
        for line in separators { #expect(String(line).wholeMatch(of: shape) != nil, "\(line)") }
        #expect(try Self.generate("mbox").stdout == mbox.stdout)

        // The same messages as the fixture the same arguments give.
        let json = try Self.generate("json")
        let data = try #require(json.stdout.data(using: .utf8))
        let fixture = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let events = try #require(fixture["events"] as? [[String: Any]])
        let bodies = events.filter { $0["type"] as? String == "message" }.compactMap { $0["body"] as? String }
        #expect(bodies.count == 200)
        if let first = bodies.first { #expect(mbox.stdout.contains("\n\n" + first + "\n\n")) }
    }
}
