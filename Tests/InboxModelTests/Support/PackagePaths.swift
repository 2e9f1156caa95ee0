import Foundation

/// Where the package's files are, found from this source file's path so the
/// tests work from any working directory.
enum PackagePaths {
    /// `<root>/Tests/InboxModelTests/Support/PackagePaths.swift` → `<root>`,
    /// with symlinks resolved so walking `Fixtures/` finds real files.
    static let root: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let fixtures = root.appendingPathComponent("Fixtures")
    static let malformed = fixtures.appendingPathComponent("malformed")
    static let schema = fixtures.appendingPathComponent("schema")

    /// Fixture files under `folder`, recursively, sorted. JSON Schema files
    /// (`*.schema.json`) describe fixtures and are not themselves fixtures.
    static func files(under folder: URL, extensions: Set<String> = ["yaml", "yml", "json"]) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var found: [URL] = []
        for case let url as URL in walker where extensions.contains(url.pathExtension.lowercased()) {
            if url.lastPathComponent.hasSuffix(".schema.json") { continue }
            found.append(url)
        }
        return found.sorted { $0.path < $1.path }
    }

    /// `Fixtures/demos/a.yaml` for a file under the package root.
    static func relative(_ url: URL) -> String {
        let full = url.standardizedFileURL.path
        let base = root.standardizedFileURL.path + "/"
        return full.hasPrefix(base) ? String(full.dropFirst(base.count)) : full
    }

    /// The `thirsty` executable built next to this test bundle, if any.
    static var thirsty: URL? {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidate = exe.deletingLastPathComponent().appendingPathComponent("thirsty")
        return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
    }
}
