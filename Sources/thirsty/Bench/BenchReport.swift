import InboxModel
import OutreachPolicy
import Shared

/// What `thirsty bench` measured, and its text and JSON forms. Times are
/// seconds here and shown in ms or µs.
struct BenchReport {
    var file: String
    var people = 0
    var events = 0
    var messages = 0
    var threads = 0
    var invitations = 0
    /// UTF-8 bytes of message bodies: what the policy reads.
    var messageTextBytes = 0
    var load = Phase()
    var rules = Phase()
    /// How long the first frame waited for the rulebook after loading.
    var rulesWait = 0.0
    /// Whether the rulebook's compiled tables came from the user's cache.
    var rulesFromCache = false
    /// Compiling the rulebook without the cache, as a first run does.
    var rulesCompile = Phase()
    /// Wall seconds from starting to load to the first frame drawn.
    var open = 0.0
    /// An export opened in stages: reading and judging its messages after
    /// the first frame, and the time from the start until they are shown.
    var rest: Phase?
    var whole: Double?
    var analyse = Phase()
    var firstFrame = Phase()
    var keySeconds: [Double] = []
    /// The slowest keystrokes: key, position in the script, the key context
    /// it was pressed in, seconds.
    var slowestKeys: [(key: String, index: Int, context: String, seconds: Double)] = []
    var peakResidentBytes: Int?
    /// Resident and peak bytes after each phase, to see which one grew.
    var residentAfter: [(phase: String, resident: Int?, peak: Int?)] = []
    var analysis = Phase()
    var analysisOneCore = Phase()
    /// The same without the learned rule, when it is on.
    var analysisWithoutLearnedOneCore: Phase?
    /// The same with every message scanned, repeats included.
    var analysisEveryTextOneCore = Phase()
    /// The first stage alone: tokenising and matching every message.
    var textScanOneCore = Phase()
    /// Thread messages with a text of their own, and its bytes.
    var distinctTexts = 0
    var distinctTextBytes = 0
    var coachSeconds: [Double] = []
    /// For a data export, its reader's phases, timed on a second read.
    var exportPhases: [(name: String, phase: Phase)] = []

    init(file: String) { self.file = file }

    mutating func describe(inbox: Inbox, state: InboxState) {
        people = inbox.people.count - 1
        events = inbox.events.count
        for e in inbox.events where e.type == .message {
            messages += 1
            messageTextBytes += e.text.utf8.count
        }
        threads = state.threads.count
        invitations = state.incoming.count
    }

    private var keys: Percentiles { Percentiles(keySeconds) }
    private var coach: Percentiles { Percentiles(coachSeconds) }
    private var textMB: Double { Double(messageTextBytes) / 1_000_000 }
    /// Throughput by CPU time: what a core does, however busy the machine.
    private func mbPerSecond(_ phase: Phase) -> Double { phase.cpu > 0 ? textMB / phase.cpu : 0 }
    private var peakMB: Double? { peakResidentBytes.map { Double($0) / 1_048_576 } }

    var text: String {
        let ms = { (s: Double) in fixed(s * 1000, digits: s < 0.01 ? 2 : 0) + " ms" }
        let phase = { (p: Phase) in ms(p.wall) + " (cpu " + ms(p.cpu) + ")" }
        let us = { (s: Double) in fixed(s * 1_000_000, digits: 0) + " µs" }
        var out = "thirsty bench \(file)\n"
        out += "  inbox        \(people) people, \(messages) messages in \(threads) threads, \(invitations) invitations received, "
        out += fixed(textMB, digits: 1) + " MB of message text\n"
        out += "  load         \(phase(load))   read and decode the fixture\n"
        if !exportPhases.isEmpty {
            out += "               the export read again, by phase: " + exportPhases.map { "\($0.name) \(phase($0.phase))" }.joined(separator: ", ") + "\n"
        }
        out += "  rules        \(phase(rules))   the rulebook, " + (rulesFromCache ? "its pattern tables from the cache" : "compiled (nothing in the cache yet)")
        out += ", on the second core during load (then waited \(ms(rulesWait)))\n"
        out += "               compiling it without the cache, as a first run does: \(phase(rulesCompile))\n"
        out += "  analyse      \(phase(analyse))   judge every thread and invitation, build the lists\n"
        out += "  first frame  \(phase(firstFrame))   \(Benchmark.width)x\(Benchmark.height), in memory\n"
        out += "  open         \(ms(open))   load to first frame, as `thirsty FILE` does it (less the terminal)\n"
        if let rest, let whole {
            out += "  messages     \(phase(rest))   read and judged after the first frame (the browser does it on the other core); all shown at \(ms(whole))\n"
        }
        out += "  keystrokes   \(keySeconds.count): p50 \(us(keys.at(50))), p99 \(us(keys.at(99))), max \(us(keys.max))   key to rendered frame\n"
        if let worst = slowestKeys.first, worst.seconds > 0.005 {
            out += "               slowest: " + slowestKeys.map { "\($0.key) (#\($0.index + 1), \($0.context)) \(us($0.seconds))" }.joined(separator: ", ") + "\n"
        }
        if coachSeconds.isEmpty {
            out += "  coach        n/a (no thread to reply to)\n"
        } else {
            out += "  coach        \(Benchmark.draftLength)-character draft re-scored: p50 \(us(coach.at(50))), p99 \(us(coach.at(99)))\n"
        }
        out += "  policy       " + fixed(mbPerSecond(analysisOneCore), digits: 0) + " MB/s of message text per core (by CPU time); "
        out += "all cores: " + ms(analysis.wall) + " wall, one core: " + ms(analysisOneCore.wall) + " wall\n"
        if let without = analysisWithoutLearnedOneCore {
            out += "               with the learned rule; without it: " + fixed(mbPerSecond(without), digits: 0) + " MB/s per core\n"
        }
        out += "               \(distinctTexts) of \(messages) messages have a text of their own (" + fixed(Double(distinctTextBytes) / 1_000_000, digits: 1)
        out += " MB); the rest repeat one word for word and reuse its scan\n"
        out += "               every message scanned: " + fixed(mbPerSecond(analysisEveryTextOneCore), digits: 0) + " MB/s per core; "
        out += "of that, tokenising and matching the text: " + fixed(mbPerSecond(textScanOneCore), digits: 0) + " MB/s per core\n"
        out += "  peak RSS     " + (peakMB.map { fixed($0, digits: 0) + " MB" } ?? "n/a")
        let mb = { (b: Int?) in b.map { fixed(Double($0) / 1_048_576, digits: 0) } ?? "?" }
        out += "   (" + residentAfter.map { "after \($0.phase) \(mb($0.resident)) MB, peak \(mb($0.peak))" }.joined(separator: "; ") + ")\n"
        out += summary + "\n"
        return out
    }

    /// The report's last line.
    var summary: String {
        "bench: \(messages) messages; open \(fixed(open * 1000, digits: 0)) ms (load \(fixed(load.wall * 1000, digits: 0)) ms, analyse \(fixed(analyse.wall * 1000, digits: 0)) ms, "
            + "first frame \(fixed(firstFrame.wall * 1000, digits: 1)) ms), keys p50/p99 \(fixed(keys.at(50) * 1e6, digits: 0))/\(fixed(keys.at(99) * 1e6, digits: 0)) µs, "
            + "coach \(coachSeconds.isEmpty ? "n/a" : fixed(coach.at(50) * 1e6, digits: 0) + " µs"), "
            + "policy \(fixed(mbPerSecond(analysisOneCore), digits: 0)) MB/s/core, peak \(peakMB.map { fixed($0, digits: 0) } ?? "n/a") MB"
    }

    /// One line of JSON with stable keys; times in ms and µs as named.
    var json: String {
        var fields: [(String, String)] = [
            ("file", JSONWriter.quoted(file)),
            ("people", "\(people)"), ("events", "\(events)"), ("messages", "\(messages)"), ("threads", "\(threads)"),
            ("invitations", "\(invitations)"), ("message_text_mb", fixed(textMB, digits: 2)),
            ("load_ms", fixed(load.wall * 1000, digits: 1)), ("load_cpu_ms", fixed(load.cpu * 1000, digits: 1)),
            ("rules_ms", fixed(rules.wall * 1000, digits: 1)), ("rules_cpu_ms", fixed(rules.cpu * 1000, digits: 1)),
            ("analyse_ms", fixed(analyse.wall * 1000, digits: 1)), ("analyse_cpu_ms", fixed(analyse.cpu * 1000, digits: 1)),
            ("first_frame_ms", fixed(firstFrame.wall * 1000, digits: 2)),
            ("rules_wait_ms", fixed(rulesWait * 1000, digits: 1)), ("rules_from_cache", rulesFromCache ? "true" : "false"),
            ("rules_compile_ms", fixed(rulesCompile.wall * 1000, digits: 1)), ("rules_compile_cpu_ms", fixed(rulesCompile.cpu * 1000, digits: 1)), ("open_ms", fixed(open * 1000, digits: 1)),
            ("messages_after_open_ms", rest.map { fixed($0.wall * 1000, digits: 1) } ?? "null"), ("whole_ms", whole.map { fixed($0 * 1000, digits: 1) } ?? "null"),
            ("keys", "\(keySeconds.count)"), ("key_p50_us", fixed(keys.at(50) * 1e6, digits: 0)),
            ("key_p99_us", fixed(keys.at(99) * 1e6, digits: 0)), ("key_max_us", fixed(keys.max * 1e6, digits: 0)),
            ("slowest_keys", "[" + slowestKeys.map { "{\"key\": \(JSONWriter.quoted($0.key)), \"index\": \($0.index), \"context\": \(JSONWriter.quoted($0.context)), \"us\": \(fixed($0.seconds * 1e6, digits: 0))}" }.joined(separator: ", ") + "]"),
            ("coach_draft_chars", "\(Benchmark.draftLength)"),
            ("coach_p50_us", coachSeconds.isEmpty ? "null" : fixed(coach.at(50) * 1e6, digits: 0)),
            ("coach_p99_us", coachSeconds.isEmpty ? "null" : fixed(coach.at(99) * 1e6, digits: 0)),
            ("analysis_all_cores_ms", fixed(analysis.wall * 1000, digits: 1)),
            ("analysis_one_core_ms", fixed(analysisOneCore.wall * 1000, digits: 1)),
            ("analysis_mb_per_s_per_core", fixed(mbPerSecond(analysisOneCore), digits: 1)),
            ("text_scan_mb_per_s_per_core", fixed(mbPerSecond(textScanOneCore), digits: 1)),
            ("distinct_texts", "\(distinctTexts)"), ("distinct_text_mb", fixed(Double(distinctTextBytes) / 1_000_000, digits: 2)),
            ("analysis_every_text_mb_per_s_per_core", fixed(mbPerSecond(analysisEveryTextOneCore), digits: 1)),
            ("peak_rss_mb", peakMB.map { fixed($0, digits: 1) } ?? "null"),
        ]
        fields.append(("summary", JSONWriter.quoted(summary)))
        return "{\"bench\": {" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}}"
    }
}
