import InboxModel
import Shared

/// What scanning each thread message found, worked out for a whole inbox
/// before any thread is judged.
///
/// A thread's messages lie scattered over the log, and so do their texts
/// in memory: judging thread by thread, every message's text is a cache
/// miss. Scanning every message in log order instead walks the texts in
/// the order they were allocated, which the hardware prefetches; judging
/// a thread then reads back a few bytes per message. A scan depends on
/// the text alone, so reading it back gives the rules exactly what
/// scanning again would.
final class MessageScans: @unchecked Sendable {
    /// A rule whose pattern matched, with its evidence bytes (`lo < 0`: none).
    struct Hit {
        var rule: Int32
        var lo: Int32
        var hi: Int32
    }

    /// One message: what its scan found, and the event facts a thread's
    /// walk reads, so judging never goes back to the event.
    struct Entry {
        var at: Int64 = 0
        /// The event scanned; -1 for a slot no message filled.
        var event: Int32 = -1
        var actor: Int32 = 0
        var firstHit: Int32 = 0
        var hitCount: Int32 = 0
        var words: Int32 = 0
        /// Index of the scanned text in `texts` (a repeat shares its original's).
        var text: Int32 = -1
        var flags: UInt8 = 0
        /// The block of the log whose scan made the entry: until `init`
        /// is done, `firstHit` and `text` count from that block's start.
        var chunk: UInt8 = 0
        var learned = LearnedMessageScore()

        static let question: UInt8 = 1, genuineQuestion: UInt8 = 2, asksForMeeting: UInt8 = 4, shortQuestion: UInt8 = 8
        static let currencyAmount: UInt8 = 16

        var features: TextFeatures {
            TextFeatures(
                words: Int(words), question: flags & Self.question != 0, genuineQuestion: flags & Self.genuineQuestion != 0,
                asksForMeeting: flags & Self.asksForMeeting != 0, shortQuestion: flags & Self.shortQuestion != 0, learned: learned,
                currencyAmount: flags & Self.currencyAmount != 0)
        }
    }

    /// Entries in thread order: thread t's messages are the slots from
    /// `firstSlots[t]`, in the thread's order, so a worker judging
    /// neighbouring threads reads them front to back.
    private let entries: UnsafeMutableBufferPointer<Entry>
    private let firstSlots: [Int32]
    /// Hits in slot order.
    private var hits: UnsafeMutableBufferPointer<Hit>
    /// Every scanned text, in log order: a finding quotes one by its index,
    /// taken here while the scan reads the log front to back, rather than
    /// reading (and retaining) the message's text again per finding.
    /// Written only by `init`.
    private(set) var texts: [String] = []
    /// Likes and comments on the owner's posts among the events folded.
    private(set) var engagement = EngagementTimes.empty

    /// Which messages repeat an earlier text, when repeats are reused.
    private let repeats: RepeatedTexts?

    /// Scans the body of every message of `threads`, on all cores when
    /// `parallel`. With `reuseRepeats`, a body identical to an earlier
    /// one takes that one's scan. Engagement is gathered from the first
    /// `folded` events (those the state has folded), and the scanned texts
    /// kept for quotes with `keepTexts`: a caller that only counts what
    /// the scan costs wants neither. The buffers are written by disjoint
    /// workers before `init` returns and only read afterwards.
    init(
        book: CompiledRulebook, events: [Event], threads: [MessageThread], parallel: Bool, reuseRepeats: Bool = true,
        learned: LearnedModel? = nil, folded: Int = .max, keepTexts: Bool = true
    ) {
        let n = events.count
        var slotOf = [Int32](repeating: -1, count: n)
        var firstSlots = [Int32]()
        firstSlots.reserveCapacity(threads.count)
        var total = 0
        for t in threads {
            firstSlots.append(Int32(truncatingIfNeeded: total))
            for (k, m) in t.messages.enumerated() where Int(m) >= 0 && Int(m) < n && slotOf[Int(m)] < 0 {
                slotOf[Int(m)] = Int32(truncatingIfNeeded: total + k)
            }
            total += t.messages.count
        }
        self.firstSlots = firstSlots
        entries = .allocate(capacity: max(total, 1))
        entries.initialize(repeating: Entry())
        hits = .allocate(capacity: 1)

        // Outreach is sent from templates: the same nudge or pitch goes out
        // word for word, many times over. A scan depends on the text alone,
        // so each distinct text is scanned once and its repeats copy it.
        let repeats = reuseRepeats ? RepeatedTexts(events: events, slotOf: slotOf, parallel: parallel) : nil
        self.repeats = repeats

        // Blocks of the log, each read front to back.
        let chunks = parallel && n >= 4096 ? 32 : 1
        let chunkHits = ParallelSlots<(hits: [Hit], texts: [String], engagement: [EngagementTimes.Mark])>(count: chunks)
        let slots = slotOf
        forEachIndex(chunks, parallel: chunks > 1) { chunk in
            chunkHits.set(chunk, self.scan(
                (n * chunk / chunks)..<(n * (chunk + 1) / chunks), events: events, slotOf: slots, repeats: repeats, book: book,
                learned: learned, folded: folded, keepTexts: keepTexts, chunk: UInt8(truncatingIfNeeded: chunk)))
        }
        // Hits in slot order, so a thread's are together too.
        let perChunk = chunkHits.takeValues()
        var all: [Hit] = []
        all.reserveCapacity(perChunk.reduce(0) { $0 + $1.hits.count })
        var texts: [String] = []
        texts.reserveCapacity(perChunk.reduce(0) { $0 + $1.texts.count })
        var bases: [Int32] = [], textBases: [Int32] = []
        engagement = EngagementTimes(perChunk.flatMap(\.engagement))
        for local in perChunk {
            bases.append(Int32(truncatingIfNeeded: all.count))
            all += local.hits
            textBases.append(Int32(truncatingIfNeeded: texts.count))
            texts += local.texts
        }
        self.texts = texts
        // A repeat takes its original's findings (hits and evidence offsets
        // alike, the bytes being the same, and the block they count from)
        // with its own time and sender.
        if let repeats {
            for e in 0..<n where slotOf[e] >= 0 {
                let original = repeats.original(of: e)
                guard original >= 0 else { continue }
                var entry = entries[Int(slotOf[Int(original)])]
                entry.event = Int32(truncatingIfNeeded: e)
                entry.at = events[e].at.milliseconds
                entry.actor = events[e].actor.index
                entries[Int(slotOf[e])] = entry
            }
        }
        // Each slot gets its own copy of its hits, repeats included, so a
        // thread's hits stay together. Offsets become absolute here, in
        // slot order, rather than in a pass of their own in log order,
        // which reads the entries all over.
        var hitTotal = 0
        for s in 0..<total where entries[s].event >= 0 { hitTotal += Int(entries[s].hitCount) }
        hits.deallocate()
        hits = .allocate(capacity: max(hitTotal, 1))
        var next = 0
        for s in 0..<total where entries[s].event >= 0 {
            let chunk = Int(entries[s].chunk)
            let first = Int(bases[chunk]) + Int(entries[s].firstHit)
            entries[s].firstHit = Int32(truncatingIfNeeded: next)
            if entries[s].text >= 0 { entries[s].text &+= textBases[chunk] }
            for i in first..<(first + Int(entries[s].hitCount)) {
                hits.initializeElement(at: next, to: all[i])
                next += 1
            }
        }
    }

    /// Scans the messages among `events[range]`, filling their entries;
    /// returns their hits and texts, with entries pointing into them from
    /// 0, and the likes and comments that count, in log order.
    private func scan(
        _ range: Range<Int>, events: [Event], slotOf: [Int32], repeats: RepeatedTexts?, book: CompiledRulebook, learned: LearnedModel?,
        folded: Int, keepTexts: Bool, chunk: UInt8
    ) -> (hits: [Hit], texts: [String], engagement: [EngagementTimes.Mark]) {
        var scratch = AnalysisScratch(ruleCount: book.count)
        scratch.learned = learned
        var local: [Hit] = []
        local.reserveCapacity(range.count)
        var texts: [String] = []
        var engaged: [EngagementTimes.Mark] = []
        let settings = book.settings
        events.withUnsafeBufferPointer { events in
            slotOf.withUnsafeBufferPointer { slotOf in
                for e in range {
                    let type = events[e].type
                    if type == .like || type == .comment {
                        if e < folded, events[e].subject == .owner, events[e].actor != .owner,
                           let start = settings.engagementStart(isLike: type == .like, at: events[e].at, text: events[e].text) {
                            engaged.append(EngagementTimes.Mark(person: events[e].actor.index, at: start))
                        }
                        continue
                    }
                    let slot = Int(slotOf[e])
                    guard slot >= 0, repeats?.confirm(e, events: events) != true else { continue }
                    scratch.reset()
                    let f = scratch.scan(events[e].text, field: .body, matcher: book.body, book: book)
                    var flags: UInt8 = 0
                    if f.question { flags |= Entry.question }
                    if f.genuineQuestion { flags |= Entry.genuineQuestion }
                    if f.asksForMeeting { flags |= Entry.asksForMeeting }
                    if f.shortQuestion { flags |= Entry.shortQuestion }
                    if f.currencyAmount { flags |= Entry.currencyAmount }
                    entries[slot] = Entry(
                        at: events[e].at.milliseconds, event: Int32(truncatingIfNeeded: e), actor: events[e].actor.index,
                        firstHit: Int32(truncatingIfNeeded: local.count), hitCount: Int32(truncatingIfNeeded: scratch.textList.count),
                        words: Int32(truncatingIfNeeded: f.words), text: keepTexts ? Int32(truncatingIfNeeded: texts.count) : -1,
                        flags: flags, chunk: chunk, learned: f.learned)
                    if keepTexts { texts.append(events[e].text) }
                    for r in scratch.textList {
                        if case .text(_, let range) = scratch.evidence[Int(r)] {
                            local.append(Hit(
                                rule: r, lo: Int32(truncatingIfNeeded: range.lowerBound),
                                hi: Int32(truncatingIfNeeded: range.upperBound)))
                        } else {
                            local.append(Hit(rule: r, lo: -1, hi: -1))
                        }
                    }
                }
            }
        }
        return (local, texts, engaged)
    }

    deinit {
        entries.deallocate()
        hits.deallocate()
    }

    /// How many messages were scanned (the rest took the scan of an
    /// earlier, identical text), and their bytes. For `thirsty bench`;
    /// judging never asks.
    func scannedTexts(events: [Event]) -> (texts: Int, bytes: Int) {
        var texts = 0, bytes = 0
        for s in 0..<entries.count where entries[s].event >= 0 {
            let e = Int(entries[s].event)
            guard (repeats?.original(of: e) ?? -1) < 0 else { continue }
            texts += 1
            bytes += events[e].text.utf8.count
        }
        return (texts, bytes)
    }

    /// The first slot of thread `t` (an index into the threads given to `init`).
    func firstSlot(thread t: Int) -> Int { Int(firstSlots[t]) }

    /// The entry in `slot` if it holds event `e`.
    @inline(__always) func entry(slot: Int, event e: Int) -> Entry? {
        guard slot >= 0 && slot < entries.count else { return nil }
        let entry = entries[slot]
        return entry.event == e ? entry : nil
    }

    @inline(__always) func hit(_ i: Int) -> Hit { hits[i] }

    /// When `person`'s likes and comments on the owner's posts start to
    /// count, ascending.
    func engagementTimes(of person: Int) -> ArraySlice<Int64> { engagement.of(person) }
}

extension AnalysisScratch {
    /// Puts the scratch in the state `scan` leaves it in for the text
    /// `entry` was made from. Call `reset()` first, as for a scan.
    mutating func restore(_ entry: MessageScans.Entry, from scans: MessageScans) {
        let first = Int(entry.firstHit)
        for i in first..<(first + Int(entry.hitCount)) {
            let h = scans.hit(i)
            let r = Int(h.rule)
            textHit[r] = true
            textList.append(h.rule)
            evidence[r] = h.lo >= 0 ? .text(.body, Int(h.lo)..<Int(h.hi)) : .none
        }
    }
}
