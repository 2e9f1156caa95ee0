import Foundation
import InboxModel

extension Evaluation {
    /// The fixtures (`.yaml`, `.yml`, `.json`) directly in `directory`, in
    /// name order, decoded; the first file that fails stops the load.
    public static func loadCorpus(directory: String) throws -> [(source: String, inbox: Inbox)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { n in [".yaml", ".yml", ".json"].contains { n.lowercased().hasSuffix($0) } }
            .sorted()
        var out: [(source: String, inbox: Inbox)] = []
        for name in names {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            out.append((name, try FixtureLoader.load(path: path)))
        }
        return out
    }
}
