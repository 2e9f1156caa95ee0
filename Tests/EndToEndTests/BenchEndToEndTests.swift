import Foundation
import Testing

/// `thirsty bench` on a small generated inbox: every phase is reported, the
/// last line is the one-line summary, and the JSON form carries the same
/// figures under stable keys.
@Suite(.terminalSlot) struct BenchEndToEndTests {
    static func inboxFile() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-bench-\(getpid()).json")
        let generated = try Spawn.run(TmuxSession.binary, ["generate", "--people", "40", "--messages", "300"],
                                      environment: CommandLineEndToEndTests.environment())
        #expect(generated.status == 0, "stderr: \(generated.stderr)")
        try Data(generated.stdout.utf8).write(to: url)
        return url
    }

    @Test func textReportHasEveryPhaseAndEndsWithTheSummary() throws {
        let url = try Self.inboxFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let run = try Spawn.run(TmuxSession.binary, ["bench", url.path], environment: CommandLineEndToEndTests.environment(),
                                timeout: .seconds(120))
        #expect(run.status == 0, "stderr: \(run.stderr)")
        for phase in ["load", "rules", "analyse", "first frame", "open", "keystrokes", "coach", "policy", "peak RSS"] {
            #expect(run.stdout.contains("\n  \(phase)"), "no \(phase) line in:\n\(run.stdout)")
        }
        #expect(run.stdout.contains("of that, tokenising and matching the text"))
        #expect(run.stdout.contains(" of 300 messages have a text of their own"))
        #expect(run.stdout.contains("compiling it without the cache, as a first run does: "))
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.last?.hasPrefix("bench: 300 messages; open ") == true, "\(lines.last ?? "")")
    }

    @Test func jsonReportParses() throws {
        let url = try Self.inboxFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let run = try Spawn.run(TmuxSession.binary, ["bench", url.path, "--format", "json"],
                                environment: CommandLineEndToEndTests.environment(), timeout: .seconds(120))
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let bench = try #require(object?["bench"] as? [String: Any])
        #expect(bench["messages"] as? Int == 300)
        #expect(bench["keys"] as? Int == 1_000)
        for key in ["load_ms", "rules_ms", "analyse_ms", "open_ms", "key_p50_us", "key_p99_us",
                    "analysis_mb_per_s_per_core", "text_scan_mb_per_s_per_core", "peak_rss_mb",
                    "distinct_texts", "distinct_text_mb", "analysis_every_text_mb_per_s_per_core",
                    "rules_compile_ms", "rules_compile_cpu_ms"] {
            #expect(bench[key] is NSNumber, "\(key) in \(bench)")
        }
        #expect((bench["summary"] as? String)?.hasPrefix("bench: 300 messages") == true)
        // HOME is /nonexistent here: there is no cache to read from.
        #expect(bench["rules_from_cache"] as? Bool == false)
    }

    @Test func aMissingFileExits66() throws {
        let run = try Spawn.run(TmuxSession.binary, ["bench", "/nonexistent/inbox.json"], environment: CommandLineEndToEndTests.environment())
        #expect(run.status == 66)
        #expect(run.stderr.split(separator: "\n").count == 1, "stderr: \(run.stderr)")
    }
}
