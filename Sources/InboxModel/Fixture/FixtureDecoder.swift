#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The two spellings of fixture format v1.
public enum FixtureFormat: String, Sendable, CaseIterable {
    case json, yaml

    /// By file extension, then by content: a document starting with `{` is JSON.
    public static func guess<Bytes: Collection<UInt8>>(path: String?, bytes: Bytes) -> FixtureFormat {
        if let path {
            let lower = path.lowercased()
            if lower.hasSuffix(".json") { return .json }
            if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
        }
        let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        return first == UInt8(ascii: "{") ? .json : .yaml
    }
}

/// Decodes fixture format v1 into an `Inbox`, checking types, unknown keys,
/// references and the log's order rules, and reporting the first problem
/// with its location and field path.
public enum FixtureDecoder {
    public static func decode(_ bytes: [UInt8], format: FixtureFormat, file: String? = nil) throws(FixtureError) -> Inbox {
        try bytes.withUnsafeBufferPointer { (b) throws(FixtureError) in try decode(b, format: format, file: file) }
    }

    /// Decodes bytes the caller keeps alive for the call (a mapped file).
    /// `release` is given, every few megabytes, bytes reading is done with,
    /// so their pages can be given back; the decoder may still read any
    /// byte again later (an error's line and column), so released pages
    /// must read back the same. It may be called from two threads at once.
    public static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, format: FixtureFormat, file: String? = nil, release: @escaping @Sendable (Range<Int>) -> Void = { _ in }
    ) throws(FixtureError) -> Inbox {
        try decodeCountingHalves(bytes, format: format, file: file, release: release, splitEvents: true).inbox
    }

    /// Also says how many events the second core read and how many bytes
    /// the first read twice; `splitEvents: false` reads a long events list
    /// on one core only. For tests that hold the two ways to the same
    /// answers, check the split really happens and the work stays linear.
    static func decodeCountingHalves(
        _ bytes: UnsafeBufferPointer<UInt8>, format: FixtureFormat, file: String?, release: @escaping @Sendable (Range<Int>) -> Void, splitEvents: Bool
    ) throws(FixtureError) -> (inbox: Inbox, secondHalf: Int, reread: Int) {
        do {
            try SourceText.validate(bytes, release: release)
            switch format {
            case .json:
                var decoder = SchemaDecoder(reader: JSONReader(bytes: bytes))
                decoder.eventListReader = { (d: inout SchemaDecoder<JSONReader>) throws(FixtureError) in try d.jsonEventList(release: release, split: splitEvents) }
                // The smallest event object takes about fifty bytes.
                decoder.eventCapacityHint = bytes.count / 48
                let inbox = try decoder.document()
                try decoder.reader.expectEnd()
                return (inbox, decoder.eventsReadBySecondHalf, decoder.rereadBytes)
            case .yaml:
                return (try decodeYAML(bytes), 0, 0)
            }
        } catch var error {
            if error.file == nil { error.file = file }
            throw error
        }
    }

    /// Convenience for strings (tests, embedded fixtures).
    public static func decode(_ text: String, format: FixtureFormat, file: String? = nil) throws(FixtureError) -> Inbox {
        try decode(Array(text.utf8), format: format, file: file)
    }

    private static func decodeYAML(_ bytes: UnsafeBufferPointer<UInt8>) throws(FixtureError) -> Inbox {
        try decodeYAMLCountingWork(bytes).get().inbox
    }

    /// Also says how much work the walk did (values visited and bytes of
    /// text read), for tests that hold it linear in the input.
    static func decodeYAMLCountingWork(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<(inbox: Inbox, work: Int), FixtureError> {
        // Composing and walking a deeply nested document recurses; do it
        // (and free the tree) on a thread with a stack big enough for any
        // nesting that fits in memory, so hostile input reports an error
        // instead of overflowing the stack.
        let budget = max(100_000, bytes.count * 2)
        let textLimit = YAMLReader.textLimit(fileSize: bytes.count)
        // The caller keeps the bytes alive until this returns, and this
        // waits for the thread.
        nonisolated(unsafe) let input = bytes
        return DeepStack.run { () -> Result<(inbox: Inbox, work: Int), FixtureError> in
            let tree: YAMLTree
            do throws(FixtureError) { tree = try YAMLTree.compose(input) } catch { return .failure(error) }
            guard tree.root != nil else { return .failure(FixtureError(message: "file is empty; expected a fixture (version: 1, owner, people, events)")) }
            var decoder = SchemaDecoder(reader: YAMLReader(tree: tree, budget: budget, textLimit: textLimit))
            return Result { () throws(FixtureError) in
                let inbox = try decoder.document()
                return (inbox, decoder.reader.work)
            }
        }
    }
}

/// Reads the v1 schema from any `FixtureReader`.
struct SchemaDecoder<R: FixtureReader> {
    var reader: R

    private var title: String?
    private var source: String?
    private var engagementKnown = true
    private var owner: Person?
    private var now: Timestamp?
    private var people: [Person] = []
    private var peopleRead = false
    var ids: [String: PersonRef] = [:]
    // Internal, not private: the second core's half of the events list
    // (EventListSplit.swift) fills and merges these too.
    var posts: [Post] = []
    var postIDs: [String: PostRef] = [:]
    var events: [Event] = []
    /// Source position of each event object, by file index.
    var eventPositions: [SourcePosition] = []
    /// Events read before `people` (or posts referenced before defined),
    /// resolved once the whole document is read.
    private var deferred: [RawEvent] = []
    var danglingPosts: [(event: Int, id: String, position: SourcePosition)] = []
    /// Set on the second core's half: a comment or like on a post it has
    /// not seen is kept with the post's id, to link when the halves join.
    var deferPostLinks = false
    var eventsReadBySecondHalf = 0
    /// Bytes the fast path read and then handed back to the general path.
    var rereadBytes = 0
    var pendingPostLinks: [(event: Int, id: String, position: SourcePosition)] = []
    /// Room to reserve for events up front (a bound from the file size):
    /// growing a 300,000-event array by doubling copies it and holds two
    /// copies at once. Pages reserved but never written cost no memory.
    var eventCapacityHint = 0
    /// Reads the `events` list instead of `eventList` (JSON's fast path).
    var eventListReader: ((inout Self) throws(FixtureError) -> Void)?
    /// Person ids by their UTF-8 bytes, for the fast path; built on first use.
    var idTable: ByteIDTable?

    init(reader: R) { self.reader = reader }

    private func error(_ path: String, _ message: String, at position: SourcePosition? = nil) -> FixtureError {
        FixtureError(location: reader.location(of: position ?? reader.position), path: path, message: message)
    }

    /// Runs `body`, attaching `path` to errors that don't have one.
    private mutating func at<T>(_ path: String, _ body: (inout Self) throws(FixtureError) -> T) throws(FixtureError) -> T {
        do { return try body(&self) } catch var e {
            if e.path.isEmpty { e.path = path }
            throw e
        }
    }

    mutating func document() throws(FixtureError) -> Inbox {
        let start = reader.position
        guard try reader.kind() == .object else {
            throw error("", "expected a mapping with version, owner, people and events at the top level, found \(try reader.kind().noun)")
        }
        try reader.enterObject()
        var seen = Set<String>()
        var version: Int?
        while let key = try reader.nextKey() {
            guard seen.insert(key).inserted else { throw error(FixtureSchema.shown(key), "duplicate key") }
            switch key {
            case "version":
                version = try at(key) { (d: inout Self) throws(FixtureError) in try d.reader.readInt() }
                if version != FixtureSchema.version {
                    throw error(key, "unsupported fixture version \(version ?? 0); this build reads version \(FixtureSchema.version)")
                }
            case "title":
                title = try at(key) { (d: inout Self) throws(FixtureError) in try d.optionalString() }
            case "owner":
                owner = try at(key) { (d: inout Self) throws(FixtureError) in try d.person(path: key, isOwner: true) }
                if let owner { ids[owner.id] = .owner }
            case "now":
                now = try at(key) { (d: inout Self) throws(FixtureError) in try d.timestamp(dateOnly: false) }
            case "source":
                source = try at(key) { (d: inout Self) throws(FixtureError) in try d.optionalString() }
            case "engagement":
                let v = try at(key) { (d: inout Self) throws(FixtureError) in try d.optionalString() }
                guard v == nil || v == "known" || v == "unknown" else {
                    throw error(key, "unknown engagement \"\(FixtureSchema.shown(v ?? ""))\"; expected known or unknown")
                }
                engagementKnown = v != "unknown"
            case "people":
                try peopleList()
            case "events":
                if let read = eventListReader { try read(&self) } else { try eventList() }
            default:
                throw error(FixtureSchema.shown(key), FixtureSchema.unknownKey(key, known: FixtureSchema.topKeys))
            }
        }
        for required in ["version", "owner", "people", "events"] where !seen.contains(required) {
            throw error("", "missing required key \"\(required)\"", at: start)
        }
        guard let owner else { throw error("owner", "missing", at: start) }
        for raw in deferred { events[raw.index] = try resolved(raw) }
        deferred = []
        for d in danglingPosts {
            guard let ref = postIDs[d.id] else {
                throw error("events[\(d.event)].post", "unknown post \"\(FixtureSchema.shown(d.id))\"", at: d.position)
            }
            events[d.event].post = ref
            events[d.event].subject = posts[Int(ref.index)].author
        }
        // Hand the arrays over rather than share them: the inbox sorts its
        // events in place, which would copy 300,000 events if the decoder
        // still held them.
        let log = events, everyone = [owner] + people
        events = []
        people = []
        var inbox = Inbox(title: title, everyone: consume everyone, personIndex: ids, posts: posts, events: consume log, now: now)
        inbox.source = source
        inbox.engagementKnown = engagementKnown
        let folded = try checkOrder(inbox)
        inbox.keepFold(folded)
        return inbox
    }

    // MARK: People

    private mutating func peopleList() throws(FixtureError) {
        try at("people") { (d: inout Self) throws(FixtureError) in try d.reader.enterArray() }
        var index = 0
        while try reader.nextElement() {
            var idPosition: SourcePosition?
            let p = try person(path: { "people[\(index)]" }, isOwner: false, idPosition: &idPosition)
            if ids[p.id] != nil {
                let whose = ids[p.id] == .owner ? "the owner" : "another person"
                throw error("people[\(index)].id", "duplicate id \"\(FixtureSchema.shown(p.id))\" (already used by \(whose))", at: idPosition)
            }
            ids[p.id] = PersonRef(people.count + 1)
            people.append(p)
            index += 1
        }
        peopleRead = true
    }

    private mutating func person(path: String, isOwner: Bool) throws(FixtureError) -> Person {
        var idPosition: SourcePosition?
        return try person(path: { path }, isOwner: isOwner, idPosition: &idPosition)
    }

    /// Reads a person; `idPosition` is where its id was written, for
    /// errors about the id found only after the whole mapping is read.
    /// `path` is only formatted for an error: 30,000 people would otherwise
    /// build 200,000 key paths nobody reads.
    private mutating func person(path: () -> String, isOwner: Bool, idPosition: inout SourcePosition?) throws(FixtureError) -> Person {
        let start = reader.position
        do { try reader.enterObject() } catch var e {
            if e.path.isEmpty { e.path = path() }
            throw e
        }
        var seen: UInt16 = 0
        var id: String?, name: String?
        var p = Person(id: "", name: "")
        let known = isOwner ? PersonKey.ownerMask : PersonKey.personMask
        while let key = try reader.nextKey() {
            func kp() -> String { path() + "." + FixtureSchema.shown(key) }
            guard let k = PersonKey(key) else {
                throw error(kp(), FixtureSchema.unknownKey(key, known: isOwner ? FixtureSchema.ownerKeys : FixtureSchema.personKeys))
            }
            guard seen & k.bit == 0 else { throw error(kp(), "duplicate key") }
            seen |= k.bit
            guard known & k.bit != 0 else { throw error(kp(), "not allowed on the owner") }
            do throws(FixtureError) {
                switch k {
                case .id:
                    idPosition = reader.position
                    let v = try reader.readString()
                    guard !v.isEmpty else { throw error(kp(), "must not be empty") }
                    id = v
                case .name:
                    let v = try reader.readString()
                    guard !v.trimmingWhitespace.isEmpty else { throw error(kp(), "must not be empty") }
                    name = v
                case .headline: p.headline = try optionalString() ?? ""
                case .photo: p.photo = try optionalBool() ?? true
                case .connections: p.connections = try optionalCount()
                case .mutual: p.mutual = try optionalCount()
                case .joined: p.joined = try optionalTimestamp(dateOnly: true)
                case .connected: p.connected = try optionalTimestamp(dateOnly: true)
                case .label:
                    guard let v = try optionalString() else { break }
                    guard let l = ThreadLabel(rawValue: v) else {
                        throw error(kp(), "unknown label \"\(FixtureSchema.shown(v))\"; expected thirsty or sincere")
                    }
                    p.label = l
                case .kind:
                    guard let v = try optionalString() else { break }
                    guard let kind = PersonKind(rawValue: v) else {
                        throw error(kp(), "unknown kind \"\(FixtureSchema.shown(v))\"; expected person, group or sponsored")
                    }
                    p.kind = kind
                }
            } catch var e {
                if e.path.isEmpty { e.path = kp() }
                throw e
            }
        }
        guard let id else { throw error(path(), "missing required key \"id\"", at: start) }
        guard let name else { throw error(path(), "missing required key \"name\"", at: start) }
        p.id = id
        p.name = name
        return p
    }

    // MARK: Scalars

    private mutating func optionalString() throws(FixtureError) -> String? {
        if try reader.kind() == .null {
            try reader.skipValue()
            return nil
        }
        return try reader.readString()
    }

    private mutating func optionalBool() throws(FixtureError) -> Bool? {
        if try reader.kind() == .null {
            try reader.skipValue()
            return nil
        }
        return try reader.readBool()
    }

    private mutating func optionalCount() throws(FixtureError) -> Int? {
        if try reader.kind() == .null {
            try reader.skipValue()
            return nil
        }
        let pos = reader.position
        let v = try reader.readInt()
        guard v >= 0 else { throw error("", "must be 0 or more, found \(v)", at: pos) }
        return v
    }

    private mutating func optionalTimestamp(dateOnly: Bool) throws(FixtureError) -> Timestamp? {
        if try reader.kind() == .null {
            try reader.skipValue()
            return nil
        }
        return try timestamp(dateOnly: dateOnly)
    }

    private mutating func timestamp(dateOnly: Bool) throws(FixtureError) -> Timestamp {
        let pos = reader.position
        let text = try reader.readString()
        do {
            return try Timestamp.parse(text, allowDateOnly: dateOnly)
        } catch {
            throw self.error("", "\"\(FixtureSchema.shown(text))\": \(error)", at: pos)
        }
    }

    // MARK: Events

    fileprivate mutating func eventList() throws(FixtureError) {
        try at("events") { (d: inout Self) throws(FixtureError) in try d.reader.enterArray() }
        events.reserveCapacity(eventCapacityHint)
        eventPositions.reserveCapacity(eventCapacityHint)
        var index = 0
        while try reader.nextElement() {
            try readEvent(index: index)
            index += 1
        }
    }

    /// Reads, checks and (when it can) resolves the event at the reader.
    fileprivate mutating func readEvent(index: Int) throws(FixtureError) {
        let raw = try rawEvent(index: index)
        eventPositions.append(raw.position)
        if canResolve {
            events.append(try resolved(raw))
        } else {
            events.append(Event(type: raw.type, at: raw.at, actor: .owner, subject: .owner, sequence: index))
            deferred.append(raw)
        }
    }

    /// Ids resolve once both the owner and the people are known, and in
    /// file order: after any event that had to wait.
    var canResolve: Bool { peopleRead && owner != nil && deferred.isEmpty }

    /// `events[12]`, built only when an error needs it: formatting a path
    /// for each of 300,000 events would cost more than reading them.
    private static func eventPath(_ index: Int) -> String { "events[\(index)]" }

    private mutating func rawEvent(index: Int) throws(FixtureError) -> RawEvent {
        let start = reader.position
        do { try reader.enterObject() } catch var e {
            if e.path.isEmpty { e.path = Self.eventPath(index) }
            throw e
        }
        var raw = RawEvent(index: index, position: start)
        var typeText: String?, typePos = start
        var atText: String?, atPos = start
        // Keys in file order, four bits each, so a key that is not allowed
        // is reported as the first one written.
        var order: UInt64 = 0
        var count = 0
        while let key = try reader.nextKey() {
            let pos = reader.position
            guard let k = EventKey(key) else {
                throw error(Self.eventPath(index) + "." + FixtureSchema.shown(key), FixtureSchema.unknownKey(key, known: FixtureSchema.allEventKeys))
            }
            guard raw.present & k.bit == 0 else { throw error(Self.eventPath(index) + "." + key, "duplicate key") }
            raw.present |= k.bit
            order |= UInt64(k.rawValue + 1) << UInt64(4 * count)
            count += 1
            do {
                switch k {
                case .type: typeText = try reader.readString(); typePos = pos
                case .at: atText = try reader.readString(); atPos = pos
                case .caption: raw.caption = try optionalString()
                case .from: raw.from = (try reader.readString(), pos)
                case .to: raw.to = (try reader.readString(), pos)
                case .by: raw.by = (try reader.readString(), pos)
                case .id: raw.id = (try reader.readString(), pos)
                case .post: raw.post = (try reader.readString(), pos)
                case .label: raw.label = (try reader.readString(), pos)
                case .note, .body, .text: raw.text = try reader.readString()
                }
            } catch var e {
                if e.path.isEmpty { e.path = Self.eventPath(index) + "." + key }
                throw e
            }
        }
        guard let typeText else { throw error(Self.eventPath(index), "missing required key \"type\"", at: start) }
        guard let type = EventType(rawValue: typeText) else {
            var message = "unknown event type \"\(FixtureSchema.shown(typeText))\""
            if let best = FixtureSchema.closest(to: typeText, in: EventType.allCases.map(\.rawValue)) {
                message += "; did you mean \"\(best)\"?"
            } else {
                message += "; expected one of " + EventType.allCases.map(\.rawValue).joined(separator: ", ")
            }
            throw error(Self.eventPath(index) + ".type", message, at: typePos)
        }
        raw.type = type
        let masks = EventKey.masks(type)
        if raw.present & ~masks.allowed != 0 {
            for slot in 0..<count {
                guard let k = EventKey(rawValue: Int(order >> UInt64(4 * slot) & 0xF) - 1), masks.allowed & k.bit == 0 else { continue }
                throw error(Self.eventPath(index) + "." + k.name, "not allowed on \(type.withArticle) event", at: start)
            }
        }
        guard let atText else { throw error(Self.eventPath(index), "missing required key \"at\"", at: start) }
        if raw.present & masks.required != masks.required {
            for key in FixtureSchema.eventKeys(type).required where EventKey(key).map({ raw.present & $0.bit == 0 }) ?? true {
                throw error(Self.eventPath(index), "missing required key \"\(key)\" for \(type.withArticle) event", at: start)
            }
        }
        do {
            raw.at = try Timestamp.parse(atText, allowDateOnly: false)
        } catch {
            throw self.error(Self.eventPath(index) + ".at", "\"\(FixtureSchema.shown(atText))\": \(error)", at: atPos)
        }
        if let (label, pos) = raw.label, InvitationLabel(rawValue: label) == nil {
            throw error(Self.eventPath(index) + ".label", "unknown label \"\(FixtureSchema.shown(label))\"; expected accept or ignore", at: pos)
        }
        return raw
    }

    private func person(_ field: (String, SourcePosition)?, event index: Int, key: String) throws(FixtureError) -> PersonRef {
        guard let (id, pos) = field else { throw error(Self.eventPath(index) + "." + key, "missing") }
        guard let ref = ids[id] else {
            var message = "unknown person \"\(FixtureSchema.shown(id))\""
            if let best = FixtureSchema.closest(to: id, in: Array(ids.keys).sorted()) { message += "; did you mean \"\(best)\"?" }
            throw error(Self.eventPath(index) + "." + key, message, at: pos)
        }
        return ref
    }

    /// The event at `raw.index` with ids turned into references.
    private mutating func resolved(_ raw: RawEvent) throws(FixtureError) -> Event {
        let index = raw.index
        var e = Event(type: raw.type, at: raw.at, actor: .owner, subject: .owner, text: raw.text ?? "",
                      caption: raw.caption, label: raw.label.flatMap { InvitationLabel(rawValue: $0.0) }, sequence: index)
        switch raw.type {
        case .invite, .message:
            e.actor = try person(raw.from, event: index, key: "from")
            e.subject = try person(raw.to, event: index, key: "to")
            if e.actor == e.subject {
                throw error(Self.eventPath(index) + ".to", "\(raw.type.withArticle) cannot be addressed to its sender", at: raw.to?.1)
            }
            if !e.actor.isOwner && !e.subject.isOwner {
                throw error(Self.eventPath(index), "\(raw.type.withArticle) must be from or to the owner", at: raw.position)
            }
        case .accept, .ignore:
            e.actor = try person(raw.by, event: index, key: "by")
            e.subject = try person(raw.from, event: index, key: "from")
        case .post:
            e.actor = try person(raw.by, event: index, key: "by")
            e.subject = e.actor
            guard let (id, pos) = raw.id else { throw error(Self.eventPath(index), "missing required key \"id\"", at: raw.position) }
            guard postIDs[id] == nil else {
                throw error(Self.eventPath(index) + ".id", "duplicate post id \"\(FixtureSchema.shown(id))\"", at: pos)
            }
            let ref = PostRef(posts.count)
            postIDs[id] = ref
            posts.append(Post(id: id, author: e.actor, at: raw.at, text: raw.text ?? ""))
            e.post = ref
        case .comment, .like:
            e.actor = try person(raw.by, event: index, key: "by")
            guard let (id, pos) = raw.post else { throw error(Self.eventPath(index), "missing required key \"post\"", at: raw.position) }
            if let ref = postIDs[id] {
                e.post = ref
                e.subject = posts[Int(ref.index)].author
            } else {
                danglingPosts.append((index, id, pos))
            }
        }
        return e
    }

    /// Replays the sorted log, checking each event against the state before it.
    private func checkOrder(_ inbox: Inbox) throws(FixtureError) -> InboxState {
        var state = InboxState(inbox: inbox, upTo: 0, time: .distantPast)
        state.reserve(forFolding: inbox.events[...])
        // In place: copying each event out would retain and release its text.
        let failure: (sequence: Int, InboxError)? = inbox.events.withUnsafeBufferPointer { events in
            guard let base = events.baseAddress else { return nil }
            for i in events.indices {
                let facts = EventFacts(base + i)
                do throws(InboxError) {
                    try state.check(facts, inbox: inbox)
                } catch {
                    return (events[i].sequence, error)
                }
                state.apply(facts, index: i)
            }
            return nil
        }
        if let (sequence, error) = failure {
            let pos = sequence < eventPositions.count ? eventPositions[sequence] : nil
            throw self.error("events[\(sequence)]", error.description, at: pos)
        }
        return state
    }
}

/// An event as written, before ids are resolved.
private struct RawEvent {
    var index: Int
    var position: SourcePosition
    /// `EventKey` bits of the keys written.
    var present: UInt16 = 0
    var type: EventType = .message
    var at = Timestamp(milliseconds: 0)
    var caption: String?
    var from: (String, SourcePosition)?
    var to: (String, SourcePosition)?
    var by: (String, SourcePosition)?
    var id: (String, SourcePosition)?
    var post: (String, SourcePosition)?
    var label: (String, SourcePosition)?
    var text: String?
}

extension String {
    var trimmingWhitespace: Substring {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}

/// The keys an event may have, as bits: checking which are present,
/// repeated or allowed then costs no hashing, for 1.5 million keys in a
/// 300,000-event file.
private enum EventKey: Int, CaseIterable {
    case type, at, caption, from, to, by, id, post, label, note, body, text

    init?(_ key: String) {
        switch key {
        case "type": self = .type
        case "at": self = .at
        case "caption": self = .caption
        case "from": self = .from
        case "to": self = .to
        case "by": self = .by
        case "id": self = .id
        case "post": self = .post
        case "label": self = .label
        case "note": self = .note
        case "body": self = .body
        case "text": self = .text
        default: return nil
        }
    }

    var name: String { String(describing: self) }
    var bit: UInt16 { 1 << UInt16(rawValue) }

    /// Required and allowed keys of each event type, from `FixtureSchema`.
    static func masks(_ type: EventType) -> (required: UInt16, allowed: UInt16) {
        switch type {
        case .invite: return table.invite
        case .accept: return table.accept
        case .ignore: return table.ignore
        case .message: return table.message
        case .post: return table.post
        case .comment: return table.comment
        case .like: return table.like
        }
    }

    private typealias Masks = (required: UInt16, allowed: UInt16)
    private static let table: (invite: Masks, accept: Masks, ignore: Masks, message: Masks, post: Masks, comment: Masks, like: Masks) = {
        func bits(_ keys: [String]) -> UInt16 { keys.reduce(0) { $0 | (EventKey($1)?.bit ?? 0) } }
        func masks(_ t: EventType) -> Masks {
            let (required, optional) = FixtureSchema.eventKeys(t)
            return (bits(required), bits(FixtureSchema.commonEventKeys) | bits(required) | bits(optional))
        }
        return (masks(.invite), masks(.accept), masks(.ignore), masks(.message), masks(.post), masks(.comment), masks(.like))
    }()
}

// MARK: - The JSON event list's fast path

/// Reading 300,000 events through the general reader makes a string for
/// every key, id and timestamp and hashes each id. The fast path matches
/// keys, types and labels as bytes, looks ids up by their bytes, parses
/// timestamps in place, and makes strings only for text. It takes only
/// events it can read completely and that resolve cleanly; anything else
/// (escapes in ids, unknown or repeated keys, unknown people, posts not yet
/// seen, any error) goes back to its first byte and through `readEvent`,
/// so results and errors are exactly those of the general path.
extension SchemaDecoder where R == JSONReader {
    mutating func jsonEventList(release: @escaping @Sendable (Range<Int>) -> Void, split allowSplit: Bool = true) throws(FixtureError) {
        try at("events") { (d: inout Self) throws(FixtureError) in try d.reader.enterArray() }
        events.reserveCapacity(eventCapacityHint)
        eventPositions.reserveCapacity(eventCapacityHint)
        var index = 0
        var pages = PageReleaser(from: 0)
        if canResolve && idTable == nil { idTable = ByteIDTable(ids) }
        var split = allowSplit ? EventListSplit.start(self, release: release) : nil
        // The second core reads the same bytes: it must be done before they
        // can go away, whichever way this returns.
        var abandoned: EventListSplit?
        defer {
            split?.wait()
            abandoned?.wait()
        }
        while true {
            if let s = split {
                let here = reader.skipSpaceAndGetPosition()
                if here >= s.comma {
                    split = nil
                    if here == s.comma, let half = s.take() {
                        let end = half.end
                        if let count = join(half, at: index) {
                            index += count
                            eventsReadBySecondHalf = count
                            reader.finishArray(at: end)
                            break
                        }
                    } else if here != s.comma {
                        abandoned = s
                    }
                }
            }
            guard try reader.nextElement() else { break }
            let mark = reader.mark()
            pages.passed(mark.position, release)
            if canResolve, let e = fastEvent(index: index) {
                events.append(e)
                eventPositions.append(mark.position)
            } else {
                rereadBytes += reader.position - mark.position
                reader.reset(to: mark)
                try readEvent(index: index)
            }
            index += 1
        }
    }

    mutating func fastEvent(index: Int) -> Event? {
        if idTable == nil { idTable = ByteIDTable(ids) }
        guard let table = idTable, reader.fastEnterObject() else { return nil }
        var present: UInt16 = 0
        var type: EventType?
        var at: Timestamp?
        var from: PersonRef?, to: PersonRef?, by: PersonRef?
        var label: InvitationLabel?
        var postID: String?
        var postPosition = 0
        var text: String?
        var caption: String?
        reading: while true {
            switch reader.fastNextKey() {
            case .miss: return nil
            case .end: break reading
            case .key(let start, let count):
                guard let k = reader.withBytes({ EventKey(packed: packedWord($0, start, count)) }), present & k.bit == 0 else { return nil }
                present |= k.bit
                switch k {
                case .type:
                    guard let v = reader.fastPlainString(), let t = reader.withBytes({ EventType(packed: packedWord($0, v.start, v.count)) }) else { return nil }
                    type = t
                case .at:
                    guard let v = reader.fastPlainString(),
                          let t = reader.withBytes({ try? Timestamp.parse(utf8: UnsafeBufferPointer(rebasing: $0[v.start..<v.start + v.count])) })
                    else { return nil }
                    at = t
                case .from, .to, .by:
                    guard let v = reader.fastPlainString(), let ref = reader.withBytes({ table.lookup($0, v.start, v.count) }) else { return nil }
                    if k == .from { from = ref } else if k == .to { to = ref } else { by = ref }
                case .label:
                    guard let v = reader.fastPlainString(), let l = reader.withBytes({ InvitationLabel(packed: packedWord($0, v.start, v.count)) }) else { return nil }
                    label = l
                case .id, .post:
                    postPosition = reader.position
                    guard let v = try? reader.readString() else { return nil }
                    postID = v
                case .note, .body, .text:
                    guard let v = try? reader.readString() else { return nil }
                    text = v
                case .caption:
                    if !reader.fastNull() {
                        guard let v = try? reader.readString() else { return nil }
                        caption = v
                    }
                }
            }
        }
        guard let type, let at else { return nil }
        let masks = EventKey.masks(type)
        guard present & ~masks.allowed == 0, present & masks.required == masks.required else { return nil }
        var e = Event(type: type, at: at, actor: .owner, subject: .owner, text: text ?? "", caption: caption, label: label, sequence: index)
        switch type {
        case .invite, .message:
            guard let from, let to, from != to, from.isOwner || to.isOwner else { return nil }
            e.actor = from
            e.subject = to
        case .accept, .ignore:
            guard let by, let from else { return nil }
            e.actor = by
            e.subject = from
        case .post:
            guard let by, let postID, postIDs[postID] == nil else { return nil }
            let ref = PostRef(posts.count)
            postIDs[postID] = ref
            posts.append(Post(id: postID, author: by, at: at, text: text ?? ""))
            e.actor = by
            e.subject = by
            e.post = ref
        case .comment, .like:
            guard let by, let postID else { return nil }
            e.actor = by
            if let ref = postIDs[postID] {
                e.post = ref
                e.subject = posts[Int(ref.index)].author
            } else if deferPostLinks {
                pendingPostLinks.append((index, postID, postPosition))
            } else {
                return nil
            }
        }
        return e
    }
}

/// Up to eight bytes of a key or word packed into an integer (zero-padded;
/// the file has no NUL bytes), so matching is one comparison; nil if longer.
private func packedWord(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> UInt64? {
    guard count > 0, count <= 8 else { return nil }
    var w: UInt64 = 0
    for k in 0..<count { w |= UInt64(p[start + k]) << UInt64(8 * k) }
    return w
}

private func packedWord(_ s: String) -> UInt64 {
    var w: UInt64 = 0
    for (k, b) in s.utf8.prefix(8).enumerated() { w |= UInt64(b) << UInt64(8 * k) }
    return w
}

private extension EventKey {
    /// A chain of integer compares: a dictionary's hashing cost more than
    /// the rest of reading the key, for 1.5 million keys.
    init?(packed: UInt64?) {
        guard let packed else { return nil }
        switch packed {
        case EventKeyWords.type: self = .type
        case EventKeyWords.at: self = .at
        case EventKeyWords.from: self = .from
        case EventKeyWords.to: self = .to
        case EventKeyWords.body: self = .body
        case EventKeyWords.note: self = .note
        case EventKeyWords.by: self = .by
        case EventKeyWords.label: self = .label
        case EventKeyWords.text: self = .text
        case EventKeyWords.post: self = .post
        case EventKeyWords.id: self = .id
        case EventKeyWords.caption: self = .caption
        default: return nil
        }
    }
}

private enum EventKeyWords {
    static let type = packedWord("type"), at = packedWord("at"), from = packedWord("from"), to = packedWord("to")
    static let body = packedWord("body"), note = packedWord("note"), by = packedWord("by"), label = packedWord("label")
    static let text = packedWord("text"), post = packedWord("post"), id = packedWord("id"), caption = packedWord("caption")
}

private extension EventType {
    init?(packed: UInt64?) {
        guard let packed else { return nil }
        switch packed {
        case EventTypeWords.invite: self = .invite
        case EventTypeWords.accept: self = .accept
        case EventTypeWords.ignore: self = .ignore
        case EventTypeWords.message: self = .message
        case EventTypeWords.post: self = .post
        case EventTypeWords.comment: self = .comment
        case EventTypeWords.like: self = .like
        default: return nil
        }
    }
}

private enum EventTypeWords {
    static let invite = packedWord(EventType.invite.rawValue)
    static let accept = packedWord(EventType.accept.rawValue)
    static let ignore = packedWord(EventType.ignore.rawValue)
    static let message = packedWord(EventType.message.rawValue)
    static let post = packedWord(EventType.post.rawValue)
    static let comment = packedWord(EventType.comment.rawValue)
    static let like = packedWord(EventType.like.rawValue)
}

private extension InvitationLabel {
    init?(packed: UInt64?) {
        if packed == LabelWords.accept { self = .accept } else if packed == LabelWords.ignore { self = .ignore } else { return nil }
    }
}

private enum LabelWords {
    static let accept = packedWord(InvitationLabel.accept.rawValue)
    static let ignore = packedWord(InvitationLabel.ignore.rawValue)
}

/// Person ids keyed by their UTF-8 bytes: an open-addressing table with a
/// cheap hash, looked up straight from the file's bytes. A miss is only a
/// miss (the general path then compares ids as strings), never a wrong hit:
/// equal bytes are equal strings.
struct ByteIDTable {
    private struct Slot {
        /// Offset into `arena` + 1; 0 marks an empty slot.
        var offset: Int32 = 0
        var length: Int32 = 0
        var ref = PersonRef.owner
    }

    private var arena: [UInt8] = []
    private var slots: [Slot]
    private let mask: Int

    init(_ ids: [String: PersonRef]) {
        var capacity = 16
        while capacity < ids.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = Array(repeating: Slot(), count: capacity)
        for (id, ref) in ids {
            let bytes = Array(id.utf8)
            let hash = bytes.withUnsafeBufferPointer { ByteIDTable.hash($0.baseAddress, $0.count) }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].offset != 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(offset: Int32(arena.count + 1), length: Int32(bytes.count), ref: ref)
            arena += bytes
        }
    }

    /// FNV-1a, folded: ids are short, and the table only needs them spread.
    private static func hash(_ p: UnsafePointer<UInt8>?, _ count: Int) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        guard let p else { return h }
        for k in 0..<count { h = (h ^ UInt64(p[k])) &* 0x100_0000_01B3 }
        return h ^ (h >> 29)
    }

    func lookup(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> PersonRef? {
        guard let base = p.baseAddress, start >= 0, start + count <= p.count else { return nil }
        let key = base + start
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                var slot = Int(truncatingIfNeeded: ByteIDTable.hash(key, count)) & mask
                while slots[slot].offset != 0 {
                    let s = slots[slot]
                    if Int(s.length) == count, let a = arena.baseAddress, memcmp(a + Int(s.offset) - 1, key, count) == 0 {
                        return s.ref
                    }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }
    }
}

/// A person's keys as bits, like `EventKey`.
private enum PersonKey: Int, CaseIterable {
    case id, name, headline, photo, connections, joined, mutual, connected, label, kind

    init?(_ key: String) {
        switch key {
        case "id": self = .id
        case "name": self = .name
        case "headline": self = .headline
        case "photo": self = .photo
        case "connections": self = .connections
        case "joined": self = .joined
        case "mutual": self = .mutual
        case "connected": self = .connected
        case "label": self = .label
        case "kind": self = .kind
        default: return nil
        }
    }

    var bit: UInt16 { 1 << UInt16(rawValue) }

    static let personMask = mask(FixtureSchema.personKeys)
    static let ownerMask = mask(FixtureSchema.ownerKeys)

    private static func mask(_ keys: [String]) -> UInt16 { keys.reduce(0) { $0 | (PersonKey($1)?.bit ?? 0) } }
}
