import Foundation
import Testing

/// Nearly a megabyte of one repeated flattering phrase in an invitation note and in
/// a message is judged by the real `thirsty check`, not left to grind: the
/// phrase scan is linear in the text. The timeout is generous (a debug build
/// on a slow, busy machine); before the scan was linear this took minutes.
@Suite(.terminalSlot) struct PolicyLongNoteEndToEndTests {
    @Test func aMegabyteNoteOfRepeatedPhraseHitsIsJudged() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-long-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let unit = "Beautiful. you are you are you are truly an inspiration "
        // Just under the decoder's 1 MiB cap on one string.
        let long = String(repeating: unit, count: 1_048_576 / unit.utf8.count - 1)
        let fixture = """
        version: 1
        owner: {id: me, name: Robin Okafor}
        now: 2026-03-20T09:00:00Z
        people:
          - {id: zed, name: Zed Marlow, headline: "Consultant", connections: 300, joined: 2014-01-01, mutual: 5}
          - {id: ula, name: Ula Fenn, headline: "Designer", connections: 300, joined: 2014-01-01, mutual: 5}
        events:
          - {type: invite, at: 2026-03-18T10:00:00Z, from: zed, to: me, note: "\(long)"}
          - {type: invite, at: 2026-03-01T10:00:00Z, from: ula, to: me}
          - {type: accept, at: 2026-03-01T11:00:00Z, by: me, from: ula}
          - {type: message, at: 2026-03-19T10:00:00Z, from: ula, to: me, body: "\(long)"}
        """
        let file = directory.appendingPathComponent("long.yaml")
        try Data(fixture.utf8).write(to: file)
        let result = try Spawn.run(
            TmuxSession.binary, ["check", file.path, "--format", "json"],
            environment: CommandLineEndToEndTests.environment(home: directory.path), timeout: .seconds(300))
        #expect(result.status == 0, "stderr: \(result.stderr.prefix(300))")
        #expect(result.stdout.contains("\"zed\""))
        #expect(result.stdout.contains("\"ula\""))
    }
}
