import InboxModel
import OutreachPolicy
import ScreenKit
import Shared

/// A demo played start to finish on the simulated clock, with no terminal:
/// the frames it shows and when, and those frames as an asciicast v2
/// recording (https://docs.asciinema.org/manual/asciicast/v2/) that
/// asciinema's player and tools can play or turn into a GIF.
public enum DemoRecording {
    public struct Frame: Sendable {
        /// Seconds since the recording started.
        public var time: Double
        public var screen: Screen
    }

    /// Real seconds per tick, as the live app ticks (rounded up, so playback
    /// is never faster than live).
    static let tickSeconds = 0.1
    /// A demo never needs this long; a bound so a malformed one cannot loop.
    static let longestRecording = 3_600.0

    /// Every distinct frame the demo shows at the default speed, from its
    /// first event until the end (the final frame is the last one).
    public static func frames(_ inbox: Inbox, title: String? = nil, policy: Policy = Policy(), width: Int = 80, height: Int = 24) -> [Frame] {
        var state = AppState(demo: inbox, title: title, policy: policy, width: width, height: height)
        var frames = [Frame(time: 0, screen: InboxScreen.render(state))]
        var time = 0.0
        while state.wantsTicks, time < longestRecording {
            time += tickSeconds
            _ = state.update(.tick(seconds: tickSeconds))
            let screen = InboxScreen.render(state)
            if screen != frames[frames.count - 1].screen {
                frames.append(Frame(time: time, screen: screen))
            }
        }
        return frames
    }

    /// The asciicast v2 text: a header line, then one `[time, "o", data]`
    /// line per frame, each frame drawn as a diff from the one before.
    public static func asciicast(_ inbox: Inbox, title: String? = nil, policy: Policy = Policy(), width: Int = 80, height: Int = 24) -> String {
        let frames = frames(inbox, title: title, policy: policy, width: width, height: height)
        var header = JSONWriter()
        header.beginObject()
        header.field("version", 2)
        header.field("width", width)
        header.field("height", height)
        header.field("title", TerminalText.sanitize(title ?? inbox.title ?? "Demo"))
        header.beginObject("env")
        header.field("TERM", "xterm-256color")
        header.endObject()
        header.endObject()
        var out = header.text + "\n"
        var renderer = ANSIRenderer()
        for (i, frame) in frames.enumerated() {
            var data = renderer.render(frame.screen)
            if i == frames.count - 1 { data += ANSIRenderer.reset }
            out += "[" + seconds(frame.time) + ", \"o\", " + JSONWriter.quoted(data) + "]\n"
        }
        return out
    }

    /// "12.300": milliseconds, so files are stable across platforms.
    static func seconds(_ t: Double) -> String {
        let ms = Int((t * 1000).rounded())
        let fraction = String(ms % 1000)
        return String(ms / 1000) + "." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
