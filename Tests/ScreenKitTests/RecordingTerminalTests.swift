import Testing
import ScreenKit

@Suite("Recording terminal")
struct RecordingTerminalTests {
    @Test func feedsScriptThenReportsClosedInput() throws {
        let terminal = RecordingTerminal(
            size: Size(width: 20, height: 5),
            script: [.key(.char("j")), .timeout, .resize(Size(width: 30, height: 8)), .key(.enter)]
        )
        #expect(try terminal.readKey(timeoutMilliseconds: nil) == .char("j"))
        #expect(try terminal.readKey(timeoutMilliseconds: 1000) == nil)
        #expect(try terminal.readKey(timeoutMilliseconds: 1000) == .resize)
        #expect(terminal.size == Size(width: 30, height: 8))
        #expect(try terminal.readKey(timeoutMilliseconds: nil) == .enter)
        #expect(terminal.isExhausted)
        #expect(throws: TerminalError.inputClosed) { try terminal.readKey(timeoutMilliseconds: nil) }
        #expect(terminal.readTimeouts == [nil, 1000, 1000, nil, nil])
    }

    @Test func recordsFramesAndLifecycle() throws {
        let terminal = try RecordingTerminal(keys: "q")
        var screen = Screen(size: terminal.size)
        screen.put("Invitations", x: 0, y: 0)
        terminal.draw(screen)
        screen.put("Messages", x: 0, y: 1)
        terminal.draw(screen)
        terminal.suspend()
        #expect(terminal.isSuspended)
        terminal.resume()
        terminal.stop()
        terminal.stop()
        #expect(terminal.frames.count == 2)
        #expect(terminal.frames[0].lines[1].trimmingSuffixSpaces == "")
        #expect(terminal.lastFrame?.lines[1].trimmingSuffixSpaces == "Messages")
        #expect(terminal.suspendCount == 1 && terminal.resumeCount == 1)
        #expect(!terminal.isSuspended && terminal.isStopped)
        #expect(try terminal.readKey(timeoutMilliseconds: nil) == .char("q"))
    }

    @Test func errorsReadAsOneLine() {
        let errors: [TerminalError] = [
            .inputClosed, .notATerminal("stdin is not a terminal"), .unsupportedTerminal("TERM is not set"),
            .startFailed("could not start curses"),
        ]
        for error in errors {
            #expect(!error.description.isEmpty)
            #expect(!error.description.contains("\n"))
        }
    }
}

extension String {
    fileprivate var trimmingSuffixSpaces: Substring {
        var copy = self[...]
        while copy.last == " " { copy = copy.dropLast() }
        return copy
    }
}
