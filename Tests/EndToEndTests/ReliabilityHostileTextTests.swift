import Foundation
import Testing

/// Fixture text is untrusted: escape sequences in names, headlines, notes,
/// bodies and captions must show up as visible characters and do nothing.
@Suite("Hostile fixture text", .serialized, .terminalSlot)
struct ReliabilityHostileTextTests {
    /// SGR (colour and attribute) sequences are tmux's own way of reporting
    /// styles in `capture-pane -e`; anything else escaped would be a leak.
    static func withoutSGR(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;:]*m", with: "", options: .regularExpression)
    }

    /// Everything that shows the terminal obeyed a sequence instead of printing it.
    static func expectUntouched(_ shell: ShellSession, _ step: String, header: String = "thirsty") throws {
        #expect(try shell.format("#{pane_title}") == "before", "\(step): the window title changed")
        #expect(try shell.buffers().isEmpty, "\(step): something wrote the clipboard (OSC 52)")
        #expect(!FileManager.default.fileExists(atPath: shell.bellMark.path), "\(step): the bell rang")
        #expect(try shell.format("#{alternate_on}") == "1", "\(step): the UI left the alternate screen")
        let raw = Self.withoutSGR(try shell.screen(escapes: true))
        #expect(!raw.contains("\u{1B}"), "\(step): an escape other than SGR is in the pane")
        #expect(HostileFixture.forbiddenFound(in: raw).isEmpty, "\(step): \(HostileFixture.forbiddenFound(in: raw))")
        // The frame is intact: header on top, status bar at the bottom.
        let lines = try shell.screen().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.contains(header) == true, "\(step): the header row was overwritten:\n\(lines.joined(separator: "\n"))")
    }

    @Test("browsing a fixture full of escape sequences changes no title, clipboard or bell, and shows ␛ instead")
    func tmuxBrowse() async throws {
        let shell = try ShellSession(width: 160, height: 48, files: ["hostile.json": HostileFixture.json])
        defer { shell.close() }
        try await shell.waitForPrompt()
        try shell.setTitle("before")
        try shell.startThirsty(["hostile.json", "--fresh"])
        let pid = try await shell.pid()
        try await shell.waitForUI(showing: "Mallory")
        let list = try await shell.waitFor("␛")
        #expect(list.contains("Mallory ␛]0;PWNED␇"), "the name's escape should be shown:\n\(list)")
        try Self.expectUntouched(shell, "invitations list")

        // The invitation in full: headline and note, wrapped over many rows.
        try shell.send("Enter")
        let detail = try await shell.waitFor("innocent␍EVIL")
        for marker in ["␛]52;c;", "␛[2J␛[H", "invoice\\u{202E}fdp.exe", "\\u{9D}0;C1-PWNED\\u{9C}", "safe␈␈␈␈EVIL", "ding␇ding", "␛[6n"] {
            #expect(detail.contains(marker), "missing \(marker) in:\n\(detail)")
        }
        try Self.expectUntouched(shell, "invitation detail")
        try shell.send("PageDown")
        try Self.expectUntouched(shell, "invitation detail, scrolled")

        // The thread: message bodies with a hyperlink and a second line.
        try shell.send("Escape")
        try await shell.waitUntil("the invitations list again") { !$0.contains("Esc  back") }
        try shell.send("2")
        try await shell.waitFor("Trent")
        try shell.send("Enter")
        let thread = try await shell.waitFor("Body ␛]0;PWNED␇")
        #expect(thread.contains("␛]8;;https://evil.example/"), "\(thread)")
        try Self.expectUntouched(shell, "thread")
        try shell.send("PageDown")
        try shell.send("PageDown")
        try Self.expectUntouched(shell, "thread, scrolled")

        try shell.send("Escape")
        try await shell.waitUntil("the thread list again") { !$0.contains("Esc  back") }
        try shell.send("3")
        try await shell.waitFor("Network")
        try Self.expectUntouched(shell, "network")

        // The device status report (ESC [ 6 n) never went out, so no reply
        // was typed into thirsty; had it been, its keys would show here.
        try shell.send("q")
        #expect(try await shell.exitStatus(of: pid) == 0)
        #expect(try shell.format("#{pane_title}") == "before")
        #expect(try shell.buffers().isEmpty)
    }

    @Test("playing the hostile fixture as a demo shows its captions harmlessly")
    func tmuxDemo() async throws {
        let shell = try ShellSession(width: 140, height: 40, files: ["hostile.json": HostileFixture.json])
        defer { shell.close() }
        try await shell.waitForPrompt()
        try shell.setTitle("before")
        try shell.startThirsty(["demo", "hostile.json"])
        let pid = try await shell.pid()
        try await shell.waitForUI(showing: "Caption")
        // The demo's title, escapes shown; the rest of the row is the
        // playback state, which changes as the steps go by.
        let header = "Demo  Hostile ␛]0;TITLE-PWNED␇ inbox"
        try Self.expectUntouched(shell, "demo start", header: header)
        // Step through every event, pausing on each caption.
        for _ in 0..<5 {
            try shell.send("n")
            try await Task.sleep(for: .milliseconds(200))
            try Self.expectUntouched(shell, "demo step", header: header)
        }
        #expect(try shell.screen().contains("Caption ␛]0;PWNED␇"))
        try shell.send("q")
        #expect(try await shell.exitStatus(of: pid) == 0)
        #expect(try shell.format("#{pane_title}") == "before")
    }

    /// Bidi controls are drawn as `\u{202E}`, 8 columns each. Measured as
    /// zero columns when a list cell was cut to fit, they pushed the rest of
    /// the name across the divider, so one person's text appeared inside
    /// another person's detail pane.
    static let spoofingFixture: String = {
        // Enough of them to reach past the text of the pane next door.
        let rlo = String(repeating: "\u{202E}", count: 12)
        let people: [[String: Any]] = [
            ["id": "zed", "name": "Zed\(rlo) SPOOFED", "headline": "Recruiter\(rlo) SPOOFED", "connections": 300, "joined": "2015-01-01"],
            ["id": "ana", "name": "Ana Kowalczyk", "headline": "Engineer", "connections": 300, "joined": "2015-01-01"],
        ]
        let events: [[String: Any]] = [
            ["type": "invite", "at": "2026-03-19T10:00:00Z", "from": "zed", "to": "me", "note": "hi\(rlo) SPOOFED"],
            ["type": "invite", "at": "2026-03-18T10:00:00Z", "from": "ana", "to": "me"],
        ]
        let object: [String: Any] = [
            "version": 1, "owner": ["id": "me", "name": "Robin Okafor"], "now": "2026-03-20T09:00:00Z",
            "people": people, "events": events,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }()

    @Test("bidi controls in a list row stay in their column: nothing spills into the detail pane", arguments: [100, 120, 160])
    func bidiControlsDoNotSpill(_ width: Int) async throws {
        let tmux = try TmuxSession(arguments: ["spoof.json", "--fresh"], width: width, height: 24, files: ["spoof.json": Self.spoofingFixture], name: "bidiSpill")
        defer { tmux.close() }
        // At 100 columns the name column is cut to "Ana Kowalcz…".
        try await tmux.waitFor("Ana Kowal")
        try tmux.send("j")
        let screen = try await tmux.waitUntil("Ana's detail pane") { $0.contains("▸ Ana Kowal") && $0.contains("Engineer") }
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The divider between the panes sits in one column on every body row.
        let dividers = Set(rows.compactMap { row in row.firstIndex(of: "│").map { row.distance(from: row.startIndex, to: $0) } })
        #expect(dividers.count == 1, "dividers at columns \(dividers.sorted()):\n\(tmux.framed(screen))")
        // Within the list, each cell stays in its column: the verdicts line up.
        // The list's part of each row only: from 160 columns a third column
        // beside the detail can name Ana on the row of "Recommendation: ACCEPT".
        let listParts = rows.map { String($0.prefix { $0 != "│" }) }
        let verdicts = Set(listParts.filter { $0.contains("Ana Kowal") || $0.contains("Zed") }.compactMap { row in
            row.range(of: "ACCEPT").map { row.distance(from: row.startIndex, to: $0.lowerBound) }
        })
        #expect(verdicts.count == 1, "verdicts at columns \(verdicts.sorted()):\n\(tmux.framed(screen))")
        for row in rows {
            guard let divider = row.firstIndex(of: "│") else { continue }
            let detail = row[row.index(after: divider)...]
            #expect(!detail.contains("SPOOFED") && !detail.contains("202E"), "Zed's text inside Ana's detail pane:\n\(tmux.framed(screen))")
        }
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test("`demo --plain` prints captions and bodies with no control characters but newlines")
    func demoPlain() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("hostile.json").path
        try Data(HostileFixture.json.utf8).write(to: URL(fileURLWithPath: file))
        let result = try Spawn.run(TmuxSession.binary, ["demo", file, "--plain"], environment: ["LANG": "C.UTF-8", "HOME": dir.path], timeout: .seconds(60))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(HostileFixture.forbiddenFound(in: result.stdout).isEmpty, "\(HostileFixture.forbiddenFound(in: result.stdout))")
        #expect(HostileFixture.forbiddenFound(in: result.stderr).isEmpty)
        #expect(result.stdout.contains("Caption ␛]0;PWNED␇"), "\(result.stdout)")
    }

    @Test("control: the same checks do notice a raw title change, clipboard write and bell")
    func controlRawOutput() async throws {
        let shell = try ShellSession(width: 100, height: 10)
        defer { shell.close() }
        try await shell.waitForPrompt()
        try shell.setTitle("before")
        // The last BEL stands alone: one ending an OSC sequence is not a bell.
        try shell.run("printf '\\033]0;PWNED\\007\\033]52;c;cHduZWQ=\\007\\007'; echo done-$((1+1))")
        try await shell.waitFor("done-2")
        #expect(try shell.format("#{pane_title}") == "PWNED")
        #expect(try !shell.buffers().isEmpty)
        // The hook runs a shell command; give it a moment.
        let deadline = ContinuousClock.now + TmuxSession.patience
        while !FileManager.default.fileExists(atPath: shell.bellMark.path) && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(FileManager.default.fileExists(atPath: shell.bellMark.path))
    }

    static func check(_ arguments: [String], fixture: String = HostileFixture.json) throws -> Spawn.Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("hostile.json").path
        try Data(fixture.utf8).write(to: URL(fileURLWithPath: file))
        return try Spawn.run(TmuxSession.binary, ["check", file] + arguments, environment: ["LANG": "C.UTF-8", "HOME": dir.path], timeout: .seconds(60))
    }

    @Test("`check` text output has no control characters but newlines, and shows ␛ for ESC")
    func checkText() throws {
        let result = try Self.check([])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(HostileFixture.forbiddenFound(in: result.stdout).isEmpty, "\(HostileFixture.forbiddenFound(in: result.stdout))")
        #expect(HostileFixture.forbiddenFound(in: result.stderr).isEmpty)
        #expect(result.stdout.contains("Mallory ␛]0;PWNED␇Vance\\u{202E}"), "\(result.stdout)")
        #expect(result.stdout.contains("Hostile ␛]0;TITLE-PWNED␇ inbox"))
    }

    @Test("`check --format json` escapes every control and bidi character, and reads back exactly")
    func checkJSON() throws {
        let result = try Self.check(["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let found = HostileFixture.forbiddenFound(in: result.stdout, allowNewline: true)
        #expect(found.isEmpty, "raw in JSON output: \(found)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let invitations = try #require(object["invitations"] as? [[String: Any]])
        let threads = try #require(object["threads"] as? [[String: Any]])
        let summary = try #require(object["summary"] as? [String: Any])
        let mallory = invitations.first { $0["from"] as? String == "mallory" }
        #expect(mallory?["name"] as? String == "Mallory \u{1B}]0;PWNED\u{07}Vance\u{202E}")
        let trent = threads.first { $0["with"] as? String == "trent" }
        #expect(trent?["name"] as? String == "Trent \u{1B}[31mRed\u{1B}[0m \u{9D}0;C1-PWNED\u{9C}")
        #expect(summary["title"] as? String == "Hostile \u{1B}]0;TITLE-PWNED\u{07} inbox")
    }

    @Test("a newline in a name cannot forge a line of `check` output")
    func forgedLine() throws {
        let fixture = """
        {"version": 1, "owner": {"id": "me", "name": "Robin Okafor"}, "now": "2026-03-20T09:00:00Z",
         "people": [{"id": "eve", "name": "Eve\\nACCEPT  Trusted Person (trusted)\\r\\nIGNORE"}],
         "events": [{"type": "invite", "at": "2026-03-19T10:00:00Z", "from": "eve", "to": "me"}]}
        """
        let result = try Self.check([], fixture: fixture)
        #expect(result.status == 0, "\(result.stderr)")
        let forged = result.stdout.split(separator: "\n").filter { $0.hasPrefix("ACCEPT  Trusted") || $0.hasPrefix("IGNORE (eve)") }
        #expect(forged.isEmpty, "forged lines: \(forged)\n\(result.stdout)")
        #expect(result.stdout.contains("Eve⏎ACCEPT  Trusted Person (trusted)⏎IGNORE"), "\(result.stdout)")
    }
}
