import Foundation
import ScreenKit
import Testing

/// Golden files of rendered screens, under `Goldens/`.
///
/// `<name>.txt` holds the screen's rows exactly, trailing blanks included,
/// so every line is as wide as the screen; `<name>.styles.txt` holds the
/// style of every cell (see `StyleMap`), so a lost bold or a changed
/// colour fails like changed text. Run the tests with
/// `THIRSTY_UPDATE_GOLDENS=1` to write them anew, then review the diff.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Goldens")

    static var updating: Bool { ProcessInfo.processInfo.environment["THIRSTY_UPDATE_GOLDENS"] == "1" }

    /// Compares `screen` with `Goldens/<name>.txt`; records an issue with a
    /// row-by-row diff when they differ.
    static func check(_ screen: Screen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        checkText(screen, named: name, sourceLocation: sourceLocation)
        if let difference = compareStyles(screen, named: name) {
            Issue.record(Comment(rawValue: difference), sourceLocation: sourceLocation)
        }
    }

    /// Compares (or with `THIRSTY_UPDATE_GOLDENS=1`, writes) the styles
    /// golden; returns why it differs, or nil.
    /// `update: false` only compares, whatever the environment says.
    static func compareStyles(_ screen: Screen, named name: String, update: Bool = updating) -> String? {
        let url = directory.appendingPathComponent(name + ".styles.txt")
        let actual = StyleMap.text(of: screen)
        if update {
            do {
                try Data(actual.utf8).write(to: url)
            } catch {
                return "\(name): could not write the styles golden: \(error)"
            }
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "\(name): no golden at Goldens/\(name).styles.txt; run with THIRSTY_UPDATE_GOLDENS=1 to write it"
        }
        guard expected != actual else { return nil }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return "\(name) styles differ from Goldens/\(name).styles.txt (THIRSTY_UPDATE_GOLDENS=1 rewrites it):\n" + diff(expected: e, actual: a)
    }

    static func checkText(_ screen: Screen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = screen.lines
        // Guard the grid itself: a row wider or narrower than the screen
        // means a wide character was split or double-counted.
        for (i, line) in actual.enumerated() where line.displayWidth != screen.width {
            Issue.record("\(name): row \(i) is \(line.displayWidth) columns wide, not \(screen.width):\n\(line)", sourceLocation: sourceLocation)
        }
        let url = directory.appendingPathComponent(name + ".txt")
        let text = actual.joined(separator: "\n") + "\n"
        if updating {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            } catch {
                Issue.record("\(name): could not write the golden: \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expectedText = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("\(name): no golden at Goldens/\(name).txt; run with THIRSTY_UPDATE_GOLDENS=1 to write it", sourceLocation: sourceLocation)
            return
        }
        guard expectedText != text else { return }
        var expected = expectedText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if expected.last == "" { expected.removeLast() }
        let report: String = Self.diff(expected: expected, actual: actual)
        Issue.record("\(name) differs from Goldens/\(name).txt (THIRSTY_UPDATE_GOLDENS=1 rewrites it):\n\(report)", sourceLocation: sourceLocation)
    }

    /// Rows that differ, each as `-` expected / `+` actual with a caret
    /// under the first differing column; `|` marks the row ends so
    /// trailing blanks show.
    static func diff(expected: [String], actual: [String]) -> String {
        var out: [String] = []
        if expected.count != actual.count { out.append("rows: expected \(expected.count), got \(actual.count)") }
        for i in 0..<max(expected.count, actual.count) {
            let e = i < expected.count ? expected[i] : nil
            let a = i < actual.count ? actual[i] : nil
            guard e != a else { continue }
            let label = String(format: "%3d", i)
            out.append("\(label) -|\(e ?? "(missing)")|")
            out.append("\(label) +|\(a ?? "(missing)")|")
            if let e, let a {
                let column = zip(e, a).prefix { $0 == $1 }.reduce(0) { $0 + $1.0.displayWidth }
                out.append("      " + String(repeating: " ", count: column) + "^ column \(column)")
            }
        }
        return out.joined(separator: "\n")
    }
}
