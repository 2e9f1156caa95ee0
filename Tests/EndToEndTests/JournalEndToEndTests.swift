import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Nothing the user does is lost: actions confirmed on screen survive a
/// `kill -9` and come back when the same fixture is reopened.
@Suite("Journal, end to end", .serialized, .terminalSlot)
struct JournalEndToEndTests {
    static let fixture = """
    version: 1
    owner: {id: me, name: Robin Okafor}
    now: 2026-03-20T09:00:00Z
    people:
      - {id: hana, name: Hana Sato, headline: "Senior Product Designer at Kitemark", connections: 640, joined: 2015-02-09, mutual: 23}
      - {id: ravi, name: Ravi Menon, headline: "Senior Product Manager at Orbitly", connections: 820, joined: 2014-01-15, mutual: 14}
      - {id: kwame, name: Kwame Asante, headline: "Data Analyst", connected: 2019-05-21}
    events:
      - {type: invite, at: 2026-03-19T10:00:00Z, from: hana, to: me, note: "Loved your onboarding post"}
      - {type: invite, at: 2026-03-18T10:00:00Z, from: ravi, to: me}
      - {type: message, at: 2026-03-19T11:00:00Z, from: kwame, to: me, body: "Do you know a dataset on SME scheduling adoption?"}
    """

    static let startup = Duration.seconds(60)

    /// kill -9 as soon as the screen confirms; returns when the process is gone.
    static func killNow(_ tmux: TmuxSession, _ pid: pid_t) async throws {
        #expect(kill(pid, SIGKILL) == 0)
        #expect(try await tmux.waitForExit(timeout: .seconds(20)) == 137)
    }

    @Test("an accept confirmed on screen survives kill -9; reopening replays it; --fresh shows the original")
    func acceptSurvivesKill() async throws {
        let work = try JournalWorkspace(fixture: Self.fixture)
        do {
            let tmux = try work.session()
            defer { tmux.close() }
            try await tmux.waitFor("Hana Sato", timeout: Self.startup)
            let pid = try await tmux.programPID()
            try tmux.send("a")
            try await tmux.waitFor("Accepted Hana Sato")
            try await Self.killNow(tmux, pid)
        }
        do {
            let tmux = try work.session()
            defer { tmux.close() }
            let screen = try await tmux.waitFor("Invitations (1)", timeout: Self.startup)
            #expect(screen.contains("Network (2)"), "\(tmux.framed(screen))")
            let rows = try tmux.lines().dropFirst().dropLast()
            #expect(!rows.contains { $0.hasPrefix("▸ Hana Sato") || $0.hasPrefix("  Hana Sato") }, "\(tmux.framed(screen))")
            try tmux.send("q")
            #expect(try await tmux.waitForExit() == 0)
        }
        do {
            let tmux = try work.session(["--fresh"])
            defer { tmux.close() }
            let screen = try await tmux.waitFor("Invitations (2)", timeout: Self.startup)
            #expect(screen.contains("Hana Sato"))
            #expect(screen.contains("Fresh session"), "\(tmux.framed(screen))")
            try tmux.send("a")
            try await tmux.waitFor("Accepted Hana Sato")
            try tmux.send("q")
            #expect(try await tmux.waitForExit() == 0)
        }
        // The fresh session saved nothing.
        let history = try work.history()
        #expect(history.map(\.type) == ["accept"])
        #expect(history.map(\.person) == ["hana"])
    }

    @Test("a sent reply and a kept draft survive kill -9 and are listed by `thirsty history`")
    func replyAndDraftSurviveKill() async throws {
        let work = try JournalWorkspace(fixture: Self.fixture)
        let reply = "Try the national statistics office first"
        let draft = "Also: which region matters most to you?"
        do {
            let tmux = try work.session()
            defer { tmux.close() }
            try await tmux.waitFor("Hana Sato", timeout: Self.startup)
            let pid = try await tmux.programPID()
            try tmux.send("2")
            try await tmux.waitFor("Kwame Asante")
            try tmux.send("r")
            try tmux.type(reply)
            try tmux.send("C-d")
            try await tmux.waitFor("Sent to Kwame Asante")
            try tmux.send("r")
            try tmux.type(draft)
            try tmux.send("Escape")
            try await tmux.waitFor("Draft kept for Kwame Asante")
            try await Self.killNow(tmux, pid)
        }
        let history = try work.history()
        #expect(history.contains { $0.type == "message" && $0.person == "kwame" && $0.text == reply }, "\(history)")
        #expect(history.last.map { $0.type == "draft" && $0.text == draft } == true, "\(history)")

        let tmux = try work.session()
        defer { tmux.close() }
        try await tmux.waitFor("Hana Sato", timeout: Self.startup)
        try tmux.send("2")
        // The list's preview is cut ("You: Try the…"); the thread has it whole.
        try await tmux.waitFor("Try the national statistics office first")
        try tmux.send("r")
        try await tmux.waitFor("which region matters")
        try tmux.send("Escape")
        try await tmux.waitFor("Draft kept for Kwame Asante")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)

        let text = try work.run(["history", work.fixture])
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.contains { $0.contains("message") && $0.contains("kwame") && $0.contains(reply) }, "\(text.stdout)")
    }

    /// Accepts invitations as fast as keys go in and kills at varying
    /// moments; every acceptance seen on screen must be in the journal.
    @Test("kill -9 at any moment loses nothing that was confirmed", arguments: [0, 40, 120])
    func killAtAnyMoment(delayMilliseconds: Int) async throws {
        let names = ["Aiko Tanaka", "Bruno Costa", "Chidi Okeke", "Dana Levi", "Emil Novak", "Farah Haddad", "Goran Ilic", "Hiro Sato"]
        var people = ""
        var events = ""
        for (i, name) in names.enumerated() {
            people += "  - {id: p\(i), name: \(name), headline: \"Engineer\", connections: 300, joined: 2015-01-01, mutual: 5}\n"
            events += "  - {type: invite, at: 2026-03-19T\(10 + i):00:00Z, from: p\(i), to: me}\n"
        }
        let fixture = "version: 1\nowner: {id: me, name: Robin Okafor}\nnow: 2026-03-20T09:00:00Z\npeople:\n\(people)events:\n\(events)"
        let work = try JournalWorkspace(fixture: fixture)
        var confirmed = Set<String>()
        do {
            let tmux = try work.session(name: "killAtAnyMoment\(delayMilliseconds)")
            defer { tmux.close() }
            try await tmux.waitFor("Invitations (8)", timeout: Self.startup)
            let pid = try await tmux.programPID()
            for _ in 0..<6 { try tmux.send("a") }
            let start = ContinuousClock.now
            // Watch the status line until the first confirmation and the delay have passed.
            while true {
                let status = try tmux.statusBar()
                if let range = status.range(of: "Accepted ") {
                    confirmed.insert(String(status[range.upperBound...]).trimmingCharacters(in: .whitespaces))
                }
                if !confirmed.isEmpty && ContinuousClock.now - start >= .milliseconds(delayMilliseconds) { break }
                if ContinuousClock.now - start > TmuxSession.patience { break }
            }
            try await Self.killNow(tmux, pid)
        }
        #expect(!confirmed.isEmpty)
        let byName = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, "p\($0.offset)") })
        let journaled = Set(try work.history().filter { $0.type == "accept" }.map(\.person))
        for name in confirmed {
            #expect(journaled.contains(byName[name] ?? name), "\(name) was confirmed on screen but is not in the journal \(journaled)")
        }
        // Reopening works whatever the kill interrupted: at most the record
        // being written when it struck is cut off, with a warning.
        let tmux = try work.session(name: "killAtAnyMomentReopen\(delayMilliseconds)")
        defer { tmux.close() }
        try await tmux.waitFor("Invitations (\(8 - journaled.count))", timeout: Self.startup)
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test("a second thirsty on the same inbox is refused with one line and status 75")
    func secondInstanceRefused() async throws {
        let work = try JournalWorkspace(fixture: Self.fixture)
        let first = try work.session(name: "secondInstanceFirst")
        defer { first.close() }
        try await first.waitFor("Hana Sato", timeout: Self.startup)

        // Wide enough that the one line (it names the journal's path) does not wrap.
        let second = try work.session(width: 400, name: "secondInstanceSecond")
        defer { second.close() }
        #expect(try await second.waitForExit(timeout: Self.startup) == 75)
        let lines = try second.lines().filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let screen = try second.screen()
        #expect(lines.count == 1, "\(second.framed(screen))")
        #expect(lines.first?.hasPrefix("thirsty: this inbox is already open in another thirsty") == true)

        // The first is unharmed and still saves.
        try first.send("a")
        try await first.waitFor("Accepted Hana Sato")
        try first.send("q")
        #expect(try await first.waitForExit() == 0)
        #expect(try work.history().map(\.person) == ["hana"])

        // Once the first has quit, the inbox opens again.
        let third = try work.session(name: "secondInstanceThird")
        defer { third.close() }
        try await third.waitFor("Invitations (1)", timeout: Self.startup)
        try third.send("q")
        #expect(try await third.waitForExit() == 0)
    }

    @Test("nowhere to keep the journal: one line suggesting --fresh and status 73, not a session that forgets")
    func unwritableDataHome() async throws {
        let work = try JournalWorkspace(fixture: Self.fixture)
        // A file where the data directory should be: no journal can go there.
        let blocked = work.directory.appendingPathComponent("not-a-directory").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocked))
        let tmux = try TmuxSession(arguments: [work.fixture], width: 400, height: 10, environment: ["XDG_DATA_HOME": blocked])
        defer { tmux.close() }
        #expect(try await tmux.waitForExit(timeout: Self.startup) == 73)
        let lines = try tmux.lines().filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.first?.hasPrefix("thirsty: cannot create") == true, "\(lines)")
        #expect(lines.first?.hasSuffix("add --fresh") == true, "\(lines)")
    }

    @Test("after the fixture changes, its old journal is reported, not applied")
    func changedFixture() async throws {
        let work = try JournalWorkspace(fixture: Self.fixture)
        do {
            let tmux = try work.session()
            defer { tmux.close() }
            try await tmux.waitFor("Hana Sato", timeout: Self.startup)
            try tmux.send("a")
            try await tmux.waitFor("Accepted Hana Sato")
            try tmux.send("q")
            #expect(try await tmux.waitForExit() == 0)
        }
        try work.write(fixture: Self.fixture + "\n# edited: Hana's invitation reworded later\n")
        let tmux = try work.session()
        defer { tmux.close() }
        let screen = try await tmux.waitFor("Invitations (2)", timeout: Self.startup)
        #expect(try tmux.statusBar().contains("1 action recorded for an earlier version of this file was not applied"), "\(tmux.framed(screen))")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)

        let history = try work.run(["history", work.fixture])
        #expect(history.status == 0)
        #expect(history.stdout.hasPrefix("No saved actions"))
        #expect(history.stderr.contains("earlier version of this file"))
        #expect(history.stderr.split(separator: "\n").count == 1)
    }

    @Test("a torn last record is cut off with a one-line warning; the rest is replayed")
    func tornRecord() async throws {
        let work = try JournalWorkspace(fixture: Self.fixture)
        do {
            let tmux = try work.session()
            defer { tmux.close() }
            try await tmux.waitFor("Hana Sato", timeout: Self.startup)
            try tmux.send("a")
            try await tmux.waitFor("Accepted Hana Sato")
            try tmux.send("q")
            #expect(try await tmux.waitForExit() == 0)
        }
        let file = try #require(work.journalFiles().first)
        // The power went out halfway through writing Ravi's acceptance.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: work.journals + "/" + file))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("3f2a9c1b {\"at\":\"2026-03-20T09:00:00Z\",\"person\":\"ra".utf8))
        try handle.close()

        let tmux = try work.session()
        defer { tmux.close() }
        try await tmux.waitFor("Invitations (1)", timeout: Self.startup)
        let screen = try tmux.screen()
        #expect(try tmux.statusBar().contains("the last record of the journal was cut off"), "\(tmux.framed(screen))")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
        #expect(try work.history().map(\.person) == ["hana"])
    }
}
