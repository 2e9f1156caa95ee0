/// The two spellings of fixture format v1.
public enum FixtureFormat: String, Sendable, CaseIterable {
    case json, yaml

    /// By file extension, then by content: a document starting with `{` is JSON.
    public static func guess<Bytes: Collection<UInt8>>(path: String?, bytes: Bytes) -> FixtureFormat {
        if let path {
            let lower = path.lowercased()
            if lower.hasSuffix(".json") { return .json }
            if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
        }
        let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        return first == UInt8(ascii: "{") ? .json : .yaml
    }
}
