import InboxModel
import Testing

/// Hostile inputs too big to keep as files: 100,000-deep nesting, 64 MB
/// strings, aliases that expand exponentially. Each must end in a
/// `FixtureError` quickly and without holding much more memory than the
/// input itself. Serialized so one case's memory doesn't blur another's.
@Suite(.serialized) struct HostileGeneratedTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var format: FixtureFormat
        var build: @Sendable () -> [UInt8]
        var expected: FixtureError
        var testDescription: String { name }
    }

    static let depth = 100_000
    static let bigString = 64 << 20
    static let preamble = "version: 1\nowner: {id: me, name: Robin Okafor}\npeople: []\nevents: []\n"
    static let jsonPreamble = #"{"version": 1, "owner": {"id": "me", "name": "Robin Okafor"}, "people": [], "events": []"#

    /// `unit` `count` times, doubling with memcpy so a 64 MB input takes
    /// milliseconds to build even in a debug build.
    static func repeated(_ unit: String, _ count: Int) -> [UInt8] {
        let u = Array(unit.utf8)
        let total = u.count * count
        guard total > 0 else { return [] }
        return [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            u.withUnsafeBufferPointer { src in
                if let s = src.baseAddress { base.initialize(from: s, count: u.count) }
            }
            var filled = u.count
            while filled < total {
                let n = min(filled, total - filled)
                (base + filled).initialize(from: base, count: n)
                filled += n
            }
            initialized = total
        }
    }

    static let cases: [Case] = [
        Case(name: "JSON: 100,000 nested lists as the title", format: .json, build: {
            Array(#"{"version": 1, "title": "#.utf8) + repeated("[", depth) + repeated("]", depth) + Array("}".utf8)
        }, expected: .at(1, 25, "title", "expected a string, found a list")),
        Case(name: "JSON: 100,000 nested mappings, unterminated", format: .json, build: {
            Array(#"{"version": 1, "title": "#.utf8) + repeated(#"{"a": "#, depth)
        }, expected: .at(1, 25, "title", "expected a string, found a mapping")),
        Case(name: "JSON: 100,000 nested lists at the top", format: .json, build: { repeated("[", depth) },
             expected: .at(1, 1, "", "expected a mapping with version, owner, people and events at the top level, found a list")),
        Case(name: "JSON: 100,000 nested lists as an event", format: .json, build: {
            Array(#"{"version": 1, "events": "#.utf8) + repeated("[", depth)
        }, expected: .at(1, 27, "events[0]", "expected a mapping, found a list")),
        Case(name: "YAML: 100,000 nested flow lists", format: .yaml, build: {
            Array((preamble + "title: ").utf8) + repeated("[", depth) + repeated("]", depth)
        }, expected: .at(5, 9, "", "not valid YAML: nesting is too deep")),
        Case(name: "YAML: 100,000 nested block lists", format: .yaml, build: {
            Array((preamble + "title:\n  ").utf8) + repeated("- ", depth) + Array("x\n".utf8)
        }, expected: .at(6, 1999, "", "not valid YAML: nesting is too deep")),
        Case(name: "YAML: 100,000 nested flow mappings", format: .yaml, build: {
            Array((preamble + "title: ").utf8) + repeated("{a: ", depth)
        }, expected: .at(5, 4000, "", "not valid YAML: nesting is too deep")),
        Case(name: "YAML: 1,500 nested block mappings", format: .yaml, build: {
            var text = preamble + "title:\n"
            for level in 1...1_500 { text += String(repeating: " ", count: level) + "a:\n" }
            return Array(text.utf8)
        }, expected: .at(1004, 1000, "", "not valid YAML: nesting is too deep")),
        Case(name: "YAML: 900 nested lists, within the parser's limit", format: .yaml, build: {
            Array("version: 1\nowner: {id: me, name: Robin Okafor}\nevents: []\npeople: ".utf8) + repeated("[", 900) + repeated("]", 900)
        }, expected: .at(4, 10, "people[0]", "expected a mapping, found a list")),
        Case(name: "JSON: a 64 MB string", format: .json, build: {
            Array((jsonPreamble + #", "title": ""#).utf8) + repeated("a", bigString) + Array("\"}".utf8)
        }, expected: .at(1, 100, "title", "string is longer than 1048576 bytes")),
        Case(name: "JSON: a 64 MB string full of escapes", format: .json, build: {
            Array((jsonPreamble + #", "title": ""#).utf8) + repeated(#"\n"#, bigString / 2) + Array("\"}".utf8)
        }, expected: .at(1, 100, "title", "string is longer than 1048576 bytes")),
        Case(name: "JSON: a 64 MB key", format: .json, build: {
            Array(#"{""#.utf8) + repeated("k", bigString) + Array(#"": 1}"#.utf8)
        }, expected: .at(1, 2, "", "string is longer than 1048576 bytes")),
        Case(name: "YAML: a 64 MB plain string", format: .yaml, build: {
            Array((preamble + "title: ").utf8) + repeated("a", bigString) + Array("\n".utf8)
        }, expected: .at(5, 8, "title", "string is longer than 1048576 bytes")),
        Case(name: "YAML: an 8 MB quoted string", format: .yaml, build: {
            Array((preamble + "title: \"").utf8) + repeated("a", 8 << 20) + Array("\"\n".utf8)
        }, expected: .at(5, 8, "title", "string is longer than 1048576 bytes")),
        Case(name: "YAML: a 1 MB key", format: .yaml, build: {
            Array((preamble + "? ").utf8) + repeated("k", 1 << 20) + Array("\n: 1\n".utf8)
        }, expected: .at(6, 3, String(repeating: "k", count: 40) + "…", "unknown key \"\(String(repeating: "k", count: 40))…\"")),
        Case(name: "YAML: a 1 MB number", format: .yaml, build: {
            Array("version: 1\nowner: {id: me, name: Robin Okafor, connections: ".utf8) + repeated("9", 1 << 20) + Array("}\n".utf8)
        }, expected: .at(2, 50, "owner.connections", "expected a whole number, found a string")),
        Case(name: "JSON: a 1 MB number", format: .json, build: {
            Array(#"{"version": "#.utf8) + repeated("9", 1 << 20) + Array("}".utf8)
        }, expected: .at(1, 13, "version", "number is too large")),
        Case(name: "YAML: aliases expanding to 9^12 nodes", format: .yaml, build: {
            var text = preamble.replacingOccurrences(of: "people: []\n", with: "") + "people:\n  - &a0 [ha, ha, ha, ha, ha, ha, ha, ha, ha]\n"
            for level in 1...12 {
                let previous = "*a\(level - 1)"
                text += "  - &a\(level) [" + Array(repeating: previous, count: 9).joined(separator: ", ") + "]\n"
            }
            return Array(text.utf8)
        }, expected: .at(5, 5, "people[0]", "expected a mapping, found a list")),
        Case(name: "YAML: 200,000 aliases of one event", format: .yaml, build: {
            var text = "version: 1\nowner: {id: me, name: Robin Okafor}\npeople: [{id: d1, name: Dana Whitfield}]\nevents:\n"
            text += "  - {type: post, at: 2026-03-01T08:00:00Z, by: me, id: p, text: Hiring}\n"
            text += "  - &like {type: like, at: 2026-03-02T08:00:00Z, by: d1, post: p}\n  - ["
            text += Array(repeating: "*like", count: 200_000).joined(separator: ",")
            return Array((text + "]\n").utf8)
        }, expected: .at(7, 5, "events[2]", "expected a mapping, found a list")),
        Case(name: "YAML: 10,000 duplicate keys", format: .yaml, build: {
            Array("version: 1\n".utf8) + repeated("k: 1\n", 10_000)
        }, expected: .at(2, 1, "", #"duplicate key "k" in a mapping"#)),
        Case(name: "YAML: 16 MB of whitespace", format: .yaml, build: { repeated(" \n", 8 << 20) },
             expected: FixtureError(message: "file is empty; expected a fixture (version: 1, owner, people, events)")),
        Case(name: "JSON: a NUL byte after 8 MB", format: .json, build: {
            Array((jsonPreamble + #", "title": ""#).utf8) + repeated("a", 8 << 20) + [0] + Array("\"}".utf8)
        }, expected: .at(1, 101 + (8 << 20), "", "file contains a NUL byte")),
    ]

    @Test(arguments: cases)
    func failsFastWithBoundedMemory(_ c: Case) throws {
        let bytes = c.build()
        let outcome = try #require(Bounded.decode(bytes, c.format, seconds: 30), "still decoding after 30 s")
        let error = try #require(outcome.error, "decoded without error")
        #expect(error == c.expected)
        #expect(error.description.isPrintableLine)
        #expect(error.description.utf8.count < 400, "the error line stays short")
        // Parsing may copy the text a few times; it must not grow with
        // nesting or alias expansion.
        let limit = 8 * bytes.count + (256 << 20)
        #expect(outcome.peakGrowthBytes < limit, "peak grew by \(outcome.peakGrowthBytes >> 20) MB")
    }
}
