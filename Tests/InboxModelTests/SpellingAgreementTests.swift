import Foundation
import InboxModel
import Testing

/// JSON and YAML are two spellings of one format: the same fixture written
/// both ways decodes to equal inboxes.
@Suite struct SpellingAgreementTests {
    static func decode(_ name: String) throws -> Inbox {
        let url = PackagePaths.schema.appendingPathComponent(name)
        return try FixtureDecoder.decode([UInt8](try Data(contentsOf: url)), format: .guess(path: name, bytes: []), file: name)
    }

    static func expectEqual(_ a: Inbox, _ b: Inbox, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(a.title == b.title, sourceLocation: sourceLocation)
        #expect(a.now == b.now, sourceLocation: sourceLocation)
        #expect(a.nowIsExplicit == b.nowIsExplicit, sourceLocation: sourceLocation)
        #expect(a.people == b.people, sourceLocation: sourceLocation)
        #expect(a.posts == b.posts, sourceLocation: sourceLocation)
        #expect(a.events == b.events, sourceLocation: sourceLocation)
    }

    /// Written by hand in both spellings, using every key, YAML's block
    /// and flow styles, offsets and date-only values against JSON's UTC.
    @Test func exampleInBothSpellings() throws {
        let yaml = try Self.decode("example-v1.yaml")
        let json = try Self.decode("example-v1.json")
        Self.expectEqual(yaml, json)
        #expect(yaml.events.count == 10)
        #expect(Set(yaml.events.map(\.type)) == Set(EventType.allCases), "the example uses every event type")
        #expect(yaml.events.first?.text == "We changed our pricing page.\nHere is what we learned.")
    }

    @Test func sampleInboxInBothSpellings() throws {
        let yaml = try SampleInbox.inbox()
        let json = try FixtureDecoder.decode(SampleInbox.json, format: .json)
        Self.expectEqual(yaml, json)
    }

    /// JSON is (nearly) YAML: the JSON example read by the YAML decoder.
    @Test func jsonReadAsYAML() throws {
        let url = PackagePaths.schema.appendingPathComponent("example-v1.json")
        let bytes = [UInt8](try Data(contentsOf: url))
        Self.expectEqual(try FixtureDecoder.decode(bytes, format: .yaml), try FixtureDecoder.decode(bytes, format: .json))
    }

    @Test func formatIsGuessedFromExtensionThenContent() {
        #expect(FixtureFormat.guess(path: "a.JSON", bytes: []) == .json)
        #expect(FixtureFormat.guess(path: "a.yml", bytes: Array("{}".utf8)) == .yaml)
        #expect(FixtureFormat.guess(path: "a.yaml", bytes: []) == .yaml)
        #expect(FixtureFormat.guess(path: nil, bytes: Array(" \n\t{\"version\": 1}".utf8)) == .json)
        #expect(FixtureFormat.guess(path: "inbox", bytes: Array("version: 1".utf8)) == .yaml)
        #expect(FixtureFormat.guess(path: nil, bytes: []) == .yaml)
    }
}
