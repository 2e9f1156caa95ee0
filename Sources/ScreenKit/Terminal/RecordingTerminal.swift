/// A `Terminal` for tests: feeds scripted input and records every frame.
///
/// When the script runs out `readKey` throws `TerminalError.inputClosed`,
/// exactly as the real terminal does when its input goes away, so an app
/// loop under test ends instead of waiting forever.
public final class RecordingTerminal: Terminal {
    /// One scripted thing for `readKey` to return.
    public enum Input: Hashable, Sendable {
        case key(Key)
        /// The read times out with no key (a tick of the demo clock).
        case timeout
        /// The terminal becomes this size; `readKey` returns `.resize`.
        case resize(Size)
    }

    public private(set) var size: Size
    /// Every screen passed to `draw`, in order.
    public private(set) var frames: [Screen] = []
    /// The timeout each `readKey` call asked for, in order.
    public private(set) var readTimeouts: [Int?] = []
    public private(set) var suspendCount = 0
    public private(set) var resumeCount = 0
    public private(set) var isStopped = false
    public private(set) var isSuspended = false
    private var script: [Input]
    private var position = 0

    public init(size: Size = Size(width: 80, height: 24), script: [Input] = []) {
        self.size = size
        self.script = script
    }

    /// Scripted keys from notation such as `"jj<Enter>q"`.
    public convenience init(size: Size = Size(width: 80, height: 24), keys notation: String) throws(KeyNotationError) {
        self.init(size: size, script: try Key.parse(notation).map { Input.key($0) })
    }

    /// The most recent frame, or nil before the first draw.
    public var lastFrame: Screen? { frames.last }

    /// True when every scripted input has been read.
    public var isExhausted: Bool { position >= script.count }

    /// Adds inputs after those already scripted.
    public func append(_ inputs: [Input]) {
        script += inputs
    }

    public func draw(_ screen: Screen) {
        frames.append(screen)
    }

    public func readKey(timeoutMilliseconds: Int?) throws(TerminalError) -> Key? {
        readTimeouts.append(timeoutMilliseconds)
        guard position < script.count else { throw .inputClosed }
        let input = script[position]
        position += 1
        switch input {
        case .key(let key): return key
        case .timeout: return nil
        case .resize(let newSize):
            size = newSize
            return .resize
        }
    }

    public func suspend() {
        suspendCount += 1
        isSuspended = true
    }

    public func resume() {
        resumeCount += 1
        isSuspended = false
    }

    public func stop() {
        isStopped = true
    }
}
