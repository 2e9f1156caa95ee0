import Foundation
import InboxModel
import Testing

/// Every file in `Fixtures/malformed/` is rejected with the error its entry
/// in `expected.json` names, as one printable line, within a time limit.
@Suite struct HostileFileTests {
    struct Expected: Decodable {
        var location: String?
        var path: String
        var message: String
        var description: String?
    }

    static let manifestURL = PackagePaths.malformed.appendingPathComponent("expected.json")

    static var manifest: [String: Expected] {
        get throws { try JSONDecoder().decode([String: Expected].self, from: Data(contentsOf: manifestURL)) }
    }

    static var fileNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: PackagePaths.malformed.path)) ?? []
        return names.filter { $0 != "expected.json" && $0 != "README.md" }.sorted()
    }

    @Test func manifestAndFilesMatch() throws {
        let manifest = try Self.manifest
        #expect(Set(manifest.keys) == Set(Self.fileNames), "every malformed file needs an entry in expected.json and vice versa")
        #expect(Self.fileNames.count >= 40)
    }

    @Test(arguments: fileNames)
    func rejectsWithTheExpectedError(name: String) throws {
        let expected = try #require(try Self.manifest[name], "no entry in expected.json")
        let url = PackagePaths.malformed.appendingPathComponent(name)
        let bytes = [UInt8](try Data(contentsOf: url))
        let format = FixtureFormat.guess(path: name, bytes: bytes)
        let outcome = try #require(Bounded.decode(bytes, format, file: name, seconds: 10), "did not finish in 10 s")
        let error = try #require(outcome.error, "decoded without error")
        #expect(error.location.map { "\($0.line):\($0.column)" } == expected.location)
        #expect(error.path == expected.path)
        #expect(error.message == expected.message)
        #expect(error.file == name)
        if let line = expected.description { #expect(error.description == line) }
        #expect(error.description.isPrintableLine, "\(error.description)")
    }

    /// The loader reports the file it was given, with the same error.
    @Test func loaderNamesTheFile() throws {
        let url = PackagePaths.malformed.appendingPathComponent("unknown-person.yaml")
        #expect(throws: FixtureLoadError.self) { try FixtureLoader.load(path: url.path) }
        do {
            _ = try FixtureLoader.load(path: url.path)
        } catch {
            guard case .invalid(let e) = error else {
                Issue.record("expected .invalid, got \(error)")
                return
            }
            #expect(e.file == url.path)
            #expect(error.description == e.description)
            #expect(e.description.hasPrefix(url.path + ":6:53: events[0].from: "))
        }
    }

    @Test func loaderRefusesADirectory() {
        #expect(throws: FixtureLoadError.unreadable(path: PackagePaths.malformed.path, reason: "is a directory")) {
            try FixtureLoader.load(path: PackagePaths.malformed.path)
        }
    }
}

extension String {
    /// One line with no control characters: what a terminal can show inertly.
    var isPrintableLine: Bool {
        !unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" }
    }
}
