import Shared
import InboxModel

/// Which people's text may contain a query, for the whole inbox at once,
/// so `/` never scans the text of rows that cannot match. For each kind of
/// text (a person's name and headline; the notes of their invitations;
/// the bodies of their messages) and each folded 1-, 2- and 3-byte gram,
/// the set of people whose text of that kind has it. A query's candidates
/// are the people having all its grams; the search confirms each against
/// the real text, so the index only ever has to be a superset.
///
/// Built from the whole log, not one fold of it, so it stays a superset at
/// any demo time; events appended later are the caller's to account for
/// (see `SearchIndexState`). It keeps no copy of the text.
public struct SearchIndex: Sendable {
    /// Events and people in the inbox it was built from.
    public let eventCount: Int
    public let personCount: Int
    private(set) var profiles = GramPostings()
    private(set) var notes = GramPostings()
    private(set) var messages = GramPostings()

    /// Builds the index, splitting the people among `workers` threads.
    public init(inbox: Inbox, workers: Int = SearchIndex.defaultWorkers) {
        self.init(inbox: inbox, workers: workers, minimumPart: 4096)
    }

    /// Parts of fewer than `minimumPart` people are not worth a thread.
    public init(inbox: Inbox, workers: Int, minimumPart: Int) {
        let n = inbox.people.count
        eventCount = inbox.events.count
        personCount = n
        let texts = TextsByPerson(inbox)
        // Parts start at multiples of 64 so their bitsets line up.
        let parts = max(1, min(workers, n / max(64, minimumPart)))
        let step = (n / parts + 63) / 64 * 64
        let results = ParallelSlots<Part>(count: parts)
        let build: @Sendable (Int) -> Void = { k in
            let first = k * step
            let count = k == parts - 1 ? n - first : min(step, n - first)
            results.set(k, Self.buildPart(inbox: inbox, texts: texts, first: first, count: max(0, count)))
        }
        forEachIndex(parts, parallel: parts > 1, build)
        for (k, part) in results.takeValues().enumerated() {
            profiles.append(part.profiles, first: k * step)
            notes.append(part.notes, first: k * step)
            messages.append(part.messages, first: k * step)
        }
    }

    /// Both cores of the machines this runs on; more would only add chunks.
    public static let defaultWorkers = 2

    /// Bytes the index holds.
    public var bytes: Int { profiles.bytes + notes.bytes + messages.bytes }

    /// Which texts besides a person's name and headline a search reads.
    public enum Scope: Sendable {
        /// Invitation notes.
        case notes
        /// Message bodies.
        case messageBodies
        /// Name and headline only.
        case profiles
    }

    /// People whose text in `scope` may contain `query` (folded, not
    /// empty): their name or headline, or their notes or messages. Nil
    /// when the index cannot narrow it down: a line break in the query
    /// could match across two texts, which grams never span.
    public func candidates(for query: [UInt8], in scope: Scope) -> Bitset? {
        guard !query.contains(0x0A) else { return nil }
        var out = Bitset(count: personCount)
        let need = GramAlphabet.need(query)
        profiles.addEntities(having: need, to: &out)
        switch scope {
        case .notes: notes.addEntities(having: need, to: &out)
        case .messageBodies: messages.addEntities(having: need, to: &out)
        case .profiles: break
        }
        return out
    }

    private struct Part {
        var profiles: [PostingChunk]
        var notes: [PostingChunk]
        var messages: [PostingChunk]
        /// Kept so reading ahead is not optimised away.
        var touched: UInt8
    }

    private static func buildPart(inbox: Inbox, texts: TextsByPerson, first: Int, count: Int) -> Part {
        var profiles = PostingsBuilder(entities: first, count: count)
        var notes = PostingsBuilder(entities: first, count: count)
        var messages = PostingsBuilder(entities: first, count: count)
        var touched: UInt8 = 0
        inbox.people.withUnsafeBufferPointer { people in
            for p in first..<(first + count) {
                profiles.begin(entity: p)
                GramScanner.scan(people[p].name, into: &profiles)
                GramScanner.scan(people[p].headline, into: &profiles)
                let range = texts.range(of: p)
                guard !range.isEmpty else { continue }
                notes.begin(entity: p)
                messages.begin(entity: p)
                for k in range {
                    if k & 15 == 0 { touched ^= texts.touch(k + 16..<k + 32) }
                    if texts.isMessage(at: k) {
                        GramScanner.scan(texts.text(at: k), into: &messages)
                    } else {
                        GramScanner.scan(texts.text(at: k), into: &notes)
                    }
                }
            }
        }
        return Part(profiles: profiles.finish(), notes: notes.finish(), messages: messages.finish(), touched: touched)
    }
}

/// The message bodies and invitation notes of each person, grouped by
/// person (a counting sort of the log). Gathered in log order, so the log
/// is read front to back rather than jumping about it person by person.
/// Holds references to the texts, not copies.
struct TextsByPerson: Sendable {
    private let start: [Int32]
    private let texts: [String]
    private let isMessage: [Bool]

    init(_ inbox: Inbox) {
        let n = inbox.people.count
        var start = [Int32](repeating: 0, count: n + 1)
        var texts: [String] = []
        var isMessage: [Bool] = []
        inbox.events.withUnsafeBufferPointer { events in
            for i in events.indices where events[i].type == .message || events[i].type == .invite {
                if let p = events[i].counterpart, Int(p.index) < n { start[Int(p.index) + 1] += 1 }
            }
            for p in 0..<n { start[p + 1] += start[p] }
            texts = [String](repeating: "", count: Int(start[n]))
            isMessage = [Bool](repeating: false, count: Int(start[n]))
            var next = start
            for i in events.indices where events[i].type == .message || events[i].type == .invite {
                guard let p = events[i].counterpart, Int(p.index) < n else { continue }
                let k = Int(next[Int(p.index)])
                texts[k] = events[i].text
                isMessage[k] = events[i].type == .message
                next[Int(p.index)] += 1
            }
        }
        self.start = start
        self.texts = texts
        self.isMessage = isMessage
    }

    func range(of person: Int) -> Range<Int> { Int(start[person])..<Int(start[person + 1]) }

    func text(at k: Int) -> String { texts[k] }

    func isMessage(at k: Int) -> Bool { isMessage[k] }

    /// Reads the first byte of each of `ks` texts, so their memory comes in
    /// together rather than one miss at a time: the texts lie all over the
    /// heap, and waiting for each in turn costs more than scanning them.
    func touch(_ ks: Range<Int>) -> UInt8 {
        var x: UInt8 = 0
        for k in ks.clamped(to: 0..<texts.count) {
            x ^= texts[k].utf8.withContiguousStorageIfAvailable { $0.first ?? 0 } ?? 0
        }
        return x
    }
}
