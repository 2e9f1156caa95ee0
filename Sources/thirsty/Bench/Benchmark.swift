import InboxModel
import InboxUI
import OutreachPolicy
import ScreenKit
import Shared

/// `thirsty bench`: the browser's own startup and key handling, timed, on
/// the same code paths the program runs (the fixture loader, the policy,
/// `AppState`, `InboxScreen.render`) with the screen kept in memory.
struct Benchmark {
    static let width = 120
    static let height = 40
    static let keyCount = 1_000
    static let draftLength = 2_000
    static let coachRuns = 101

    let path: String

    func run() throws -> BenchReport {
        var r = BenchReport(file: path)

        // What `thirsty FILE` does before its first frame, the rulebook
        // compiled on the second core while the fixture loads, as there.
        let openStart = Stopwatch.now()
        let cache = CountingCache(RulebookCacheDirectory.standard())
        let rulebook = BackgroundWork { Stopwatch.measure { Result { () throws(UserError) in try PolicyOptions.builtIn(cache: cache) } } }
        // A large export opens on all but its messages, as the browser
        // does; they are read after the first frame (timed below).
        let ((first, pending), load) = try Stopwatch.measure { try FixtureInput.loadInStages(path) }
        r.load = load
        r.residentAfter.append(("load", ProcessMemory.resident, ProcessMemory.peakResident))
        let ((built, rules), wait) = Stopwatch.time { rulebook.value }
        let policy = try built.get()
        r.rules = rules
        r.rulesWait = wait
        r.rulesFromCache = cache.hit
        var (state, analyse) = Stopwatch.measure { AppState(inbox: first, policy: policy, width: Self.width, height: Self.height) }
        if let pending { state.readLater(pending) }
        Heap.trim()
        r.analyse = analyse
        r.residentAfter.append(("analyse", ProcessMemory.resident, ProcessMemory.peakResident))
        let (_, frame) = Stopwatch.measure { () -> Screen in
            _ = state.update(.resize(width: Self.width, height: Self.height))
            return InboxScreen.render(state)
        }
        r.firstFrame = frame
        r.open = Stopwatch.now() - openStart
        // As the browser does once its first frame is up: the search index
        // builds on the other core and reaches the reducer as a message,
        // as do match counts later.
        var background: [BackgroundWork<Message>] = []
        for effect in state.update(.idle) {
            guard let work = effect.backgroundWork else { continue }
            guard case .readRest = effect else {
                background.append(BackgroundWork(work))
                continue
            }
            // The rest of an export, read and judged: on the other core in
            // the browser, here on this one, timed from the start.
            let (read, rest) = Stopwatch.measure { work() }
            r.rest = rest
            r.whole = Stopwatch.now() - openStart
            background += state.update(read).compactMap { $0.backgroundWork.map { BackgroundWork($0) } }
        }
        let inbox = state.inbox

        r.describe(inbox: inbox, state: state.folded)

        // Each key: the reducer and a full redraw, as the loop does per key.
        var samples: [Double] = []
        samples.reserveCapacity(Self.keyCount)
        let script = KeyScript.keys(count: Self.keyCount)
        // Where each key was pressed: the same key costs differently typed
        // into a prompt and run as a command.
        var contexts: [String] = []
        contexts.reserveCapacity(Self.keyCount)
        for key in script {
            contexts.append(state.keyContext.rawValue)
            let (_, t) = Stopwatch.time { () -> Screen in
                // As the loop does: finished work answers before the key.
                var messages: [Message] = []
                background.removeAll { work in
                    guard work.isReady else { return false }
                    messages.append(work.value)
                    return true
                }
                messages.append(.key(key))
                for message in messages {
                    background += state.update(message).compactMap { $0.backgroundWork.map { BackgroundWork($0) } }
                }
                return InboxScreen.render(state)
            }
            samples.append(t)
        }
        r.keySeconds = samples
        r.slowestKeys = samples.indices.sorted { samples[$0] > samples[$1] }.prefix(5).map { (script[$0].notation, $0, contexts[$0], samples[$0]) }
        r.peakResidentBytes = ProcessMemory.peakResident
        r.residentAfter.append(("keys", ProcessMemory.resident, ProcessMemory.peakResident))

        // Beyond the program's own path: the policy alone, on both cores and
        // on one, for its throughput in message text; and the coach.
        r.analysis = Stopwatch.measure { policy.analyze(inbox, state: state.folded) }.1
        r.analysisOneCore = Stopwatch.best(of: 3) { _ = policy.analyze(inbox, state: state.folded, parallel: false) }
        if policy.learned != nil {
            var without = policy
            without.learned = nil
            r.analysisWithoutLearnedOneCore = Stopwatch.best(of: 3) { _ = without.analyze(inbox, state: state.folded, parallel: false) }
        }
        r.analysisEveryTextOneCore = Stopwatch.best(of: 3) { _ = policy.analyze(inbox, state: state.folded, parallel: false, reuseRepeats: false) }
        r.textScanOneCore = Stopwatch.best(of: 3) { _ = policy.scanMessageText(inbox, state: state.folded) }
        (r.distinctTexts, r.distinctTextBytes) = policy.distinctMessageTexts(inbox, state: state.folded)
        r.coachSeconds = coachSamples(inbox: inbox, state: state.folded, policy: policy)
        // Compiling the rulebook's patterns, as a first run does.
        r.rulesCompile = Stopwatch.best(of: 3) { _ = try? Rulebook.builtIn(cache: CountingCache(nil)) }
        if FixtureInput.isExport(path) { r.exportPhases = try ExportBench.phases(path) }
        return r
    }

    /// The coach re-scoring a 2,000-character draft to the person with the
    /// longest thread, once per keystroke as the draft grows by a letter.
    private func coachSamples(inbox: Inbox, state: InboxState, policy: Policy) -> [Double] {
        guard let thread = state.threads.max(by: { $0.messages.count < $1.messages.count }) else { return [] }
        var draft = Self.draft(length: Self.draftLength)
        var samples: [Double] = []
        for k in 0..<Self.coachRuns {
            if k > 0 { draft.append(k % 7 == 0 ? " " : "e") }
            let (_, t) = Stopwatch.time {
                Coach.review(draft: draft, to: thread.counterpart, in: inbox, state: state, at: inbox.now, policy: policy)
            }
            samples.append(t)
        }
        return samples
    }

    /// A long, plausible reply: a question, an offer and some flattery, repeated.
    static func draft(length: Int) -> String {
        let sentences = [
            "Thanks for the note about the onboarding numbers.",
            "I was wondering how you counted a step as completed, per workspace or per invited user?",
            "Happy to share the query we used for our own churn analysis if that helps.",
            "It is truly an honour to be connected with you, and I would love to jump on a quick Zoom call next week.",
            "Perhaps you did not see my last message, so I am following up here.",
        ]
        var out = ""
        var k = 0
        while out.count < length {
            out += (out.isEmpty ? "" : " ") + sentences[k % sentences.count]
            k += 1
        }
        return String(out.prefix(length))
    }
}

/// Passes reads and writes to a cache and notes whether the rulebook came
/// from it; with no cache, nothing is ever found, so the rulebook compiles.
private final class CountingCache: RulebookCache, @unchecked Sendable {
    private let cache: RulebookCacheDirectory?
    // Written by the compiling thread before its work is collected; read after.
    private(set) var hit = false

    init(_ cache: RulebookCacheDirectory?) { self.cache = cache }

    var programIdentity: [UInt8] { cache?.programIdentity ?? [] }

    func read(_ name: String) -> [UInt8]? {
        let bytes = cache?.read(name)
        hit = bytes != nil
        return bytes
    }

    func write(_ name: String, _ bytes: @escaping @Sendable () -> [UInt8]) {
        hit = false
        cache?.write(name, bytes)
    }
}
