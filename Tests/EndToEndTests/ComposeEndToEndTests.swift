import Foundation
import Testing

/// Runs the real binary with `arguments` and `stdin`, without a terminal.
private func runThirsty(_ arguments: [String], stdin: String = "") throws -> (status: Int32, stdout: String, stderr: String) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-compose-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("stdin")
    let output = dir.appendingPathComponent("stdout")
    let errors = dir.appendingPathComponent("stderr")
    try Data(stdin.utf8).write(to: input)
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: TmuxSession.binary)
    process.arguments = arguments
    process.currentDirectoryURL = dir
    process.environment = ["HOME": dir.path, "XDG_DATA_HOME": dir.path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
    let inHandle = try FileHandle(forReadingFrom: input)
    let outHandle = try FileHandle(forWritingTo: output)
    let errHandle = try FileHandle(forWritingTo: errors)
    defer {
        try? inHandle.close()
        try? outHandle.close()
        try? errHandle.close()
    }
    process.standardInput = inHandle
    process.standardOutput = outHandle
    process.standardError = errHandle
    try process.run()
    process.waitUntilExit()
    return (process.terminationStatus,
            (try? String(contentsOf: output, encoding: .utf8)) ?? "",
            (try? String(contentsOf: errors, encoding: .utf8)) ?? "")
}

private func json(_ text: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(object as? [String: Any])
}

private let flattery = "It is truly an honour to be connected with you."
private let decline = "Thanks Dario, but I don't invest in early-stage companies, so I'll pass. Good luck with the round."

@Suite(.serialized, .terminalSlot) struct ComposeEndToEndTests {
    /// The issue's scenario: open a thread, type a flattering draft, watch
    /// the Sincere rule fail live, fix it, send with Ctrl-D, and see the
    /// message in the timeline.
    @Test func aFlatteringDraftIsCaughtLiveFixedAndSent() async throws {
        let tmux = try TmuxSession(arguments: ["--fresh"], width: 120, height: 40)
        defer { tmux.close() }
        try await tmux.openReply(find: "Dario", fullName: "Dario Mendes")
        try await tmux.waitFor("C-d")

        try tmux.type(flattery)
        try await tmux.waitUntil("the coach to flag the flattery") { $0.contains("✗ Sincere fail") || $0.contains("! Sincere warn") }

        // The headless coach says the same about the same draft.
        let headless = try runThirsty(["coach", "--with", "dario", "--draft", flattery, "--format", "json"])
        #expect(headless.status == 0)
        let report = try json(headless.stdout)
        // Failed rules are under `rules`, rules that only warn under `warnings`.
        let broken = ((report["rules"] as? [String]) ?? []) + ((report["warnings"] as? [String]) ?? [])
        #expect(broken.contains("sincere"))

        try tmux.send("C-u")
        try tmux.type(decline)
        try await tmux.waitFor("✓ Sincere pass")
        try tmux.send("C-d")
        try await tmux.waitFor("Sent to Dario Mendes")
        // In the thread's timeline on the right, not only in the list's preview.
        let screen = try await tmux.waitUntil("the sent message in the timeline") { screen in
            screen.split(separator: "\n").contains { line in
                guard let r = line.range(of: "Thanks Dario, but") else { return false }
                return line.distance(from: line.startIndex, to: r.lowerBound) > 48
            }
        }
        #expect(!screen.contains("To Dario Mendes"))
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test func escKeepsTheDraftAndReopeningRestoresIt() async throws {
        let tmux = try TmuxSession(arguments: ["--fresh"], width: 80, height: 24)
        defer { tmux.close() }
        try await tmux.openReply(tab: "3", find: "Yusuf", fullName: "Yusuf Demir")
        try tmux.type("Half a thought 日本 👩‍💻")
        try await tmux.waitFor("Half a thought")
        try tmux.send("Escape")
        try await tmux.waitFor("Draft kept for Yusuf Demir")
        try tmux.send("r")
        try await tmux.waitFor("Half a thought 日本")
        try tmux.send("Escape")
        try await tmux.waitForAbsence(of: "To Yusuf Demir")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }
}

@Suite(.terminalSlot) struct CoachCommandTests {
    @Test func printsTheSameFeedbackAsTextAndJSON() throws {
        let text = try runThirsty(["coach", "--with", "dario", "--draft", flattery])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Sincere"))
        #expect(text.stdout.contains("✗") || text.stdout.contains("!"))

        let out = try runThirsty(["coach", "--with", "dario", "--draft", flattery, "--format", "json"])
        #expect(out.status == 0)
        let report = try json(out.stdout)
        for key in ["rules", "stages", "score", "flagged", "findings", "advice"] {
            #expect(report[key] != nil, "missing \(key)")
        }
        let advice = try #require(report["advice"] as? [String])
        #expect(!advice.isEmpty)
        for sentence in advice { #expect(text.stdout.contains(sentence.prefix(30))) }
    }

    @Test func readsTheDraftFromStandardInput() throws {
        let out = try runThirsty(["coach", "--with", "dario", "--format", "json"], stdin: decline + "\n")
        #expect(out.status == 0)
        let report = try json(out.stdout)
        #expect((report["rules"] as? [String])?.contains("sincere") == false)
    }

    @Test func exitsZeroWhateverTheVerdict() throws {
        let pitch = "Would you like to invest a million dollars in our company? Let's hop on a Zoom."
        let out = try runThirsty(["coach", "--with", "kwame", "--draft", pitch, "--at", "2026-03-19T10:00:00Z"])
        #expect(out.status == 0)
    }

    @Test func anUnknownPersonIsAUsageError() throws {
        let out = try runThirsty(["coach", "--with", "nobody", "--draft", "hi"])
        #expect(out.status == 64)
        let lines = out.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(out.stderr.contains("dario"))
    }

    @Test func aBadFixtureIsADataError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-coach-bad-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.yaml")
        try Data("version: 1\nowner: {id: me, name: Robin}\npeople: [{id: x}]\nevents: []\n".utf8).write(to: file)
        let out = try runThirsty(["coach", file.path, "--with", "x", "--draft", "hi"])
        #expect(out.status == 65)
    }
}

@Suite(.terminalSlot) struct PracticeCommandTests {
    /// How many exercises ship.
    private static let bundled = 17
    private static let answers = [
        "Hi Noor, it is truly an honour to connect. Let's hop on a Zoom next week?",
        "Hi Priya, which checklist do your flow owners use for the audits? Happy to share our results after three sprints.",
        "Just bumping this to the top of your inbox :)",
        "",
        "Hi Dario, thanks, but I don't invest in early-stage companies, so I'll pass.",
        "Hi Tomasz, we don't use outside development teams, so please close the file rather than follow up in Q3.",
        "Hi Bastian, thanks, but we're not looking for outbound help this year. I'll pass on the call.",
        "Hi Liam, May won't work for us: we launch that month. Thank you for asking; autumn would suit me if you run one.",
        "Hi Kwame, would you weight the firms under 20 staff up with census shares, or is the Lagos sample too thin to trust?",
        "Hi Grace, did Tandaa price in shillings from day one, or in dollars with local payment?",
    ]

    @Test func runsEveryBundledExerciseFromAnAnswersFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-practice-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("answers.txt")
        try Data(Self.answers.joined(separator: "\n---\n").utf8).write(to: file)
        let out = try runThirsty(["practice", "--answers", file.path])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Exercise 1 of \(Self.bundled)"))
        #expect(out.stdout.contains("Exercise 10 of \(Self.bundled)"))
        #expect(out.stdout.contains("What strong answers do"))
        #expect(out.stdout.contains("(skipped)"))
        #expect(out.stdout.contains("Session summary"))
        #expect(out.stdout.contains("9 attempts"))
        for rule in ["Relax", "Value", "Sincere"] { #expect(out.stdout.contains("\(rule.padding(toLength: 8, withPad: " ", startingAt: 0)) ")) }
    }

    @Test func readsAnswersFromAPipeAndReportsJSON() throws {
        let out = try runThirsty(["practice", "answer-investment-pitch", "--format", "json"], stdin: Self.answers[4] + "\n")
        #expect(out.status == 0, "\(out.stderr)")
        let report = try json(out.stdout)
        let attempts = try #require(report["attempts"] as? [[String: Any]])
        #expect(attempts.count == 1)
        #expect(attempts.first?["exercise"] as? String == "answer-investment-pitch")
        let summary = try #require(report["summary"] as? [String: Any])
        let rules = try #require(summary["rules"] as? [String: Any])
        #expect(Set(rules.keys) == ["relax", "value", "sincere"])
    }

    @Test func listsTheExercises() throws {
        let out = try runThirsty(["practice", "--list"])
        #expect(out.status == 0)
        #expect(out.stdout.split(separator: "\n").count >= 8)
        #expect(out.stdout.contains("answer-investment-pitch"))
    }

    @Test func aBadExerciseFileIsADataError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-practice-bad-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("mine.yaml")
        try Data("title: x\nkind: rant\n".utf8).write(to: file)
        let out = try runThirsty(["practice", file.path], stdin: "")
        #expect(out.status == 65)
        #expect(out.stderr.contains("mine.yaml"))
        let missing = try runThirsty(["practice", dir.appendingPathComponent("nope.yaml").path], stdin: "")
        #expect(missing.status == 66)
    }

    @Test func anExerciseFileCanUseASceneBesideIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-practice-own-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let inbox = """
        version: 1
        owner: {id: me, name: Robin Okafor}
        now: 2026-03-20T09:00:00Z
        people:
          - {id: sam, name: Sam Ito, connected: 2024-01-10}
        events: []
        """
        let exercise = """
        title: Ask Sam
        kind: question
        scene: ./scene.yaml
        person: sam
        prompt: Ask Sam something real.
        example: Which CI do you use for the mobile builds, and why?
        strong_answers: [Ask one specific question.]
        """
        try Data(inbox.utf8).write(to: dir.appendingPathComponent("scene.yaml"))
        try Data(exercise.utf8).write(to: dir.appendingPathComponent("ask-sam.yaml"))
        let out = try runThirsty(["practice", dir.appendingPathComponent("ask-sam.yaml").path], stdin: "How do you test offline sync?\n")
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Writing to Sam Ito"))
        #expect(out.stdout.contains("1 attempt,"))
    }
}
