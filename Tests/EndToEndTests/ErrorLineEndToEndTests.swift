import Foundation
import Testing

/// Every error the real binary prints is one inert, short line: bidi
/// controls and ESC quoted from a fixture, a rulebook or the command line
/// come out escaped (`\u{202E}`), and a megabyte id does not make a
/// megabyte line. Plain processes, no terminal needed.
@Suite(.serialized, .terminalSlot) struct ErrorLineEndToEndTests {
    /// Longest line allowed: "thirsty: " and the capped message.
    static let maxLineBytes = 9 + 1024

    /// What must never reach stderr raw (the one escape rule, spelled out).
    static func isUnsafe(_ v: UInt32) -> Bool {
        switch v {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var files: [String: String]
        var arguments: [String]
        var status: Int32
        /// Escapes the line must show for what the input held.
        var shows: [String]
        var testDescription: String { name }
    }

    static let owner = #""owner": {"id": "me", "name": "Robin Okafor"}, "now": "2026-03-20T09:00:00Z""#
    static let ana = #"{"id": "ana", "name": "Ana Souza"}"#

    static func fixture(people: String = ana, events: String) -> String {
        #"{"version": 1, "# + owner + #", "people": ["# + people + #"], "events": ["# + events + "]}"
    }

    static let cases: [Case] = [
        Case(name: "unknown person id with RLO, LRI and ESC",
             files: ["f.json": fixture(events: #"{"type": "message", "at": "2026-03-19T10:00:00Z", "from": "an\u202ea\u2066\u001b[31m", "to": "me", "body": "hi"}"#)],
             arguments: ["check", "f.json"], status: 65, shows: [#"\u{202E}"#, #"\u{2066}"#, #"\u{1B}"#]),
        Case(name: "unknown key with bidi and ESC",
             files: ["f.json": fixture(people: #"{"id": "ana", "name": "Ana", "x\u202e\u001b]0;t\u0007": 1}"#, events: "")],
             arguments: ["check", "f.json"], status: 65, shows: [#"\u{202E}"#, #"\u{1B}"#, #"\u{7}"#]),
        Case(name: "duplicate id with bidi marks",
             files: ["f.json": fixture(people: #"{"id": "a\u200fb\u2069", "name": "A"}, {"id": "a\u200fb\u2069", "name": "B"}"#, events: "")],
             arguments: ["check", "f.json"], status: 65, shows: [#"\u{200F}"#, #"\u{2069}"#]),
        Case(name: "a bad timestamp value with C1 CSI and a line separator",
             files: ["f.json": fixture(events: #"{"type": "invite", "at": "2026\u009b2J\u2028x", "from": "ana", "to": "me"}"#)],
             arguments: ["check", "f.json"], status: 65, shows: [#"\u{9B}"#, #"\u{2028}"#]),
        Case(name: "an unknown event type with ESC",
             files: ["f.json": fixture(events: #"{"type": "mess\u001b[2Jage", "at": "2026-03-19T10:00:00Z", "from": "ana", "to": "me"}"#)],
             arguments: ["check", "f.json"], status: 65, shows: [#"\u{1B}"#]),
        Case(name: "a name with bidi in a coach --with that matches nobody",
             files: ["f.json": fixture(people: #"{"id": "ana", "name": "Ana \u202eSouza"}"#, events: "")],
             arguments: ["coach", "f.json", "--with", "b\u{202E}n\u{1B}[1m", "--draft", "hello"], status: 64, shows: [#"\u{202E}"#, #"\u{1B}"#]),
        Case(name: "a rulebook with ESC and bidi in an unknown key",
             files: ["rules.yaml": "rules:\n  - id: X\n    \"sc\\e[31mo\\u202Ere\": 1\n"],
             arguments: ["check", "--rules", "rules.yaml"], status: 65, shows: [#"\u{1B}"#, #"\u{202E}"#]),
        Case(name: "a missing file named with ESC and RLO",
             files: [:], arguments: ["check", "no\u{1B}]0;title\u{7}such\u{202E}.json"], status: 66, shows: [#"\u{1B}"#, #"\u{202E}"#, #"\u{7}"#]),
        Case(name: "an unknown option with ESC",
             files: [:], arguments: ["check", "--bo\u{1B}[31mgus\u{2066}"], status: 64, shows: [#"\u{1B}"#, #"\u{2066}"#]),
    ]

    static func run(_ files: [String: String], _ arguments: [String]) throws -> Spawn.Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-errors-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        let resolved = arguments.map { files[$0] != nil ? dir.appendingPathComponent($0).path : $0 }
        return try Spawn.run(TmuxSession.binary, resolved, environment: CommandLineEndToEndTests.environment(home: dir.path))
    }

    static func check(_ stderr: String, shows: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(stderr.hasSuffix("\n"), sourceLocation: sourceLocation)
        for line in stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            let raw = line.unicodeScalars.filter { isUnsafe($0.value) }.map { String($0.value, radix: 16) }
            #expect(raw.isEmpty, "raw U+\(raw) in \(line.debugDescription)", sourceLocation: sourceLocation)
            #expect(line.utf8.count <= maxLineBytes, "a line of \(line.utf8.count) bytes", sourceLocation: sourceLocation)
        }
        for escape in shows {
            #expect(stderr.contains(escape), "\(escape) missing from \(stderr.debugDescription)", sourceLocation: sourceLocation)
        }
    }

    @Test("hostile text in an error comes out escaped, on short lines", arguments: cases)
    func hostileTextIsEscaped(_ c: Case) throws {
        let result = try Self.run(c.files, c.arguments)
        #expect(result.status == c.status, "stderr: \(result.stderr.debugDescription)")
        Self.check(result.stderr, shows: c.shows)
        if c.status != 64 {
            #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr.debugDescription)")
            #expect(result.stderr.hasPrefix("thirsty: "))
        }
        #expect(result.stdout.isEmpty)
    }

    @Test("an unknown id of a megabyte among ids of a megabyte: one short line")
    func megabyteIds() throws {
        let people = (0..<16).map { #"{"id": ""# + String(repeating: String(UnicodeScalar(UInt8(65 + $0))), count: 1 << 20) + #"", "name": "P\#($0)"}"# }
        let unknown = "Q" + String(repeating: "\u{301}", count: (1 << 19) - 8) + "\u{202E}"  // just under the 1 MB string limit
        let text = Self.fixture(people: people.joined(separator: ", "), events: #"{"type": "message", "at": "2026-03-19T10:00:00Z", "from": ""# + unknown + #"", "to": "me", "body": "hi"}"#)
        let result = try Self.run(["f.json": text], ["check", "f.json"])
        #expect(result.status == 65)
        Self.check(result.stderr, shows: [])
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("unknown person"), "\(result.stderr.prefix(300).debugDescription)")
        #expect(result.stderr.utf8.count < 400, "\(result.stderr.utf8.count) bytes")
    }

    @Test("a mistyped command is named, with the command it is close to")
    func mistypedCommand() throws {
        let result = try Self.run(["f.json": Self.fixture(events: "")], ["chek", "f.json"])
        #expect(result.status == 64)
        #expect(result.stderr == "thirsty: unknown command \"chek\"; did you mean check? (see 'thirsty --help')\n")
    }

    @Test("a bad option to a command shows that command's usage")
    func subcommandUsage() throws {
        let result = try Self.run([:], ["history", "--bogus"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Usage: thirsty history"), "\(result.stderr)")
        let validation = try Self.run(["f.json": Self.fixture(events: "")], ["check", "f.json", "--at", "never"])
        #expect(validation.status == 64)
        #expect(validation.stderr.contains("Usage: thirsty check"), "\(validation.stderr)")
    }

    @Test func versionIsPrinted() throws {
        let result = try Self.run([:], ["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stdout.first?.isNumber == true, "\(result.stdout)")
    }
}
