import Foundation
import InboxModel
@testable import InboxUI
import ScreenKit
import Testing

/// `thirsty demo NAME --record FILE.cast`: every bundled demo's recording is
/// asciicast v2 and, replayed through a real terminal emulator (pyte, in
/// `Tests/Tools/replay-cast.py`), shows exactly the frames the demo draws.
@Suite struct DemoRecordingTests {
    struct Replay: Decodable {
        struct Frame: Decodable {
            var time: Double
            var lines: [String]
        }
        var width: Int
        var height: Int
        var title: String?
        var frames: [Frame]
        var finalStyles: [[String]]
    }

    struct ToolFailed: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs the replay script on `cast` and decodes what it saw.
    static func replay(_ cast: String) throws -> Replay {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-cast-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("demo.cast")
        try Data(cast.utf8).write(to: file)
        let output = directory.appendingPathComponent("replay.json")
        let errors = directory.appendingPathComponent("replay.err")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", DemoSupport.root.appendingPathComponent("Tests/Tools/replay-cast.py").path, file.path]
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw ToolFailed(description: "replay-cast.py exited \(process.terminationStatus): \(message) (pyte comes from `pip install pyte`; .ci/run installs it)")
        }
        return try JSONDecoder().decode(Replay.self, from: Data(contentsOf: output))
    }

    /// pyte's name for a cell's style, as `replay-cast.py` prints it (pyte
    /// does not track dim, and calls yellow brown).
    static func pyteStyle(_ style: Style) -> String {
        let names = ["black", "red", "green", "brown", "blue", "magenta", "cyan", "white"]
        func colour(_ c: Color) -> String {
            guard let i = c.paletteIndex else { return "default" }
            return i < 8 ? names[i] : i < 16 ? "bright" + names[i - 8] : "indexed \(i)"
        }
        return [colour(style.fg), colour(style.bg), style.bold ? "bold" : "", style.italic ? "italic" : "",
                style.underline ? "underline" : "", style.reverse ? "reverse" : ""].joined(separator: ",")
    }

    @Test(arguments: DemoSupport.names)
    func castReplaysToTheFramesTheDemoDraws(_ name: String) throws {
        let inbox = try DemoSupport.inbox(name)
        let frames = DemoRecording.frames(inbox)
        let replay = try Self.replay(DemoRecording.asciicast(inbox))
        #expect(replay.width == 80 && replay.height == 24)
        #expect(replay.title == inbox.title)
        try #require(replay.frames.count == frames.count)
        for (i, (played, drawn)) in zip(replay.frames, frames).enumerated() {
            #expect(played.lines == drawn.screen.lines, "\(name): frame \(i) at \(drawn.time)s")
            #expect(abs(played.time - drawn.time) < 0.001)
        }
        // The final screen, cell by cell, in colour and attributes too.
        let last = try #require(frames.last).screen
        let drawnStyles = (0..<last.height).map { y in
            (0..<last.width).compactMap { x in last[x, y].isContinuation ? nil : Self.pyteStyle(last[x, y].style) }
        }
        #expect(replay.finalStyles == drawnStyles)
    }

    @Test func theLastFrameIsTheFinishedDemo() throws {
        let inbox = try DemoSupport.inbox("the-article")
        var state = AppState(demo: inbox)
        while state.wantsTicks { _ = state.update(.tick(seconds: 0.25)) }
        let frames = DemoRecording.frames(inbox)
        #expect(try #require(frames.last).screen == InboxScreen.render(state))
        #expect(InboxScreen.render(state).text.contains("FLAGGED"))
    }

    /// At the simulated pace: frames only move forward in time, and every
    /// event gets its reading pause before the next one lands.
    @Test(arguments: DemoSupport.names)
    func framesFollowTheSimulatedClock(_ name: String) throws {
        let inbox = try DemoSupport.inbox(name)
        let frames = DemoRecording.frames(inbox)
        #expect(frames.first?.time == 0)
        #expect(zip(frames, frames.dropFirst()).allSatisfy { $0.time < $1.time })
        let steps = try #require(AppState(demo: inbox).demo).steps.count
        #expect(try #require(frames.last).time >= Double(steps - 1) * DemoState.shortestPause * 0.99)
    }

    @Test func aLargerSizeIsInTheHeaderAndTheFrames() throws {
        let inbox = try DemoSupport.inbox("side-by-side")
        let replay = try Self.replay(DemoRecording.asciicast(inbox, width: 120, height: 40))
        #expect(replay.width == 120 && replay.height == 40)
        #expect(replay.frames.last?.lines == DemoRecording.frames(inbox, width: 120, height: 40).last?.screen.lines)
    }

    @Test func theHeaderLineIsAsciicastVersionTwo() throws {
        let cast = DemoRecording.asciicast(try DemoSupport.inbox("cold-pitch"))
        let header = try #require(cast.split(separator: "\n").first)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(header.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 2)
        #expect(json["width"] as? Int == 80)
        #expect(json["height"] as? Int == 24)
        #expect(cast.hasSuffix("\n"))
    }
}
