import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `thirsty learn` through the real binary: teach, list, forget, and a
/// teaching that survives `kill -9` the moment it is confirmed.
@Suite(.serialized, .terminalSlot) struct LearnEndToEndTests {
    static let fixture = """
    version: 1
    owner: {id: me, name: Robin Okafor}
    now: 2026-03-20T09:00:00Z
    people:
      - {id: vera, name: Vera Lindqvist, connected: 2026-03-01}
      - {id: ike, name: Ike Mensah, connected: 2020-01-01}
    events:
      - {type: message, at: 2026-03-02T10:00:00Z, from: vera, to: me, body: "Exclusive seedling trays for your allotment, reserve yours today."}
      - {type: message, at: 2026-03-05T10:00:00Z, from: vera, to: me, body: "Did you see my last note? Trays are nearly gone."}
      - {type: message, at: 2026-03-06T10:00:00Z, from: ike, to: me, body: "How did your council get the compost scheme approved?"}
    """

    /// A private data folder and the fixture in it.
    static func setUp() throws -> (dir: String, fixture: String, env: [String: String]) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("learn-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let fixture = dir + "/allotment.yaml"
        try Self.fixture.write(toFile: fixture, atomically: true, encoding: .utf8)
        let env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": dir, "XDG_DATA_HOME": dir + "/data"]
        return (dir, fixture, env)
    }

    @Test func teachListForgetEndToEnd() throws {
        let (dir, fixture, env) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let bin = TmuxSession.binary
        var r = try Spawn.run(bin, ["learn", "--list"], environment: env)
        #expect(r.status == 0 && r.stdout.hasPrefix("Nothing taught yet"), "\(r.stdout)\(r.stderr)")
        r = try Spawn.run(bin, ["learn", "--thirsty", fixture, "--with", "vera"], environment: env)
        #expect(r.status == 0 && r.stdout.hasPrefix("Learned #1: Vera Lindqvist (vera)"), "\(r.stdout)\(r.stderr)")
        r = try Spawn.run(bin, ["learn", "--sincere", fixture, "--with", "ike"], environment: env)
        #expect(r.status == 0 && r.stdout.hasPrefix("Learned #2: Ike Mensah (ike)"), "\(r.stdout)\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir + "/data/thirsty/teachings.journal"))
        r = try Spawn.run(bin, ["learn", "--list"], environment: env)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2, "\(r.stdout)")
        #expect(lines.first?.hasPrefix("#1  thirsty  Vera Lindqvist (vera)") == true, "\(r.stdout)")
        #expect(lines.last?.hasPrefix("#2  sincere  Ike Mensah (ike)") == true, "\(r.stdout)")

        // What was taught changes the verdict: the learned band now quotes Vera's words.
        r = try Spawn.run(bin, ["check", fixture], environment: env)
        #expect(r.stdout.contains("LEARNED_THIRSTY_99"), "\(r.stdout)")
        r = try Spawn.run(bin, ["check", fixture, "--no-learned"], environment: env)
        #expect(!r.stdout.contains("LEARNED_"), "\(r.stdout)")

        r = try Spawn.run(bin, ["learn", "--forget", "1"], environment: env)
        #expect(r.status == 0 && r.stdout.hasPrefix("Forgot #1: Vera Lindqvist"), "\(r.stdout)\(r.stderr)")
        r = try Spawn.run(bin, ["learn", "--forget", "1"], environment: env)
        #expect(r.status == 64 && r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        r = try Spawn.run(bin, ["learn", "--list"], environment: env)
        #expect(r.stdout.split(separator: "\n").count == 1 && r.stdout.hasPrefix("#2  sincere"), "\(r.stdout)")
        r = try Spawn.run(bin, ["learn", "--forget-all"], environment: env)
        #expect(r.status == 0 && r.stdout == "Forgot all 1 teaching.\n", "\(r.stdout)")
        r = try Spawn.run(bin, ["learn", "--list"], environment: env)
        #expect(r.stdout.hasPrefix("Nothing taught yet"), "\(r.stdout)")
    }

    @Test func userErrorsAreOneLineWithAStatus() throws {
        let (dir, fixture, env) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let bin = TmuxSession.binary
        for (args, status) in [
            (["learn", "--thirsty", fixture, "--with", "nobody"], Int32(64)),
            (["learn", "--thirsty", fixture], 64),
            (["learn", "--thirsty", dir + "/missing.yaml", "--with", "vera"], 66),
            (["learn", "--list", "--forget-all"], 64),
            (["learn", "--rebuild-model", dir + "/empty-folder-that-is-not-there"], 66),
        ] {
            let r = try Spawn.run(bin, args, environment: env)
            #expect(r.status == status, "\(args): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count >= 1 && r.stdout.isEmpty, "\(args): \(r.stderr)")
        }
    }

    /// The confirmation is printed only after the record is fsynced: kill
    /// the process the moment the line appears and the teaching is there.
    @Test func aTeachingSurvivesKillNineRightAfterItsConfirmation() throws {
        let (dir, fixture, env) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for round in 1...3 {
            let person = round == 2 ? "ike" : "vera"
            let seen = try Self.killAfterConfirmation(["learn", round == 2 ? "--sincere" : "--thirsty", fixture, "--with", person], env: env)
            #expect(seen.hasPrefix("Learned #\(round):"), "\(seen)")
            let r = try Spawn.run(TmuxSession.binary, ["learn", "--list"], environment: env)
            #expect(r.stdout.contains("#\(round)  "), "round \(round): \(r.stdout)")
            #expect(r.stderr.isEmpty, "round \(round): \(r.stderr)")
        }
    }

    /// `!` in the browser stores the teaching where `thirsty learn` keeps
    /// them, on disk before the status line confirms it: kill -9 right then
    /// and `learn --list` still shows it.
    @Test func aThreadMarkedInTheBrowserSurvivesKillNineAndIsListed() async throws {
        let work = try JournalWorkspace(fixture: Self.fixture)
        do {
            let tmux = try work.session()
            defer { tmux.close() }
            try await tmux.waitFor("Ike Mensah", timeout: .seconds(60))
            let pid = try await tmux.programPID()
            try tmux.send("g!")
            let screen = try await tmux.waitFor("Marked ")
            let marked = ["Ike Mensah", "Vera Lindqvist"].first { screen.contains("Marked \($0) thirsty (learn #1)") }
            #expect(marked != nil, "\(tmux.framed(screen))")
            #expect(kill(pid, SIGKILL) == 0)
            #expect(try await tmux.waitForExit(timeout: .seconds(20)) == 137)
            let r = try work.run(["learn", "--list"])
            let id = marked == "Ike Mensah" ? "ike" : "vera"
            #expect(r.status == 0 && r.stdout.hasPrefix("#1  thirsty  \(marked ?? "?") (\(id))  \(work.fixture)"), "\(r.stdout)\(r.stderr)")
            #expect(r.stderr.isEmpty, "\(r.stderr)")
            let check = try work.run(["check", work.fixture])
            #expect(check.stdout.contains("LEARNED_THIRSTY_99"), "\(check.stdout)")
            let forget = try work.run(["learn", "--forget", "1"])
            #expect(forget.status == 0 && forget.stdout.hasPrefix("Forgot #1: \(marked ?? "?")"), "\(forget.stdout)\(forget.stderr)")
        }
        // A fresh session saves nothing, teachings included.
        do {
            let tmux = try work.session(["--fresh"])
            defer { tmux.close() }
            try await tmux.waitFor("Ike Mensah", timeout: .seconds(60))
            try tmux.send("g=")
            try await tmux.waitFor("Not marked: this session saves nothing")
            try tmux.send("q")
            #expect(try await tmux.waitForExit() == 0)
            let r = try work.run(["learn", "--list"])
            #expect(r.stdout.hasPrefix("Nothing taught yet"), "\(r.stdout)")
        }
    }

    /// Runs thirsty with stdout on a pipe, SIGKILLs it as soon as a line
    /// arrives, and returns that line.
    static func killAfterConfirmation(_ arguments: [String], env: [String: String]) throws -> String {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw Spawn.Failure(description: "pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        let argv = [TmuxSession.binary] + arguments
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArgs.forEach { free($0) }
            cEnv.forEach { free($0) }
        }
        var pid: pid_t = 0
        guard posix_spawn(&pid, TmuxSession.binary, &actions, nil, &cArgs, &cEnv) == 0 else {
            throw Spawn.Failure(description: "could not start thirsty")
        }
        close(fds[1])
        defer { close(fds[0]) }
        var got: [UInt8] = []
        var byte: UInt8 = 0
        while !got.contains(0x0A) {
            let n = read(fds[0], &byte, 1)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            got.append(byte)
        }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        _ = waitpid(pid, &status, 0)
        return String(decoding: got, as: UTF8.self)
    }
}
