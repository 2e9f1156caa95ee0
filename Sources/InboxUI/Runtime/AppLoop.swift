import InboxModel
import ScreenKit
import Shared

/// Runs the browser on a terminal: draw, read a key, update, perform the
/// effects, draw again. Terminal-agnostic, so tests drive it with a
/// `RecordingTerminal` and the binary with ncurses.
public struct AppLoop {
    /// Performs a side effect the reducer asked for, returning a message to
    /// feed back (e.g. an editor's result), or throwing to report failure.
    public typealias Performer = (Effect, any Terminal) throws -> Message?

    public var replay: [Key]
    /// How often to tick while a simulated clock is running.
    public var tickMilliseconds = 50
    /// Simulated clocks see wall time times this: 1 in use; 0 holds a
    /// playing demo still, so tests step it by hand.
    public var timeScale: Double = 1

    public init(replay: [Key] = []) { self.replay = replay }

    /// Runs until a quit effect or closed input; returns the final state.
    public func run(_ initial: AppState, on terminal: any Terminal, perform: Performer) -> AppState {
        var state = initial
        var size = terminal.size
        _ = state.update(.resize(width: size.width, height: size.height))
        terminal.draw(InboxScreen.render(state))
        var pending = replay[...]
        var lastTick = MonotonicClock.now()
        var idleYet = false
        // Work the reducer asked for that runs on another core; each
        // answers with a message once done.
        var background: [BackgroundWork<Message>] = []
        var messages: [Message] = []
        while true {
            let key: Key?
            if let next = pending.first {
                pending = pending.dropFirst()
                key = next
            } else if !idleYet {
                // The first wait for a key is the first idle moment: tell
                // the reducer then, not before the first frame nor on a
                // replayed run that never waits (`--keys q` quits first).
                idleYet = true
                key = nil
                messages.append(.idle)
            } else {
                let waitForWork = background.isEmpty ? nil : Self.pollMilliseconds
                let timeout = state.wantsTicks ? min(tickMilliseconds, waitForWork ?? tickMilliseconds) : waitForWork
                do {
                    key = try terminal.readKey(timeoutMilliseconds: timeout)
                } catch {
                    return state
                }
            }
            if let key {
                if key == .resize || terminal.size != size {
                    size = terminal.size
                    messages.append(.resize(width: size.width, height: size.height))
                }
                if key != .resize { messages.append(.key(key)) }
            }
            background.removeAll { work in
                guard work.isReady else { return false }
                messages.append(work.value)
                return true
            }
            if state.wantsTicks {
                let now = MonotonicClock.now()
                messages.append(.tick(seconds: (now - lastTick) * timeScale))
                lastTick = now
            } else {
                lastTick = MonotonicClock.now()
            }
            var quit = false
            while !messages.isEmpty {
                let message = messages.removeFirst()
                for effect in state.update(message) {
                    if let work = effect.backgroundWork {
                        background.append(BackgroundWork(work))
                        continue
                    }
                    switch effect {
                    case .quit:
                        quit = true
                    case .persist(let event):
                        // Written means applied; not written means not applied.
                        do {
                            _ = try perform(effect, terminal)
                            messages.append(.persisted(event))
                        } catch {
                            messages.append(.persistFailed(event, "\(error)"))
                        }
                    case .persistUndo(let event):
                        do {
                            _ = try perform(effect, terminal)
                            messages.append(.undone(event))
                        } catch {
                            messages.append(.effectFailed("Not undone: could not save (\(error))"))
                        }
                    default:
                        do {
                            if let reply = try perform(effect, terminal) { messages.append(reply) }
                        } catch {
                            messages.append(.effectFailed("\(error)"))
                        }
                    }
                }
            }
            if quit { return state }
            terminal.draw(InboxScreen.render(state))
        }
    }

    /// How often to look for finished background work while it runs.
    static let pollMilliseconds = 25
}

/// Seconds on a monotonic clock, for the demo's real-time ticks.
enum MonotonicClock {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
