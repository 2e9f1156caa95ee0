import InboxModel
import Testing

@Suite struct TimestampParsingTests {
    static let nineAM: Int64 = 1_773_997_200_000 // 2026-03-20T09:00:00Z

    @Test(arguments: [
        ("2026-03-20T09:00:00Z", nineAM),
        ("2026-03-20T09:00Z", nineAM),
        ("2026-03-20t09:00:00z", nineAM),
        ("2026-03-20 09:00:00Z", nineAM),
        ("2026-03-20T11:00:00+02:00", nineAM),
        ("2026-03-20T11:00:00+0200", nineAM),
        ("2026-03-20T04:30:00-04:30", nineAM),
        ("2026-03-19T23:00:00-10:00", nineAM),
        ("2026-03-20T09:00:00.5Z", nineAM + 500),
        ("2026-03-20T09:00:00.123Z", nineAM + 123),
        ("2026-03-20T09:00:00,123Z", nineAM + 123),
        ("2026-03-20T09:00:00.123999Z", nineAM + 123),
        ("2026-03-20T09:00:00.000000000001Z", nineAM),
        ("2024-02-29T00:00:00Z", 1_709_164_800_000),
        ("2000-02-29T12:34:56.789Z", 951_827_696_789),
        ("1969-12-31T23:59:59.999Z", -1),
        ("0001-01-01T00:00:00Z", -62_135_596_800_000),
        ("9999-12-31T23:59:59Z", 253_402_300_799_000),
        // A leap second lands on the next minute rather than being refused.
        ("2016-12-31T23:59:60Z", 1_483_228_800_000),
    ] as [(String, Int64)])
    func parsesValidTimestamps(text: String, milliseconds: Int64) throws {
        #expect(try Timestamp.parse(text).milliseconds == milliseconds)
    }

    @Test func dateOnlyIsMidnightUTCWhereAllowed() throws {
        #expect(try Timestamp.parse("2026-03-20", allowDateOnly: true).milliseconds == 1_773_964_800_000)
        #expect(throws: TimestampError.missingZone) { try Timestamp.parse("2026-03-20") }
    }

    @Test(arguments: [
        ("2026-02-29T00:00:00Z", TimestampError.outOfRange("day 29 does not exist in 2026-02")),
        ("2026-02-30T00:00:00Z", .outOfRange("day 30 does not exist in 2026-02")),
        ("2024-02-30T00:00:00Z", .outOfRange("day 30 does not exist in 2024-02")),
        ("1900-02-29T00:00:00Z", .outOfRange("day 29 does not exist in 1900-02")),
        ("2026-04-31T00:00:00Z", .outOfRange("day 31 does not exist in 2026-04")),
        ("2026-03-00T00:00:00Z", .outOfRange("day 0 does not exist in 2026-03")),
        ("2026-13-01T00:00:00Z", .outOfRange("month 13 is not between 1 and 12")),
        ("2026-00-01T00:00:00Z", .outOfRange("month 0 is not between 1 and 12")),
        ("2026-03-20T25:00:00Z", .outOfRange("hour 25 is not between 0 and 23")),
        ("2026-03-20T24:00:00Z", .outOfRange("hour 24 is not between 0 and 23")),
        ("2026-03-20T09:60:00Z", .outOfRange("minute 60 is not between 0 and 59")),
        ("2026-03-20T09:00:61Z", .outOfRange("second 61 is not between 0 and 60")),
        ("2026-03-20T09:00:00+24:00", .outOfRange("time zone offset is out of range")),
        ("2026-03-20T09:00:00+02:60", .outOfRange("time zone offset is out of range")),
        ("2026-03-20T09:00:00", .missingZone),
        ("2026-03-20T09:00", .missingZone),
        ("2026-03-20T09:00:00.5", .missingZone),
        ("", .malformed),
        ("garbage", .malformed),
        ("2026-3-20T09:00:00Z", .malformed),
        ("26-03-20T09:00:00Z", .malformed),
        ("2026/03/20T09:00:00Z", .malformed),
        ("2026-03-20X09:00:00Z", .malformed),
        ("2026-03-20T9:00:00Z", .malformed),
        ("2026-03-20T09:00:00.Z", .malformed),
        ("2026-03-20T09:00:00ZZ", .malformed),
        ("2026-03-20T09:00:00Z ", .malformed),
        (" 2026-03-20T09:00:00Z", .malformed),
        ("2026-03-20T09:00:00+2", .malformed),
        ("2026-03-20T09:00:00UTC", .malformed),
        ("２０２６-03-20T09:00:00Z", .malformed),
    ] as [(String, TimestampError)])
    func rejectsInvalidTimestamps(text: String, expected: TimestampError) {
        #expect(throws: expected) { try Timestamp.parse(text, allowDateOnly: false) }
    }

    @Test func errorsDescribeTheFix() {
        #expect(TimestampError.missingZone.description == "timestamp has no time zone; add Z or an offset like +02:00")
        #expect(TimestampError.malformed.description == "expected an ISO 8601 timestamp like 2026-03-20T09:00:00Z")
    }
}

@Suite struct TimestampFormattingTests {
    @Test func formatsWithoutMillisecondsWhenWhole() throws {
        let t = try Timestamp.parse("2026-03-20T11:00:00+02:00")
        #expect(t.iso8601 == "2026-03-20T09:00:00Z")
        #expect(t.description == "2026-03-20T09:00:00Z")
        #expect(t.dateString == "2026-03-20")
        #expect(t.timeOfDayString == "09:00")
    }

    @Test func formatsMilliseconds() throws {
        #expect(try Timestamp.parse("2000-02-29T12:34:56.07Z").iso8601 == "2000-02-29T12:34:56.070Z")
    }

    @Test func formatsBeforeTheEpoch() {
        #expect(Timestamp(milliseconds: -1).iso8601 == "1969-12-31T23:59:59.999Z")
        #expect(Timestamp(milliseconds: -86_400_000).dateString == "1969-12-31")
        #expect(Timestamp(milliseconds: -1).timeOfDayString == "23:59")
    }

    @Test func componentsAreUTC() throws {
        let c = try Timestamp.parse("2024-02-29T23:45:00-01:00").components
        #expect(c.year == 2024 && c.month == 3 && c.day == 1 && c.hour == 0 && c.minute == 45)
        // 2024-03-01 was a Friday.
        #expect(c.weekday == 5 && Timestamp.weekdayNames[c.weekday] == "Fri" && c.second == 0)
    }

    @Test func weekdaysAndSecondsBeforeAndAfterTheEpoch() throws {
        #expect(Timestamp(milliseconds: 0).components.weekday == 4)
        #expect(Timestamp(milliseconds: -1).components.weekday == 3)
        #expect(Timestamp(milliseconds: -1).components.second == 59)
        #expect(try Timestamp.parse("2026-03-22T10:11:12Z").components.weekday == 0)
        #expect(try Timestamp.parse("2026-03-22T10:11:12Z").components.second == 12)
    }

    @Test func arithmetic() throws {
        let t = try Timestamp.parse("2024-02-28T12:00:00Z")
        #expect(t.adding(days: 1).dateString == "2024-02-29")
        #expect(t.adding(days: 2).dateString == "2024-03-01")
        #expect(t.adding(hours: 12).iso8601 == "2024-02-29T00:00:00Z")
        #expect(t.adding(minutes: -1).iso8601 == "2024-02-28T11:59:00Z")
        #expect(t.adding(seconds: 1).seconds == t.seconds + 1)
        #expect(t.seconds(until: t.adding(days: 1)) == 86_400)
        #expect(t.adding(days: 1).seconds(until: t) == -86_400)
        #expect(t.startOfDay.iso8601 == "2024-02-28T00:00:00Z")
        #expect(Timestamp(milliseconds: -1).startOfDay.iso8601 == "1969-12-31T00:00:00Z")
        #expect(Timestamp(milliseconds: -1).seconds == -1)
        #expect(Timestamp(seconds: 2).milliseconds == 2000)
    }

    @Test func distantTimesFormatWithoutTrapping() {
        #expect(!Timestamp.distantPast.iso8601.isEmpty)
        #expect(!Timestamp.distantFuture.iso8601.isEmpty)
        #expect(Timestamp.distantPast < Timestamp(milliseconds: 0))
        #expect(Timestamp.distantPast.seconds(until: .distantFuture) > 0)
    }
}

@Suite struct CivilDateRoundTripTests {
    /// Every day from 1896 to 2104 (leap rules for 1900, 2000 and 2100
    /// included) formats and parses back to itself.
    @Test func everyDayRoundTrips() throws {
        let first = try Timestamp.parse("1896-01-01T00:00:00Z")
        let last = try Timestamp.parse("2104-12-31T00:00:00Z")
        var t = first
        var days = 0
        var leapDays = 0
        while t <= last {
            let date = t.dateString
            #expect(try Timestamp.parse(date, allowDateOnly: true) == t, "\(date)")
            if date.hasSuffix("-02-29") { leapDays += 1 }
            t = t.adding(days: 1)
            days += 1
        }
        #expect(days == 76_336)
        // 1896..2104 has 53 years divisible by 4, minus 1900 and 2100.
        #expect(leapDays == 51)
    }

    @Test(arguments: [
        "2026-03-20T09:00:00Z", "2026-03-20T09:00:00.001Z", "1970-01-01T00:00:00Z",
        "1969-07-20T20:17:40Z", "2000-02-29T23:59:59.999Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
    ])
    func iso8601RoundTrips(text: String) throws {
        let t = try Timestamp.parse(text)
        #expect(t.iso8601 == text)
        #expect(try Timestamp.parse(t.iso8601) == t)
    }
}

@Suite struct TimestampExtremeTests {
    @Test(arguments: [Int64.min, Int64.min + 1, Int64.max, Int64.max - 1, -1, 0, Timestamp.distantPast.milliseconds, Timestamp.distantFuture.milliseconds])
    func anyInstantFormatsWithoutTrapping(ms: Int64) {
        let t = Timestamp(milliseconds: ms)
        #expect(!t.iso8601.isEmpty)
        #expect(!t.dateString.isEmpty)
        #expect(t.components.month >= 1)
        #expect((try? Timestamp.parse(t.iso8601)) == (t.isPrintable ? t : nil))
    }
}
