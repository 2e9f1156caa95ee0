/// The owner and the people: each key checked once, as bits, with the
/// owner taking fewer keys than anyone else.
extension SchemaDecoder {
    mutating func peopleList() throws(FixtureError) {
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

    mutating func person(path: String, isOwner: Bool) throws(FixtureError) -> Person {
        var idPosition: SourcePosition?
        return try person(path: { path }, isOwner: isOwner, idPosition: &idPosition)
    }

    /// Reads a person; `idPosition` is where its id was written, for
    /// errors about the id found only after the whole mapping is read.
    /// `path` is only formatted for an error: 30,000 people would otherwise
    /// build 200,000 key paths nobody reads.
    mutating func person(path: () -> String, isOwner: Bool, idPosition: inout SourcePosition?) throws(FixtureError) -> Person {
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
