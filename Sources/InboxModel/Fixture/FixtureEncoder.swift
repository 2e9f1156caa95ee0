import Shared

/// Writes an inbox as fixture format v1, JSON or YAML: people first, then
/// events in log order, each key in a fixed order, so the same inbox always
/// gives the same bytes and decoding the output gives the same inbox back.
///
/// Strings are always double-quoted with JSON escapes (which YAML's
/// double-quoted style shares), escaping every character the escape rule
/// calls unsafe (`JSONWriter.appendQuoted`), so text from a fixture cannot
/// break the file or a terminal that shows it.
public enum FixtureEncoder {
    /// The whole document in memory.
    public static func encode(_ inbox: Inbox, format: FixtureFormat) -> [UInt8] {
        var out: [UInt8] = []
        encode(inbox, format: format) { out.append(contentsOf: $0) }
        return out
    }

    /// Streams the document to `write` in chunks of about `chunkSize` bytes,
    /// so a 300,000-message inbox never sits in memory twice. `progress` gets
    /// the fraction of events written, now and then.
    public static func encode(
        _ inbox: Inbox, format: FixtureFormat, chunkSize: Int = 1 << 20,
        progress: ((Double) -> Void)? = nil, write: ([UInt8]) -> Void
    ) {
        var w = FixtureByteWriter(capacity: chunkSize + 4096)
        let yaml = format == .yaml
        let ids = inbox.people.map(\.id)
        func flush(_ w: inout FixtureByteWriter, _ force: Bool) {
            if force ? !w.bytes.isEmpty : w.bytes.count >= chunkSize {
                write(w.bytes)
                w.bytes.removeAll(keepingCapacity: true)
            }
        }

        if yaml {
            w.raw("version: 1\n")
            if let title = inbox.title { w.raw("title: "); w.string(title); w.raw("\n") }
            w.raw("owner: ")
            person(inbox.owner, isOwner: true, yaml: true, &w)
            w.raw("\n")
            if inbox.nowIsExplicit { w.raw("now: "); w.timestamp(inbox.now); w.raw("\n") }
            if let source = inbox.source { w.raw("source: "); w.string(source); w.raw("\n") }
            if !inbox.engagementKnown { w.raw("engagement: \"unknown\"\n") }
        } else {
            w.raw("{\n  \"version\": 1,\n")
            if let title = inbox.title { w.raw("  \"title\": "); w.string(title); w.raw(",\n") }
            w.raw("  \"owner\": ")
            person(inbox.owner, isOwner: true, yaml: false, &w)
            w.raw(",\n")
            if inbox.nowIsExplicit { w.raw("  \"now\": "); w.timestamp(inbox.now); w.raw(",\n") }
            if let source = inbox.source { w.raw("  \"source\": "); w.string(source); w.raw(",\n") }
            if !inbox.engagementKnown { w.raw("  \"engagement\": \"unknown\",\n") }
        }

        let others = inbox.others
        w.raw(yaml ? (others.isEmpty ? "people: []\n" : "people:\n") : (others.isEmpty ? "  \"people\": [],\n" : "  \"people\": [\n"))
        for (k, p) in others.enumerated() {
            w.raw(yaml ? "  - " : "    ")
            person(p, isOwner: false, yaml: yaml, &w)
            w.raw(yaml || k == others.count - 1 ? "\n" : ",\n")
            flush(&w, false)
        }
        if !yaml && !others.isEmpty { w.raw("  ],\n") }

        let events = inbox.events
        w.raw(yaml ? (events.isEmpty ? "events: []\n" : "events:\n") : (events.isEmpty ? "  \"events\": []\n" : "  \"events\": [\n"))
        for (k, e) in events.enumerated() {
            w.raw(yaml ? "  - " : "    ")
            event(e, inbox: inbox, ids: ids, yaml: yaml, &w)
            w.raw(yaml || k == events.count - 1 ? "\n" : ",\n")
            flush(&w, false)
            if k & 4095 == 0 { progress?(Double(k) / Double(events.count)) }
        }
        if !yaml {
            if !events.isEmpty { w.raw("  ]\n") }
            w.raw("}\n")
        }
        flush(&w, true)
        progress?(1)
    }

    private static func person(_ p: Person, isOwner: Bool, yaml: Bool, _ w: inout FixtureByteWriter) {
        var m = MappingWriter(yaml: yaml)
        m.key("id", &w); w.string(p.id)
        m.key("name", &w); w.string(p.name)
        if !p.headline.isEmpty { m.key("headline", &w); w.string(p.headline) }
        if !p.photo { m.key("photo", &w); w.raw("false") }
        if let c = p.connections { m.key("connections", &w); w.int(c) }
        if let j = p.joined { m.key("joined", &w); w.date(j) }
        if let mu = p.mutual { m.key("mutual", &w); w.int(mu) }
        if !isOwner {
            if let c = p.connected { m.key("connected", &w); w.date(c) }
            if let l = p.label { m.key("label", &w); w.string(l.rawValue) }
            if p.kind != .person { m.key("kind", &w); w.string(p.kind.rawValue) }
        }
        m.end(&w)
    }

    private static func event(_ e: Event, inbox: Inbox, ids: [String], yaml: Bool, _ w: inout FixtureByteWriter) {
        func id(_ r: PersonRef) -> String {
            let i = Int(r.index)
            return i >= 0 && i < ids.count ? ids[i] : ""
        }
        func postID() -> String {
            guard let p = e.post, p.index >= 0, Int(p.index) < inbox.posts.count else { return "" }
            return inbox.post(p).id
        }
        var m = MappingWriter(yaml: yaml)
        m.key("type", &w); w.string(e.type.rawValue)
        m.key("at", &w); w.timestamp(e.at)
        switch e.type {
        case .invite:
            m.key("from", &w); w.string(id(e.actor))
            m.key("to", &w); w.string(id(e.subject))
            if !e.text.isEmpty { m.key("note", &w); w.string(e.text) }
            if let l = e.label { m.key("label", &w); w.string(l.rawValue) }
        case .accept, .ignore:
            m.key("by", &w); w.string(id(e.actor))
            m.key("from", &w); w.string(id(e.subject))
        case .message:
            m.key("from", &w); w.string(id(e.actor))
            m.key("to", &w); w.string(id(e.subject))
            m.key("body", &w); w.string(e.text)
        case .post:
            m.key("by", &w); w.string(id(e.actor))
            m.key("id", &w); w.string(postID())
            m.key("text", &w); w.string(e.text)
        case .comment:
            m.key("by", &w); w.string(id(e.actor))
            m.key("post", &w); w.string(postID())
            m.key("text", &w); w.string(e.text)
        case .like:
            m.key("by", &w); w.string(id(e.actor))
            m.key("post", &w); w.string(postID())
        }
        if let c = e.caption { m.key("caption", &w); w.string(c) }
        m.end(&w)
    }
}

/// Writes one `{key: value, …}` mapping on a single line, in either syntax.
private struct MappingWriter {
    let yaml: Bool
    private var first = true

    init(yaml: Bool) { self.yaml = yaml }

    mutating func key(_ name: StaticString, _ w: inout FixtureByteWriter) {
        w.raw(first ? "{" : ", ")
        first = false
        if yaml {
            w.raw(name)
            w.raw(": ")
        } else {
            w.byte(0x22)
            w.raw(name)
            w.raw("\": ")
        }
    }

    func end(_ w: inout FixtureByteWriter) { w.raw(first ? "{}" : "}") }
}

/// A byte buffer with the few primitives the fixture encoder needs, written
/// straight into UTF-8 so encoding 300,000 events costs no formatter objects
/// and no intermediate strings.
private struct FixtureByteWriter {
    var bytes: [UInt8]

    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func int(_ v: Int) {
        if v < 0 { bytes.append(UInt8(ascii: "-")) }
        var m = v.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[n] = UInt8(m % 10) + 0x30
                m /= 10
                n += 1
            } while m > 0
            while n > 0 {
                n -= 1
                bytes.append(d[n])
            }
        }
    }

    private mutating func digits(_ v: Int64, _ width: Int) {
        var div: Int64 = 1
        for _ in 1..<width { div *= 10 }
        var x = v
        while div > 0 {
            bytes.append(UInt8(x / div) + 0x30)
            x %= div
            div /= 10
        }
    }

    /// `"2026-03-20T09:00:00Z"`, with milliseconds only when non-zero.
    mutating func timestamp(_ t: Timestamp) {
        let days = t.milliseconds.floorDiv(86_400_000)
        let (y, mo, d) = CivilCalendar.civilFromDays(days)
        guard (0...9999).contains(y) else {
            // Outside what four year digits can say; the long form is at least honest.
            string(t.iso8601)
            return
        }
        let msOfDay = t.milliseconds.floorMod(86_400_000)
        let secs = msOfDay / 1000, ms = msOfDay % 1000
        bytes.append(0x22)
        digits(y, 4); bytes.append(UInt8(ascii: "-"))
        digits(mo, 2); bytes.append(UInt8(ascii: "-"))
        digits(d, 2); bytes.append(UInt8(ascii: "T"))
        digits(secs / 3600, 2); bytes.append(UInt8(ascii: ":"))
        digits(secs / 60 % 60, 2); bytes.append(UInt8(ascii: ":"))
        digits(secs % 60, 2)
        if ms != 0 {
            bytes.append(UInt8(ascii: "."))
            digits(ms, 3)
        }
        bytes.append(UInt8(ascii: "Z"))
        bytes.append(0x22)
    }

    /// `"2026-03-20"` at midnight UTC, else the full timestamp.
    mutating func date(_ t: Timestamp) {
        let (y, mo, d) = CivilCalendar.civilFromDays(t.milliseconds.floorDiv(86_400_000))
        guard t.milliseconds.floorMod(86_400_000) == 0, (0...9999).contains(y) else {
            timestamp(t)
            return
        }
        bytes.append(0x22)
        digits(y, 4); bytes.append(UInt8(ascii: "-"))
        digits(mo, 2); bytes.append(UInt8(ascii: "-"))
        digits(d, 2)
        bytes.append(0x22)
    }

    /// A double-quoted string with JSON's escapes (which YAML's
    /// double-quoted style shares): valid JSON and valid YAML, and inert in
    /// a terminal.
    mutating func string(_ s: String) { JSONWriter.appendQuoted(s, to: &bytes) }
}
