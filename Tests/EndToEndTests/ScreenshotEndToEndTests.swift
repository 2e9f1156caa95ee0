import Foundation
import Testing

/// `scripts/screenshot.sh` makes the README's pictures from the real binary
/// in tmux (capture-pane with colours, drawn to PNG by Pillow), so they can
/// be made again whenever the screen changes and cannot silently go stale.
@Suite(.terminalSlot) struct ScreenshotEndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The script installs Pillow with pip when it is missing; without
    /// Python or pip it cannot, and says so (exit 69).
    static var rendererInstallable: Bool {
        guard let python = try? Spawn.run("python3", ["-c", "import PIL"], timeout: .seconds(60)) else { return false }
        if python.status == 0 { return true }
        return (try? Spawn.run("python3", ["-m", "pip", "--version"], timeout: .seconds(60)))?.status == 0
    }

    @Test(.enabled(if: rendererInstallable, "no Python with Pillow or pip to install it: the PNG renderer cannot run"))
    func theScriptDrawsBothScreenshotsInColour() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("thirsty-shots-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: out) }
        var env = ProcessInfo.processInfo.environment
        env["THIRSTY_BINARY"] = TmuxSession.binary
        let run = try Spawn.run(Self.root.appendingPathComponent("scripts/screenshot.sh").path, [out.path], environment: env, timeout: .seconds(600))
        #expect(run.status == 0, "screenshot.sh: \(run.stderr.suffix(2000))")
        for (name, columns, rows) in [("inbox-80x24", 80, 24), ("thread-200x50", 200, 50)] {
            let png = out.appendingPathComponent(name + ".png")
            let data = try Data(contentsOf: png)
            #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(name) is not a PNG")
            #expect(data.count < 150_000, "\(name) is \(data.count) bytes")
            // Width and height from the IHDR chunk: one cell is a few pixels, wider than tall rows are not.
            let width = data[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = data[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(width / columns >= 6 && width / columns <= 12, "\(name): \(width)x\(height)")
            #expect(height / rows >= 12 && height / rows <= 24, "\(name): \(width)x\(height)")
            // The colours came through: FLAGGED in red (dimmed in a pane without
            // the keys) and the focused frame in green.
            let probe = """
            from PIL import Image
            im = Image.open('\(png.path)').convert('RGB')
            px = list(im.getdata())
            red = sum(1 for r, g, b in px if r > 140 and g < 90 and b < 90)
            green = sum(1 for r, g, b in px if g > 150 and r < 60 and b < 150)
            print(red, green)
            """
            let counts = try Spawn.run("python3", ["-c", probe], timeout: .seconds(120))
            let numbers = counts.stdout.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
            #expect(numbers.count == 2 && numbers.allSatisfy { $0 > 50 }, "\(name): red and green pixels \(counts.stdout) \(counts.stderr)")
        }
    }
}
