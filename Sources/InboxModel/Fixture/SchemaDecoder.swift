/// Reads the v1 schema from any `FixtureReader`: the document here, people
/// in PeopleDecoding.swift, events in EventReading.swift (and, for JSON,
/// EventFastPath.swift), turned into the log by EventResolver.swift.
struct SchemaDecoder<R: FixtureReader> {
    var reader: R

    var title: String?
    var source: String?
    var engagementKnown = true
    var owner: Person?
    var now: Timestamp?
    var people: [Person] = []
    var peopleRead = false
    var ids: [String: PersonRef] = [:]
    // The second core's half of the events list (EventListSplit.swift)
    // fills and merges these too.
    var posts: [Post] = []
    var postIDs: [String: PostRef] = [:]
    var events: [Event] = []
    /// Source position of each event object, by file index.
    var eventPositions: [SourcePosition] = []
    /// Events read before `people` (or posts referenced before defined),
    /// resolved once the whole document is read.
    var deferred: [RawEvent] = []
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

    func error(_ path: String, _ message: String, at position: SourcePosition? = nil) -> FixtureError {
        FixtureError(location: reader.location(of: position ?? reader.position), path: path, message: message)
    }

    /// Runs `body`, attaching `path` to errors that don't have one.
    mutating func at<T>(_ path: String, _ body: (inout Self) throws(FixtureError) -> T) throws(FixtureError) -> T {
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
        for var raw in deferred { events[raw.index] = try resolved(&raw) }
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

}
