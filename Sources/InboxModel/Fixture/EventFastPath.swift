/// Reading 300,000 events through the general reader makes a string for
/// every key, id and timestamp and hashes each id. The fast path matches
/// keys, types and labels as bytes, looks ids up by their bytes, parses
/// timestamps in place, and makes strings only for text; what it reads is a
/// `RawEvent` for the same resolver as the general path. It takes only
/// events it can read completely and that resolve cleanly; anything else
/// (escapes in ids, unknown or repeated keys, unknown people, any error)
/// goes back to its first byte and through `readEvent`, so results and
/// errors are exactly those of the general path.
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

    /// The event at the reader, read the fast way and resolved; nil (and
    /// nothing changed but the reader's place) if the fast path can't take it.
    mutating func fastEvent(index: Int) -> Event? {
        if idTable == nil { idTable = ByteIDTable(ids) }
        guard let table = idTable else { return nil }
        var raw = RawEvent(index: index, position: reader.position)
        guard fastRead(&raw, ids: table) else { return nil }
        do throws(FixtureError) { return try resolved(&raw) } catch { return nil }
    }

    /// Fills `raw` from the event object at the reader, checking its keys
    /// against its type's rule; false at anything the fast path can't take.
    @inline(__always)
    private mutating func fastRead(_ raw: inout RawEvent, ids table: ByteIDTable) -> Bool {
        guard reader.fastEnterObject() else { return false }
        // Loaded once for the event: each use of a static is a check that
        // it was made.
        let keys = EventKey.words
        var type: EventType?
        var at: Timestamp?
        reading: while true {
            switch reader.fastNextKey() {
            case .miss: return false
            case .end: break reading
            case .key(let keyStart, let count):
                guard let k = reader.withBytes({ keys.lookup($0, keyStart, count) }), raw.present & k.bit == 0 else { return false }
                raw.present |= k.bit
                let pos = reader.position
                switch k.kind {
                case .eventType:
                    guard let v = reader.fastPlainString(), let t = reader.withBytes({ EventType.words.lookup($0, v.start, v.count) }) else { return false }
                    type = t
                case .timestamp:
                    guard let v = reader.fastPlainString(),
                          let t = reader.withBytes({ try? Timestamp.parse(utf8: UnsafeBufferPointer(rebasing: $0[v.start..<v.start + v.count])) })
                    else { return false }
                    at = t
                case .person:
                    guard let v = reader.fastPlainString(), let ref = reader.withBytes({ table.lookup($0, v.start, v.count) }) else { return false }
                    raw.setPerson(k, RawEvent.PersonField(found: ref, position: pos))
                case .label:
                    guard let v = reader.fastPlainString(), let l = reader.withBytes({ InvitationLabel.words.lookup($0, v.start, v.count) }) else { return false }
                    raw.label = l
                case .postID:
                    guard let v = try? reader.readString() else { return false }
                    raw.postID = v
                    raw.postPosition = pos
                case .text:
                    guard let v = try? reader.readString() else { return false }
                    raw.text = v
                case .nullableText:
                    if !reader.fastNull() {
                        guard let v = try? reader.readString() else { return false }
                        raw.caption = v
                    }
                }
            }
        }
        guard let type, let at else { return false }
        let rule = EventRule.of(type)
        guard raw.present & ~rule.allowed == 0, raw.present & rule.required == rule.required else { return false }
        raw.type = type
        raw.at = at
        return true
    }
}
