import Foundation
import Testing
import InboxGenerator
@testable import InboxModel

/// The decoder's work grows in step with its input: doubling the input
/// at most about doubles the work. Work is counted (values visited and
/// bytes of text read for YAML; bytes read, counting those read twice,
/// for JSON), never timed, so the test holds on any machine.
@Suite struct LinearWorkTests {
    static func yamlWork(_ text: String) throws -> Int {
        let bytes = Array(text.utf8)
        let result = bytes.withUnsafeBufferPointer { FixtureDecoder.decodeYAMLCountingWork($0) }
        return try result.get().work
    }

    static func jsonWork(_ text: String) throws -> Int {
        let bytes = Array(text.utf8)
        let reread = try bytes.withUnsafeBufferPointer { (b) throws(FixtureError) in
            try FixtureDecoder.decodeCountingHalves(b, format: .json, file: nil, release: { _ in }, splitEvents: false).reread
        }
        return bytes.count + reread
    }

    static func generated(_ n: Int, _ format: FixtureFormat) -> String {
        let inbox = InboxGenerator.generate(GeneratorOptions(people: 20 * n, messages: 200 * n))
        return String(decoding: FixtureEncoder.encode(inbox, format: format), as: UTF8.self)
    }

    static func header(people: Int = 1) -> String {
        "version: 1\nowner: {id: me, name: Robin Okafor}\npeople:\n"
            + (0..<people).map { "  - {id: p\($0), name: Person \($0)}\n" }.joined()
    }

    static func message(_ k: Int, body: String, from: String = "p0") -> String {
        let t = Timestamp(seconds: 1_773_997_200).adding(minutes: Int64(k)).iso8601
        return "  - {type: message, at: \(t), from: \(from), to: me, body: \(body)}\n"
    }

    /// Inputs of size n in shapes that make naive decoders superlinear.
    static let shapes: [String: @Sendable (Int) -> String] = [
        "generated inbox, YAML": { generated($0, .yaml) },
        // One anchored body repeated by alias in every message.
        "aliased bodies": { n in
            header() + "events:\n" + message(0, body: "&b \"Quick question about your roadmap\"")
                + (1..<(40 * n)).map { message($0, body: "*b") }.joined()
        },
        // One anchored event mapping repeated by alias: each is walked.
        "aliased people": { n in
            "version: 1\nowner: {id: me, name: Robin Okafor}\npeople:\n  - &p {id: p0, name: Person}\n"
                + String(repeating: "  - *p\n", count: 100 * n) + "events: []\n"
        },
        // Many people, each referenced once: lookups must not scan.
        "many people": { n in
            header(people: 100 * n) + "events:\n" + (0..<(100 * n)).map { message($0, body: "hi", from: "p\($0)") }.joined()
        },
    ]

    @Test(arguments: shapes.keys.sorted())
    func yamlWorkAtMostAboutDoubles(shape: String) throws {
        let make = try #require(Self.shapes[shape])
        let small = make(4), large = make(8)
        if shape == "aliased people" {
            // Repeated ids: refused, after walking what came before.
            #expect(throws: FixtureError.self) { try Self.yamlWork(small) }
            return
        }
        let w1 = try Self.yamlWork(small), w2 = try Self.yamlWork(large)
        #expect(large.utf8.count >= small.utf8.count * 3 / 2, "the larger input is not larger")
        #expect(w2 <= w1 * 22 / 10 + 1000, "\(shape): work \(w1) -> \(w2) for input \(small.utf8.count) -> \(large.utf8.count) bytes")
    }

    @Test func jsonWorkAtMostAboutDoubles() throws {
        for (small, large) in [(Self.generated(4, .json), Self.generated(8, .json))] {
            let w1 = try Self.jsonWork(small), w2 = try Self.jsonWork(large)
            #expect(w2 <= w1 * 22 / 10 + 1000, "work \(w1) -> \(w2)")
            // Nearly every event takes the fast path: little is read twice.
            #expect(w2 <= large.utf8.count * 2)
        }
    }

    // MARK: Alias expansion

    /// Aliases of aliases, each level naming the one below twice, used as
    /// a mapping key: a composer that hashes keys in full takes 2^40 steps.
    @Test func aliasedListAsAKeyIsRefusedAtOnce() throws {
        var text = "version: 1\nowner: {id: me, name: Robin Okafor}\npeople: []\nevents: []\ntitle:\n  - &a0 [x, x]\n"
        for level in 1..<40 { text += "  - &a\(level) [*a\(level - 1), *a\(level - 1)]\n" }
        text += "bad: {? *a39 : 1}\n"
        do {
            _ = try FixtureDecoder.decode(text, format: .yaml)
            Issue.record("accepted")
        } catch {
            #expect(error.message == "keys must be plain words")
            #expect(error.location?.line == 45)
        }
    }

    @Test func aliasesMayNotRepeatTextPastTheBound() throws {
        let body = String(repeating: "You are amazing. ", count: 30_000)  // 510 KB
        let text = Self.header() + "events:\n" + Self.message(0, body: "&b \"\(body)\"")
            + (1..<40).map { Self.message($0, body: "*b") }.joined()
        do {
            _ = try FixtureDecoder.decode(text, format: .yaml, file: "alias.yaml")
            Issue.record("20 MB of aliased text was accepted")
        } catch {
            #expect(error.message.hasPrefix("YAML aliases repeat text past 8 MB (the file's size plus 8 MB)"), "\(error.message)")
            #expect(error.path.hasPrefix("events[") && error.path.hasSuffix("].body"), "\(error.path)")
            #expect(error.location != nil)
            #expect(error.file == "alias.yaml")
        }
    }

    @Test func aliasesWithinTheBoundAreRead() throws {
        let body = String(repeating: "Happy to help with the dataset. ", count: 1_000)  // 32 KB
        let text = Self.header() + "events:\n" + Self.message(0, body: "&b \"\(body)\"")
            + (1..<100).map { Self.message($0, body: "*b") }.joined()
        let inbox = try FixtureDecoder.decode(text, format: .yaml)
        #expect(inbox.events.count == 100)
        #expect(inbox.events.allSatisfy { $0.text == body })
    }
}
