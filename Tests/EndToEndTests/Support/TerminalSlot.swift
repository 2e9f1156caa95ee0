import Foundation
import Synchronization
import Testing

/// Bounds how many end-to-end tests run at once.
///
/// Swift Testing starts every test it can at the same time. Dozens of debug
/// binaries, tmux servers and shells starting together on a two-core
/// machine starve each other until waits time out, so every end-to-end
/// suite carries `.terminalSlot`: each of its test cases first takes one
/// of a few slots, waiting (without holding a thread) for one to be free.
/// `THIRSTY_E2E_JOBS` sets how many (default 1: one at a time).
///
/// `TmuxSession` and `ShellSession` refuse to start outside a slot, so a
/// new suite that forgets the trait fails at once instead of on a slow day.
struct TerminalSlot: SuiteTrait, TestTrait, TestScoping {
    /// Reaches every test inside the suite, nested suites included.
    var isRecursive: Bool { true }

    @TaskLocal static var isHeld = false

    /// One scope per test case (a parameterized test's cases each take
    /// their own slot); none for a suite or a whole test function.
    func scopeProvider(for test: Test, testCase: Test.Case?) -> TerminalSlot? {
        test.isSuite || testCase == nil ? nil : self
    }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        if Self.isHeld {
            try await function()
            return
        }
        await Self.slots.acquire()
        defer { Self.slots.release() }
        try await Self.$isHeld.withValue(true) {
            try await function()
        }
    }

    static let slots: Slots = {
        let configured = ProcessInfo.processInfo.environment["THIRSTY_E2E_JOBS"].flatMap { Int($0) } ?? 1
        return Slots(count: max(1, configured))
    }()

    /// Throws unless the caller runs inside a slot.
    static func requireHeld(_ what: String) throws {
        guard isHeld else {
            throw SlotMissing(description: "\(what) started outside a `.terminalSlot` suite: add the trait so end-to-end tests do not all start at once")
        }
    }

    struct SlotMissing: Error, CustomStringConvertible {
        var description: String
    }

    /// A counting semaphore whose waiters are suspended tasks, not blocked
    /// threads: the cooperative pool has one thread per core, and blocking
    /// them would stall the very tests holding the slots.
    final class Slots: Sendable {
        private struct State {
            var free: Int
            var waiting: [CheckedContinuation<Void, Never>] = []
        }

        private let state: Mutex<State>

        init(count: Int) { state = Mutex(State(free: count)) }

        func acquire() async {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let granted = state.withLock { state -> Bool in
                    if state.free > 0 {
                        state.free -= 1
                        return true
                    }
                    state.waiting.append(continuation)
                    return false
                }
                if granted { continuation.resume() }
            }
        }

        /// Hands the slot straight to the longest waiter, if any.
        func release() {
            let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
                if state.waiting.isEmpty {
                    state.free += 1
                    return nil
                }
                return state.waiting.removeFirst()
            }
            next?.resume()
        }
    }
}

extension Trait where Self == TerminalSlot {
    /// Runs each test case of the suite in one of a few shared slots (see `TerminalSlot`).
    static var terminalSlot: Self { TerminalSlot() }
}
