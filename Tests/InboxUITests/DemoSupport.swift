import BundledFixtures
import Foundation
import InboxModel
@testable import InboxUI
import Testing

/// Bundled demos and golden files for the demo tests.
enum DemoSupport {
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    static var names: [String] { Bundled.demos.map(\.name) }

    static func inbox(_ name: String) throws -> Inbox {
        guard let demo = Bundled.demos.first(where: { $0.name == name }) else { throw Missing(description: "no bundled demo \(name)") }
        return try FixtureDecoder.decode(demo.yaml, format: .yaml, file: name + ".yaml")
    }

    static func inbox(yaml: String) throws -> Inbox {
        try FixtureDecoder.decode(yaml, format: .yaml, file: "test.yaml")
    }

    /// A demo paused at its first event, so nothing moves unless a test says so.
    static func paused(_ inbox: Inbox, width: Int = 80, height: Int = 24) -> AppState {
        var s = AppState(demo: inbox, width: width, height: height)
        _ = s.run(demo: .togglePause)
        return s
    }

    /// `<root>/Tests/InboxUITests/DemoSupport.swift` → `<root>`.
    static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let goldens = root.appendingPathComponent("Tests/InboxUITests/Goldens/demos")

    /// Compares a transcript with the golden file `name` (screens go through
    /// `GoldenFile`); with `THIRSTY_UPDATE_GOLDENS=1`, rewrites it instead.
    static func expectGolden(_ actual: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = goldens.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["THIRSTY_UPDATE_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: goldens, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden \(name); run with THIRSTY_UPDATE_GOLDENS=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            let got = line < a.count ? String(a[line]) : "<end>"
            let want = line < e.count ? String(e[line]) : "<end>"
            Issue.record("\(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n(THIRSTY_UPDATE_GOLDENS=1 rewrites goldens)", sourceLocation: sourceLocation)
        }
    }
}

extension AppState {
    /// Presses demo keys by action name.
    mutating func press(_ actions: DemoAction...) {
        for a in actions { _ = run(demo: a) }
    }

    /// The rendered screen as text.
    var demoScreen: String { InboxScreen.render(self).text }
}
