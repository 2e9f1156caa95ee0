/// The general way to read the `events` list, for both spellings: every
/// key as a string, every check made and reported with its location.
extension SchemaDecoder {
    mutating func eventList() throws(FixtureError) {
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
    mutating func readEvent(index: Int) throws(FixtureError) {
        var raw = try rawEvent(index: index)
        eventPositions.append(raw.position)
        if canResolve {
            events.append(try resolved(&raw))
        } else {
            events.append(Event(type: raw.type, at: raw.at, actor: .owner, subject: .owner, sequence: index))
            deferred.append(raw)
        }
    }

    /// `events[12]`, built only when an error needs it: formatting a path
    /// for each of 300,000 events would cost more than reading them.
    static func eventPath(_ index: Int) -> String { "events[\(index)]" }

    private mutating func rawEvent(index: Int) throws(FixtureError) -> RawEvent {
        let start = reader.position
        do { try reader.enterObject() } catch var e {
            if e.path.isEmpty { e.path = Self.eventPath(index) }
            throw e
        }
        var raw = RawEvent(index: index, position: start)
        var typeText: String?, typePos = start
        var atText: String?, atPos = start
        var labelText: (String, SourcePosition)?
        // Keys in file order, four bits each, so a key that is not allowed
        // is reported as the first one written.
        var order: UInt64 = 0
        var count = 0
        while let key = try reader.nextKey() {
            let pos = reader.position
            guard let k = EventKey.words.lookup(key) else {
                throw error(Self.eventPath(index) + "." + FixtureSchema.shown(key), FixtureSchema.unknownKey(key, known: FixtureSchema.allEventKeys))
            }
            guard raw.present & k.bit == 0 else { throw error(Self.eventPath(index) + "." + key, "duplicate key") }
            raw.present |= k.bit
            order |= UInt64(k.rawValue + 1) << UInt64(4 * count)
            count += 1
            do {
                switch k.kind {
                case .eventType: typeText = try reader.readString(); typePos = pos
                case .timestamp: atText = try reader.readString(); atPos = pos
                case .nullableText: raw.caption = try optionalString()
                case .person: raw.setWrittenID(k, try reader.readString(), position: pos)
                case .postID: raw.postID = try reader.readString(); raw.postPosition = pos
                case .label: labelText = (try reader.readString(), pos)
                case .text: raw.text = try reader.readString()
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
        let rule = EventRule.of(type)
        if raw.present & ~rule.allowed != 0 {
            for k in EventKey.unpacked(order) where rule.allowed & k.bit == 0 {
                throw error(Self.eventPath(index) + "." + k.name, "not allowed on \(type.withArticle) event", at: start)
            }
        }
        guard let atText else { throw error(Self.eventPath(index), "missing required key \"at\"", at: start) }
        if raw.present & rule.required != rule.required {
            for k in rule.requiredKeys where raw.present & k.bit == 0 {
                throw error(Self.eventPath(index), "missing required key \"\(k.name)\" for \(type.withArticle) event", at: start)
            }
        }
        do {
            raw.at = try Timestamp.parse(atText, allowDateOnly: false)
        } catch {
            throw self.error(Self.eventPath(index) + ".at", "\"\(FixtureSchema.shown(atText))\": \(error)", at: atPos)
        }
        if let (label, pos) = labelText {
            guard let l = InvitationLabel(rawValue: label) else {
                throw error(Self.eventPath(index) + ".label", "unknown label \"\(FixtureSchema.shown(label))\"; expected accept or ignore", at: pos)
            }
            raw.label = l
        }
        return raw
    }
}
