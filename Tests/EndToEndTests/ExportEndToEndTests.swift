import Foundation
import InboxModel
import LinkedInExport
import Testing

/// The real binary on LinkedIn data exports: synthetic exports of each
/// era, their unzipped folder, `--mine`, `import --anonymize`, and every
/// hostile archive (exit 65, one line, nothing written).
@Suite(.terminalSlot) struct ExportEndToEndTests {
    final class Scratch {
        let dir: String
        let home: String
        init() throws {
            dir = FileManager.default.temporaryDirectory.appendingPathComponent("export-e2e-\(UUID().uuidString)").path
            home = dir + "/home"
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: dir) }

        func path(_ name: String) -> String { dir + "/" + name }

        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            try Data(bytes).write(to: URL(fileURLWithPath: path(name)))
            return path(name)
        }

        /// Every file under the scratch folder and the program's home.
        var listing: [String] { (FileManager.default.subpaths(atPath: dir) ?? []).sorted() }

        func run(_ arguments: [String]) throws -> Spawn.Result {
            try Spawn.run(TmuxSession.binary, arguments, environment: CommandLineEndToEndTests.environment(home: home))
        }

        /// `thirsty generate … --format linkedin-export` into a file.
        func generate(_ name: String, era: String, people: Int = 60) throws -> String {
            let out = path(name)
            let r = try Spawn.run("/bin/sh", ["-c", "\"$0\" generate --people \(people) --format linkedin-export --era \(era) > \"$1\"", TmuxSession.binary, out],
                                  environment: CommandLineEndToEndTests.environment(home: home))
            #expect(r.status == 0, "stderr: \(r.stderr)")
            return out
        }
    }

    func json(_ r: Spawn.Result) throws -> [String: Any] {
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let data = try #require(r.stdout.data(using: .utf8))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Thread ids with their verdict, and invitations by name (an id is made
    /// from the name where an era's export has no URL) with their decision.
    func verdicts(_ report: [String: Any]) -> (threads: [String], invitations: [String]) {
        let threads = (report["threads"] as? [[String: Any]] ?? []).map { "\($0["with"] ?? "")=\($0["flagged"] as? Bool ?? false)" }
        let invitations = (report["invitations"] as? [[String: Any]] ?? []).map { "\($0["name"] ?? "")=\($0["decision"] ?? "")" }
        return (threads, invitations)
    }

    @Test func everyEraGivesTheSameVerdictsAndMarksGroupsAndSponsored() throws {
        let s = try Scratch()
        var seen: [(threads: [String], invitations: [String])] = []
        for era in ["2021", "2024", "2026"] {
            let zip = try s.generate("export-\(era).zip", era: era)
            let report = try json(try s.run(["check", zip, "--format", "json"]))
            let threads = try #require(report["threads"] as? [[String: Any]])
            let group = try #require(threads.first { ($0["with"] as? String ?? "").hasPrefix("group:") })
            #expect((group["explanation"] as? String ?? "").hasPrefix("not judged"))
            #expect(group["flagged"] as? Bool == false)
            let sponsored = try #require(threads.first { ($0["with"] as? String ?? "").hasPrefix("sponsored:") })
            #expect((sponsored["explanation"] as? String ?? "").hasPrefix("not judged"))
            #expect(threads.contains { ($0["name"] as? String ?? "").hasSuffix(", PhD") })
            #expect(threads.contains { $0["flagged"] as? Bool == true })
            seen.append(verdicts(report))
        }
        #expect(seen[0].threads == seen[1].threads && seen[1].threads == seen[2].threads)
        #expect(seen[0].invitations == seen[1].invitations && seen[1].invitations == seen[2].invitations)
    }

    /// The files of a generated export with a messages.csv of several MB
    /// (read after the first frame), and optionally a bad row at its end.
    func largeExport(_ s: Scratch, badRowAtEnd: Bool) throws -> (files: [String: String], badLine: Int) {
        let generated = s.path("generated.json")
        let r = try Spawn.run("/bin/sh", ["-c", "\"$0\" generate --people 400 --messages 22000 > \"$1\"", TmuxSession.binary, generated],
                              environment: CommandLineEndToEndTests.environment(home: s.home))
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let inbox = try FixtureLoader.load(path: generated)
        var files: [String: String] = [:]
        var badLine = 0
        for f in SyntheticExport(inbox: inbox, era: .y2021).files() {
            var text = String(decoding: f.bytes, as: UTF8.self)
            if f.name == "messages.csv" {
                #expect(f.bytes.count > 4 << 20, "large enough to be read after the first frame")
                if badRowAtEnd {
                    badLine = text.split(separator: "\n", omittingEmptySubsequences: false).count + 1
                    text += "\nc9,,Ana,,Robin,not a date,,hello,INBOX"
                }
            }
            files["export/" + f.name] = text
        }
        return (files, badLine)
    }

    @Test func aLargeExportOpensFirstAndReadsItsMessagesAfter() async throws {
        let s = try Scratch()
        let (files, _) = try largeExport(s, badRowAtEnd: false)
        let tmux = try TmuxSession(arguments: ["export"], width: 120, height: 30, files: files, name: "largeExport")
        defer { tmux.close() }
        // Only the staged open says it read the messages after the first frame.
        let screen = try await tmux.waitUntil("the messages read after the first frame") {
            $0.contains("Read messages.csv, ") && $0.contains("flagged)")
        }
        #expect(!screen.contains("reading…"), "\(tmux.framed(screen))")
        try tmux.send("2")
        _ = try await tmux.waitFor("FLAGGED")
        try tmux.send("q")
        #expect(try await tmux.waitForExit() == 0)
    }

    @Test func aBadRowInMessagesReadLaterEndsTheBrowserWithItsLine() async throws {
        let s = try Scratch()
        let (files, badLine) = try largeExport(s, badRowAtEnd: true)
        let tmux = try TmuxSession(arguments: ["export"], width: 120, height: 30, files: files, name: "largeExportBad")
        defer { tmux.close() }
        #expect(try await tmux.waitForExit() == 65)
        let screen = try tmux.screen()
        #expect(screen.contains("messages.csv:\(badLine)") && screen.contains("DATE"), "\(tmux.framed(screen))")
        // The terminal is itself again: the error is on a plain shell screen.
        #expect(!screen.contains("Invitations ("), "\(tmux.framed(screen))")
    }

    @Test func theUnzippedFolderReadsLikeTheZip() throws {
        let s = try Scratch()
        let zip = try s.generate("export.zip", era: "2026")
        let folder = s.path("Basic_LinkedInDataExport")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let r = try Spawn.run("/bin/sh", ["-c", "cd \"$1\" && python3 -c 'import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall(\".\")' \"$0\"", zip, folder],
                              environment: CommandLineEndToEndTests.environment(home: s.home))
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let a = try json(try s.run(["check", zip, "--format", "json"]))
        let b = try json(try s.run(["check", folder, "--format", "json"]))
        #expect(verdicts(a).threads == verdicts(b).threads)
        #expect(verdicts(a).invitations == verdicts(b).invitations)
    }

    @Test func mineOnAnExportAndOnTheBuiltInInbox() throws {
        let s = try Scratch()
        let zip = try s.generate("export.zip", era: "2024")
        let line = #/^You wrote first to (\d+) (people|person); (\d+) of those threads would be flagged\.$/#
        for args in [["check", zip, "--mine"], ["check", "--mine"]] {
            let r = try s.run(args)
            #expect(r.status == 0, "stderr: \(r.stderr)")
            let first = String(r.stdout.prefix(while: { $0 != "\n" }))
            let m = try #require(first.wholeMatch(of: line), "\(first)")
            #expect(Int(m.1) ?? 0 > 0)
            let report = try json(try s.run(args + ["--format", "json"]))
            let mine = try #require(report["mine"] as? [String: Any])
            #expect(mine["wrote_first"] as? Int == Int(m.1))
            #expect(mine["flagged"] as? Int == Int(m.3))
            #expect((mine["threads"] as? [Any])?.count == Int(m.1))
        }
    }

    @Test func anonymizedImportKeepsTheVerdicts() throws {
        let s = try Scratch()
        let zip = try s.generate("export.zip", era: "2026")
        let original = try json(try s.run(["check", zip, "--format", "json"]))
        let r = try s.run(["import", zip, "--anonymize", "-o", s.path("anon.yaml")])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let text = try String(contentsOfFile: s.path("anon.yaml"), encoding: .utf8)
        #expect(text.contains("source: \"linkedin-export\"") && text.contains("engagement: \"unknown\""))
        let names = (original["threads"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        // "LinkedIn Member" (a closed account) names no one and stays.
        for name in names where name.count > 8 && name != "LinkedIn Member" { #expect(!text.contains(name), "\(name) left in") }
        let anon = try json(try s.run(["check", s.path("anon.yaml"), "--format", "json"]))
        func flags(_ r: [String: Any]) -> [Bool] { (r["threads"] as? [[String: Any]] ?? []).map { $0["flagged"] as? Bool ?? false } }
        func decisions(_ r: [String: Any]) -> [String] { (r["invitations"] as? [[String: Any]] ?? []).map { $0["decision"] as? String ?? "" } }
        #expect(flags(anon) == flags(original))
        #expect(decisions(anon) == decisions(original))
        let explanations = { (r: [String: Any]) in (r["threads"] as? [[String: Any]] ?? []).map { $0["explanation"] as? String ?? "" } }
        #expect(explanations(anon) == explanations(original))
    }

    // MARK: Hostile archives

    func expectRefused(_ s: Scratch, _ name: String, _ bytes: [UInt8], mentions: String) throws {
        let path = try s.write(name, bytes)
        let before = s.listing
        for args in [["check", path], ["import", path, "-o", s.path("out.yaml")]] {
            let r = try s.run(args)
            #expect(r.status == 65, "\(args[0]) \(name): status \(r.status), stderr: \(r.stderr)")
            #expect(r.stdout.isEmpty)
            let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == 2 && lines[1].isEmpty, "one line: \(r.stderr)")
            #expect(r.stderr.hasPrefix("thirsty: \(path)"), "\(r.stderr)")
            #expect(r.stderr.contains(mentions), "\(r.stderr)")
            #expect(s.listing == before, "nothing written")
        }
    }

    func zip(_ files: [(String, [UInt8])]) throws -> [UInt8] {
        try ExportZip.make(files.map { (name: $0.0, bytes: $0.1) }, at: Timestamp(seconds: 1_770_000_000))
    }

    static let header = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"

    @Test func notAZip() throws {
        try expectRefused(try Scratch(), "export.zip", Array("just some text\n".utf8), mentions: "not a ZIP archive")
    }

    @Test func truncatedZip() throws {
        let s = try Scratch()
        let good = try [UInt8](Data(contentsOf: URL(fileURLWithPath: try s.generate("good.zip", era: "2024"))))
        try expectRefused(s, "cut.zip", Array(good.prefix(good.count * 2 / 3)), mentions: "damaged or truncated")
    }

    @Test func parentDirectoryEntry() throws {
        try expectRefused(try Scratch(), "evil.zip", try zip([("messages.csv", [0x61]), ("../escape.csv", [0x61])]), mentions: "unsafe path")
    }

    @Test func absoluteEntry() throws {
        try expectRefused(try Scratch(), "evil.zip", try zip([("/etc/messages.csv", [0x61])]), mentions: "unsafe path")
    }

    @Test func zipBomb() throws {
        let bomb = Array(repeating: UInt8(ascii: "0"), count: 32 << 20)
        try expectRefused(try Scratch(), "bomb.zip", try zip([("messages.csv", bomb)]), mentions: "compression ratio exceeds the cap")
    }

    @Test func noExpectedFiles() throws {
        try expectRefused(try Scratch(), "other.zip", try zip([("photo.jpg", [0xFF, 0xD8]), ("notes.txt", Array("hi".utf8))]),
                          mentions: "no LinkedIn export files")
    }

    @Test func unbalancedQuotes() throws {
        let csv = Self.header + "c1,,Ana Lima,,Robin Okafor,2025-06-01 14:03:22 UTC,,\"private words never closed,INBOX\n"
        try expectRefused(try Scratch(), "quote.zip", try zip([("messages.csv", Array(csv.utf8))]), mentions: "quote.zip: messages.csv:2: unbalanced quote")
    }

    @Test func invalidUTF8() throws {
        let csv = Array(Self.header.utf8) + Array("c1,,Ana,,Robin,2025-06-01 14:03:22 UTC,,".utf8) + [0xC0, 0xAF] + Array(",INBOX\n".utf8)
        try expectRefused(try Scratch(), "utf8.zip", try zip([("messages.csv", csv)]), mentions: "utf8.zip: messages.csv:2: invalid UTF-8")
    }

    @Test func headerWithNoKnownColumns() throws {
        try expectRefused(try Scratch(), "header.zip", try zip([("Invitations.csv", Array("alpha,beta\nsecret,words\n".utf8))]),
                          mentions: "Invitations.csv: no header row with known columns")
    }
}
