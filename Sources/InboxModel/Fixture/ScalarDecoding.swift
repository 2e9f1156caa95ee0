/// Values that may be null, counts and timestamps, read with the field
/// errors every part of the schema shares.
extension SchemaDecoder {
    mutating func optionalString() throws(FixtureError) -> String? {
        if try reader.kind() == .null {
            try reader.skipValue()
            return nil
        }
        return try reader.readString()
    }

    mutating func optionalBool() throws(FixtureError) -> Bool? {
        if try reader.kind() == .null {
            try reader.skipValue()
            return nil
        }
        return try reader.readBool()
    }

    mutating func optionalCount() throws(FixtureError) -> Int? {
        if try reader.kind() == .null {
            try reader.skipValue()
            return nil
        }
        let pos = reader.position
        let v = try reader.readInt()
        guard v >= 0 else { throw error("", "must be 0 or more, found \(v)", at: pos) }
        return v
    }

    mutating func optionalTimestamp(dateOnly: Bool) throws(FixtureError) -> Timestamp? {
        if try reader.kind() == .null {
            try reader.skipValue()
            return nil
        }
        return try timestamp(dateOnly: dateOnly)
    }

    mutating func timestamp(dateOnly: Bool) throws(FixtureError) -> Timestamp {
        let pos = reader.position
        let text = try reader.readString()
        do {
            return try Timestamp.parse(text, allowDateOnly: dateOnly)
        } catch {
            throw self.error("", "\"\(FixtureSchema.shown(text))\": \(error)", at: pos)
        }
    }

}

extension String {
    var trimmingWhitespace: Substring {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
