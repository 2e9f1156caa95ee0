import Foundation
import InboxModel
import Testing

/// `Fixtures/schema/fixture-v1.schema.json` and the decoder describe the
/// same format: for the top level, the owner, a person and each event type,
/// the keys the schema allows are the keys the decoder accepts, the keys it
/// requires are the ones the decoder misses, and null is welcome in the same
/// places. The decoder is probed by decoding small documents, so the test
/// checks behaviour rather than the decoder's own key lists.
@Suite struct SchemaAgreementTests {
    /// Where in a document a mapping sits.
    enum Context: Hashable, Sendable, CustomTestStringConvertible {
        case top, owner, person
        case event(EventType)

        static let all: [Context] = [.top, .owner, .person] + EventType.allCases.map { .event($0) }

        var testDescription: String {
            switch self {
            case .top: return "top level"
            case .owner: return "owner"
            case .person: return "person"
            case .event(let t): return "\(t.rawValue) event"
            }
        }
    }

    // MARK: The schema

    static func loadSchema() throws -> [String: Any] {
        let data = try Data(contentsOf: PackagePaths.schema.appendingPathComponent("fixture-v1.schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func resolve(_ node: [String: Any], in schema: [String: Any]) -> [String: Any] {
        guard let ref = node["$ref"] as? String, ref.hasPrefix("#/$defs/") else { return node }
        let defs = schema["$defs"] as? [String: Any] ?? [:]
        return defs[String(ref.dropFirst("#/$defs/".count))] as? [String: Any] ?? [:]
    }

    /// The object schema the schema gives `context`.
    static func objectSchema(_ context: Context, in schema: [String: Any]) throws -> [String: Any] {
        let defs = try #require(schema["$defs"] as? [String: Any])
        switch context {
        case .top: return schema
        case .owner: return try #require(defs["owner"] as? [String: Any])
        case .person: return try #require(defs["person"] as? [String: Any])
        case .event(let type):
            let event = try #require(defs["event"] as? [String: Any])
            let branches = try #require(event["oneOf"] as? [[String: Any]])
            return try #require(branches.first { branch in
                let props = branch["properties"] as? [String: Any]
                let typeSchema = props?["type"] as? [String: Any]
                return typeSchema?["const"] as? String == type.rawValue
            }, "no oneOf branch for \(type.rawValue)")
        }
    }

    static func allows(null node: [String: Any], in schema: [String: Any]) -> Bool {
        let n = resolve(node, in: schema)
        if let t = n["type"] as? String, t == "null" { return true }
        if let ts = n["type"] as? [String], ts.contains("null") { return true }
        if let e = n["enum"] as? [Any], e.contains(where: { $0 is NSNull }) { return true }
        for combinator in ["anyOf", "oneOf"] {
            if let branches = n[combinator] as? [[String: Any]], branches.contains(where: { allows(null: $0, in: schema) }) {
                return true
            }
        }
        return false
    }

    /// Every property name the schema mentions, plus near misses.
    static func keyUniverse(_ schema: [String: Any]) throws -> Set<String> {
        var keys: Set<String> = ["nope", "labels", "Note", "kind"]
        for context in Context.all {
            let props = try objectSchema(context, in: schema)["properties"] as? [String: Any] ?? [:]
            keys.formUnion(props.keys)
        }
        return keys
    }

    // MARK: Probing the decoder

    static let t0 = "2026-03-01T10:00:00Z", t1 = "2026-03-02T10:00:00Z"

    /// The smallest valid mapping for `context`: only its required keys.
    static func base(_ context: Context) -> [String: Any] {
        switch context {
        case .top: return ["version": 1, "owner": base(.owner), "people": [base(.person)], "events": [Any]()]
        case .owner: return ["id": "me", "name": "Robin Okafor"]
        case .person: return ["id": "d1", "name": "Dana Whitfield"]
        case .event(let type):
            var e: [String: Any] = ["type": type.rawValue, "at": t1]
            switch type {
            case .invite: e["from"] = "d1"; e["to"] = "me"
            case .accept, .ignore: e["by"] = "me"; e["from"] = "d1"
            case .message: e["from"] = "d1"; e["to"] = "me"; e["body"] = "Hello"
            case .post: e["by"] = "me"; e["id"] = "p2"; e["text"] = "Hiring"
            case .comment: e["by"] = "d1"; e["post"] = "p1"; e["text"] = "Which roles?"
            case .like: e["by"] = "d1"; e["post"] = "p1"
            }
            return e
        }
    }

    /// Events the one under test needs before it.
    static func prerequisites(_ type: EventType) -> [[String: Any]] {
        switch type {
        case .accept, .ignore: return [["type": "invite", "at": t0, "from": "d1", "to": "me"]]
        case .comment, .like: return [["type": "post", "at": t0, "by": "me", "id": "p1", "text": "Hiring"]]
        default: return []
        }
    }

    /// A value that suits `key` in `context` when the key is allowed there.
    static func sample(_ key: String, _ context: Context) -> Any {
        switch key {
        case "title", "headline", "note", "body", "text", "caption", "name": return "Some text"
        case "now": return "2026-03-20T09:00:00Z"
        case "photo": return false
        case "connections", "mutual": return 5
        case "joined", "connected": return "2024-05-01"
        case "label":
            if case .event = context { return "accept" }
            return "thirsty"
        case "engagement": return "unknown"
        case "kind": return "group"
        case "from", "by": return "d1"
        case "to": return "me"
        case "post": return "p1"
        case "version": return 1
        default: return "x"
        }
    }

    /// A whole document with `context`'s mapping replaced by `mapping`.
    static func document(_ context: Context, _ mapping: [String: Any]) -> [String: Any] {
        var doc = base(.top)
        switch context {
        case .top: doc = mapping
        case .owner: doc["owner"] = mapping
        case .person: doc["people"] = [mapping]
        case .event(let type): doc["events"] = prerequisites(type) + [mapping]
        }
        return doc
    }

    static func decodeError(_ doc: [String: Any]) throws -> FixtureError? {
        let data = try JSONSerialization.data(withJSONObject: doc)
        return decodingError([UInt8](data), .json)
    }

    // MARK: Tests

    @Test func baseDocumentsDecode() throws {
        for context in Context.all {
            let error = try Self.decodeError(Self.document(context, Self.base(context)))
            #expect(error == nil, "\(context.testDescription): \(error.map(String.init(describing:)) ?? "")")
        }
    }

    @Test(arguments: Context.all)
    func allowedKeysAgree(_ context: Context) throws {
        let schema = try Self.loadSchema()
        let object = try Self.objectSchema(context, in: schema)
        #expect(object["additionalProperties"] as? Bool == false)
        let schemaKeys = Set((object["properties"] as? [String: Any] ?? [:]).keys)
        let baseMapping = Self.base(context)
        var decoderKeys = Set(baseMapping.keys)
        for key in try Self.keyUniverse(schema) where baseMapping[key] == nil {
            var mapping = baseMapping
            mapping[key] = Self.sample(key, context)
            if let error = try Self.decodeError(Self.document(context, mapping)) {
                let refused = error.message.hasPrefix("unknown key") || error.message.hasPrefix("not allowed on")
                #expect(refused, "\(context.testDescription).\(key): \(error)")
            } else {
                decoderKeys.insert(key)
            }
        }
        #expect(schemaKeys == decoderKeys)
    }

    @Test(arguments: Context.all)
    func requiredKeysAgree(_ context: Context) throws {
        let object = try Self.objectSchema(context, in: try Self.loadSchema())
        let schemaRequired = Set(object["required"] as? [String] ?? [])
        let baseMapping = Self.base(context)
        var decoderRequired = Set<String>()
        for key in baseMapping.keys {
            var mapping = baseMapping
            mapping[key] = nil
            if let error = try Self.decodeError(Self.document(context, mapping)), error.message.hasPrefix("missing required key") {
                decoderRequired.insert(key)
            }
        }
        #expect(schemaRequired == decoderRequired)
        #expect(Set(baseMapping.keys) == schemaRequired, "the probe's base mapping holds exactly the required keys")
    }

    @Test(arguments: Context.all)
    func nullAgrees(_ context: Context) throws {
        let schema = try Self.loadSchema()
        let props = try Self.objectSchema(context, in: schema)["properties"] as? [String: Any] ?? [:]
        for (key, node) in props {
            guard let node = node as? [String: Any] else { continue }
            var mapping = Self.base(context)
            mapping[key] = NSNull()
            let decoderAllows = try Self.decodeError(Self.document(context, mapping)) == nil
            #expect(decoderAllows == Self.allows(null: node, in: schema), "\(context.testDescription).\(key)")
        }
    }

    @Test func enumsMatchTheModel() throws {
        let schema = try Self.loadSchema()
        let defs = try #require(schema["$defs"] as? [String: Any])
        let event = try #require(defs["event"] as? [String: Any])
        let typeEnum = (event["properties"] as? [String: Any])?["type"] as? [String: Any]
        #expect(typeEnum?["enum"] as? [String] == EventType.allCases.map(\.rawValue))
        let personLabel = try Self.objectSchema(.person, in: schema)["properties"] as? [String: Any]
        let personLabels = (personLabel?["label"] as? [String: Any])?["enum"] as? [Any] ?? []
        #expect(Set(personLabels.compactMap { $0 as? String }) == Set(ThreadLabel.allCases.map(\.rawValue)))
        let invite = try Self.objectSchema(.event(.invite), in: schema)["properties"] as? [String: Any]
        #expect((invite?["label"] as? [String: Any])?["enum"] as? [String] == InvitationLabel.allCases.map(\.rawValue))
        let version = (schema["properties"] as? [String: Any])?["version"] as? [String: Any]
        #expect(version?["const"] as? Int == 1)
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    /// The schema's timestamp pattern accepts everything the parser
    /// accepts and refuses the shapes the parser refuses; only calendar
    /// checks (February 30th) are left to the decoder.
    @Test func timestampPatternsMatchTheParser() throws {
        let schema = try Self.loadSchema()
        let defs = try #require(schema["$defs"] as? [String: Any])
        let timestamp = try #require((defs["timestamp"] as? [String: Any])?["pattern"] as? String)
        let dateOnly = try #require(((defs["dateOrTimestamp"] as? [String: Any])?["anyOf"] as? [[String: Any]])?.first?["pattern"] as? String)
        let ts = try NSRegularExpression(pattern: timestamp)
        let date = try NSRegularExpression(pattern: dateOnly)
        func matches(_ re: NSRegularExpression, _ s: String) -> Bool {
            re.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
        }
        let samples = [
            "2026-03-20T09:00:00Z", "2026-03-20T09:00Z", "2026-03-20 09:00:00z", "2026-03-20t09:00:00+02:00",
            "2026-03-20T09:00:00+0200", "2026-03-20T09:00:00.123456Z", "2026-03-20T09:00:00,5-04:30",
            "2026-03-20", "2026-03-20T09:00:00", "2026-03-20T09:00:00.Z", "2026-3-20T09:00:00Z", "20260320T090000Z",
            "2026-03-20T09:00:00 Z", "2026-03-20T09Z", "garbage", "",
        ]
        for s in samples {
            let parses = (try? Timestamp.parse(s)) != nil
            #expect(matches(ts, s) == parses, "\(s)")
            let parsesDateOnly = (try? Timestamp.parse(s, allowDateOnly: true)) != nil
            #expect((matches(ts, s) || matches(date, s)) == parsesDateOnly, "\(s) as a date")
        }
        #expect(matches(ts, "2026-02-30T09:00:00Z"), "calendar checks are the decoder's")
    }
}
