import Foundation
import Testing

/// The program keeps the built-in rulebook's compiled tables in the user's
/// cache directory; a run with the cache judges exactly as one without,
/// and a damaged cache file is compiled over.
@Suite(.terminalSlot) struct RulebookCacheEndToEndTests {
    static func check(cache: String) throws -> String {
        var environment = CommandLineEndToEndTests.environment()
        environment["XDG_CACHE_HOME"] = cache
        // The built-in inbox: no file to find.
        let run = try Spawn.run(TmuxSession.binary, ["check", "--format", "json"], environment: environment)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        return run.stdout
    }

    static func tableFiles(_ cache: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: cache + "/thirsty")) ?? []
        return names.filter { $0.hasPrefix("rules-") && $0.hasSuffix(".bin") }.map { cache + "/thirsty/" + $0 }
    }

    @Test func aRunWithTheCacheJudgesLikeARunWithout() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-cache-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let cold = try Self.check(cache: cache)
        let files = Self.tableFiles(cache)
        #expect(files.count == 1, "\(files)")
        let warm = try Self.check(cache: cache)
        #expect(warm == cold)
        #expect(Self.tableFiles(cache) == files)

        // A damaged file: the same verdicts, and a whole file again after.
        let file = try #require(files.first)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        bytes[bytes.count / 2] ^= 0xff
        try bytes.write(to: URL(fileURLWithPath: file))
        #expect(try Self.check(cache: cache) == cold)
        let rewritten = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(rewritten != bytes)
        #expect(try Self.check(cache: cache) == cold)
    }

    @Test func anUnwritableCacheIsNotAnError() throws {
        // HOME is /nonexistent in the test environment: nothing can be
        // written, and the run is as usual.
        let run = try Spawn.run(TmuxSession.binary, ["check"], environment: CommandLineEndToEndTests.environment())
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stderr.isEmpty)
    }
}
