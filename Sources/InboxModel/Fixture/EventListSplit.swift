import Shared

/// A long JSON events list read on two cores: the second core starts at an
/// event boundary past the middle while this one reads up to it. The
/// boundary is a guess (the bytes `}, {` could sit inside a string), so the
/// second half counts only if this core's own reading stops exactly there;
/// otherwise it is dropped and reading goes on as if it never ran. The
/// second half gives up at anything the fast path doesn't take (escaped ids,
/// unknown keys, a post id seen twice, any error), and the first core then
/// reads those events itself, so results and errors are always exactly
/// those of reading on one core.
final class EventListSplit {
    /// What the second core read: events numbered from 0, their positions,
    /// the posts they defined (numbered from 0, in order), comments and
    /// likes on posts it had not seen, and where the list ended.
    struct Half {
        var events: [Event]
        var positions: [SourcePosition]
        var posts: [Post]
        var pendingPostLinks: [(event: Int, id: String, position: SourcePosition)]
        var end: Int
    }

    /// Lists shorter than this are read on one core: starting a thread
    /// would cost more than it saves.
    static let minimumBytes = 1 << 20

    /// Where the second half starts: the comma before an event object.
    let comma: Int
    private let half: BackgroundWork<Half?>

    private init(comma: Int, half: BackgroundWork<Half?>) {
        self.comma = comma
        self.half = half
    }

    /// Starts the second half, when the list is long enough and has a
    /// boundary to start at; nil otherwise.
    static func start(_ decoder: SchemaDecoder<JSONReader>, release: @escaping @Sendable (Range<Int>) -> Void) -> EventListSplit? {
        guard decoder.canResolve else { return nil }
        var worker = decoder
        if worker.idTable == nil { worker.idTable = ByteIDTable(worker.ids) }
        let from = decoder.reader.position
        let bytes = decoder.reader.withBytes { $0 }
        guard bytes.count - from >= minimumBytes, let comma = boundary(in: bytes, after: from) else { return nil }
        worker.reader = JSONReader(bytes: bytes, resumingListAtComma: comma)
        worker.events = []
        worker.eventPositions = []
        worker.posts = []
        worker.postIDs = [:]
        worker.danglingPosts = []
        worker.pendingPostLinks = []
        worker.deferPostLinks = true
        worker.events.reserveCapacity(decoder.eventCapacityHint / 2)
        worker.eventPositions.reserveCapacity(decoder.eventCapacityHint / 2)
        let box = UncheckedBox(worker)
        return EventListSplit(comma: comma, half: BackgroundWork { Self.read(box.value, release: release) })
    }

    /// Waits for the second half without taking it.
    func wait() { _ = half.value }

    /// Waits for the second half and hands it over; nil if it gave up.
    /// Call at most once, and not after `wait()` is called for cleanup.
    func take() -> Half? { half.take() }

    /// The comma of the first `}` `,` `{` (whitespace allowed between)
    /// a little past the middle of what is left: the second core also
    /// compiles the rulebook while the fixture loads, so it takes less.
    static func boundary(in bytes: UnsafeBufferPointer<UInt8>, after from: Int) -> Int? {
        let start = from + (bytes.count - from) * 11 / 20
        let limit = min(bytes.count, start + (1 << 20))
        var k = start
        while k < limit {
            if bytes[k] == UInt8(ascii: "}") {
                var j = k + 1
                while j < limit, isSpace(bytes[j]) { j += 1 }
                if j < limit, bytes[j] == UInt8(ascii: ",") {
                    let comma = j
                    j += 1
                    while j < limit, isSpace(bytes[j]) { j += 1 }
                    if j < limit, bytes[j] == UInt8(ascii: "{") { return comma }
                }
            }
            k += 1
        }
        return nil
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    /// The second core's loop: the fast path only, giving up at its first miss.
    private static func read(_ start: SchemaDecoder<JSONReader>, release: (Range<Int>) -> Void) -> Half? {
        var d = start
        var pages = PageReleaser(from: d.reader.position)
        var index = 0
        do {
            while try d.reader.nextElement() {
                let mark = d.reader.mark()
                pages.passed(mark.position, release)
                guard let e = d.fastEvent(index: index) else { return nil }
                d.events.append(e)
                d.eventPositions.append(mark.position)
                index += 1
            }
        } catch {
            return nil
        }
        return Half(events: d.events, positions: d.eventPositions, posts: d.posts, pendingPostLinks: d.pendingPostLinks, end: d.reader.position)
    }
}

/// Carries a value to another thread when the caller guarantees that only
/// one thread uses it at a time.
private struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

extension SchemaDecoder where R == JSONReader {
    /// Appends the second half after the `first` events read here and
    /// returns how many events it had; nil (and nothing changed) if it
    /// defines a post id already used, which reading on one core reports
    /// as an error at that event.
    mutating func join(_ half: consuming EventListSplit.Half, at first: Int) -> Int? {
        guard first == events.count else { return nil }
        for p in half.posts where postIDs[p.id] != nil { return nil }
        let postBase = posts.count
        for (k, p) in half.posts.enumerated() {
            postIDs[p.id] = PostRef(postBase + k)
            posts.append(p)
        }
        // The events are moved across, not copied: a copy retains each
        // text now and releases it when the half goes, two cache misses
        // per message while the other core has nothing to do.
        let count = half.events.count
        events.reserveCapacity(first + count)
        half.events.withUnsafeMutableBufferPointer { moved in
            for k in moved.indices {
                var e = Event.movedOut
                swap(&e, &moved[k])
                e.sequence += first
                if let p = e.post { e.post = PostRef(postBase + Int(p.index)) }
                events.append(consume e)
            }
        }
        eventPositions.append(contentsOf: half.positions)
        for link in half.pendingPostLinks {
            let global = first + link.event
            if let ref = postIDs[link.id] {
                events[global].post = ref
                events[global].subject = posts[Int(ref.index)].author
            } else {
                danglingPosts.append((global, link.id, link.position))
            }
        }
        return count
    }
}
