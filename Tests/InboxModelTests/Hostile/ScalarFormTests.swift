import InboxModel
import Testing

/// Every YAML 1.1 spelling of an integer, a boolean and a timestamp, in
/// every field of that type: each is read the one documented way or
/// refused with a located error naming the field, never trapped on and
/// never silently read as something else.
@Suite struct ScalarFormTests {
    static func fixture(owner extra: String = "", person: String = "", now: String? = nil, version: String = "1", at: String = "2026-03-20T09:00:00Z") -> String {
        """
        version: \(version)
        \(now.map { "now: \($0)" } ?? "title: t")
        owner: {id: me, name: Robin Okafor\(extra)}
        people:
          - {id: p1, name: Mara Lindqvist\(person)}
        events:
          - {type: invite, at: \(at), from: p1, to: me}

        """
    }

    static func error(_ text: String) -> FixtureError? {
        do {
            _ = try FixtureDecoder.decode(text, format: .yaml, file: "f.yaml")
            return nil
        } catch {
            return error
        }
    }

    /// YAML 1.1 integer forms (and what YAML 1.2 would read them as).
    static let integerForms: [(text: String, names: String)] = [
        ("1:0:0:0:0:0:0:0:0:0:0", "base 60"), ("1:30", "base 60"), ("-1:30", "base 60"),
        ("0x1F", "hexadecimal"), ("0X1f", "hexadecimal"), ("0o17", "octal"), ("0b101", "binary"), ("0B1", "binary"),
        ("017", "leading zero"), ("00", "leading zero"), ("1_000", "_ separators"), ("+5", "leading +"),
    ]

    @Test(arguments: integerForms.map(\.text))
    func integerFormsAreRefusedInEveryField(text: String) throws {
        let form = try #require(Self.integerForms.first { $0.text == text })
        let names = form.names
        let cases: [(fixture: String, path: String, line: Int)] = [
            (Self.fixture(version: text), "version", 1),
            (Self.fixture(owner: ", connections: \(text)"), "owner.connections", 3),
            (Self.fixture(person: ", mutual: \(text)"), "people[0].mutual", 5),
        ]
        for c in cases {
            let e = try #require(Self.error(c.fixture), "\(text) in \(c.path) was accepted")
            #expect(e.path == c.path)
            #expect(e.location?.line == c.line)
            #expect(e.message.contains(names), "\(e.message)")
            #expect(e.file == "f.yaml")
        }
    }

    @Test func plainIntegersAreRead() throws {
        let inbox = try FixtureDecoder.decode(Self.fixture(owner: ", connections: 0", person: ", mutual: 9223372036854775807"), format: .yaml)
        #expect(inbox.owner.connections == 0)
        #expect(inbox.people[1].mutual == Int.max)
        // Quoted digits are a string, not a number.
        #expect(Self.error(Self.fixture(version: "\"1\""))?.message == "expected a whole number, found a string")
    }

    @Test(arguments: ["9223372036854775808", "-9223372036854775809", "99999999999999999999999999"])
    func integersPastSixtyFourBitsAreTooLarge(text: String) throws {
        let e = try #require(Self.error(Self.fixture(owner: ", connections: \(text)")))
        #expect(e.message == "number is too large")
        #expect(e.path == "owner.connections")
    }

    @Test func negativeCountsAreRefused() throws {
        #expect(Self.error(Self.fixture(owner: ", connections: -3"))?.message == "must be 0 or more, found -3")
    }

    @Test(arguments: ["1.0", "1e3", ".5", ".inf", "-.inf", ".nan", "1.5e+2"])
    func fractionsAreNotWholeNumbers(text: String) throws {
        let e = try #require(Self.error(Self.fixture(version: text)))
        #expect(e.message == "expected a whole number, found \"\(text)\"")
        #expect(e.location?.line == 1)
    }

    @Test(arguments: ["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF"])
    func yaml11BooleansAreRefused(text: String) throws {
        let e = try #require(Self.error(Self.fixture(owner: ", photo: \(text)")))
        #expect(e.message == "\"\(text)\" is a YAML 1.1 boolean; write true or false")
        #expect(e.path == "owner.photo")
        #expect(e.location?.line == 3)
    }

    @Test(arguments: ["true", "True", "TRUE", "false", "False", "FALSE"])
    func coreBooleansAreRead(text: String) throws {
        let inbox = try FixtureDecoder.decode(Self.fixture(person: ", photo: \(text)"), format: .yaml)
        #expect(inbox.people[1].photo == (text.lowercased() == "true"))
    }

    @Test(arguments: ["yes", "no", "on", "off", "y", "n", "0x1F", "1:30", "017", "+5", "1_000", "~x", "2026-03-20"])
    func yaml11FormsStayTextWhereTextIsExpected(text: String) throws {
        let inbox = try FixtureDecoder.decode(Self.fixture(person: ", headline: \(text)"), format: .yaml)
        #expect(inbox.people[1].headline == text)
    }

    /// YAML 1.1's timestamp forms: those with a zone this program reads
    /// are read; the rest are refused at their field with a reason.
    static let timestampForms: [(text: String, accepted: Bool)] = [
        ("2001-12-14t21:59:43.10-05:00", true),
        ("2001-12-14 21:59:43.10-05:00", true),
        ("2001-12-14T21:59:43Z", true),
        ("2001-12-14 21:59:43.10 -5", false),
        ("2001-12-14 21:59:43.10 -05:00", false),
        ("2001-12-14T21:59:43.10", false),
        ("2001-12-14", false),
        ("2002-1-5T00:00:00Z", false),
        ("2001-12-14T2:59:43Z", false),
        ("10000-01-01T00:00:00Z", false),
        ("-0001-12-31T00:00:00Z", false),
        ("9999-12-31T23:59:59-00:01", false),
        ("0000-01-01T00:00:00+00:01", false),
        ("9999-12-31T23:59:59Z", true),
        ("0000-01-01T00:00:00Z", true),
    ]

    @Test(arguments: timestampForms.map(\.text))
    func timestampFormsInEveryField(text: String) throws {
        let form = try #require(Self.timestampForms.first { $0.text == text })
        let accepted = form.accepted
        // `now` and an event's `at`; `joined` also takes a bare date.
        let cases: [(fixture: String, path: String, line: Int)] = [
            (Self.fixture(now: "\"\(text)\""), "now", 2),
            (Self.fixture(at: text), "events[0].at", 7),
            (Self.fixture(person: ", joined: \(text)"), "people[0].joined", 5),
        ]
        for c in cases {
            let e = Self.error(c.fixture)
            if c.path == "people[0].joined" && text == "2001-12-14" {
                #expect(e == nil, "a bare date is a valid joined date")
                continue
            }
            if accepted {
                // The event may now come before `now` or the like; only the
                // field itself must not be refused.
                #expect(e?.path != c.path, "\(text) refused at \(c.path): \(e?.message ?? "")")
            } else {
                let e = try #require(e, "\(text) accepted at \(c.path)")
                #expect(e.path == c.path, "\(e)")
                #expect(e.location?.line == c.line)
                #expect(e.message.hasPrefix("\"\(text)\": "), "\(e.message)")
            }
        }
    }

    @Test func timestampsOutsideFourDigitYearsAreRefused() {
        #expect(throws: TimestampError.outOfRange("timestamp falls outside the years 0000 to 9999 in UTC")) {
            try Timestamp.parse("9999-12-31T23:59:59-23:59")
        }
        #expect(throws: TimestampError.self) { try Timestamp.parse("0000-01-01T00:00:00+00:01") }
        #expect(Timestamp.latestPrintable.iso8601 == "9999-12-31T23:59:59.999Z")
        #expect(Timestamp.earliestPrintable.iso8601 == "0000-01-01T00:00:00Z")
        #expect(!Timestamp.latestPrintable.adding(seconds: 1).isPrintable)
    }

    @Test(arguments: ["0", "-0", "7", "-7", "9223372036854775807", "-9223372036854775808"])
    func integerParserReadsPlainDigits(text: String) throws {
        #expect(try PlainScalar.integer(text).get() == Int(text))
    }

    @Test func integerParserRespectsSign() {
        #expect(PlainScalar.integer("-3", allowNegative: false) == .failure(.negative(-3)))
        #expect(PlainScalar.integer("", allowNegative: true) == .failure(.notWhole("")))
        #expect(PlainScalar.integer("-", allowNegative: true) == .failure(.notWhole("-")))
        #expect(PlainScalar.integer("12a", allowNegative: true) == .failure(.notWhole("12a")))
    }

    @Test(arguments: [("01", "leading zeros are not allowed in JSON numbers"), ("-01", "leading zeros are not allowed in JSON numbers"),
                      ("00", "leading zeros are not allowed in JSON numbers"), ("1.", "expected digits after '.' in a number"),
                      ("1e", "expected digits in a number's exponent"), ("-", "expected a number"), ("1.5", "expected a whole number")])
    func jsonNumbersFollowRFC8259(text: String, message: String) throws {
        let json = "{\"version\": 1, \"owner\": {\"id\": \"me\", \"name\": \"R\", \"connections\": \(text)}, \"people\": [], \"events\": []}"
        do {
            _ = try FixtureDecoder.decode(json, format: .json)
            Issue.record("\(text) was accepted")
        } catch {
            #expect(error.message == message)
            #expect(error.path == "owner.connections")
            #expect(error.location == SourceLocation(line: 1, column: 66))
        }
    }

    @Test func jsonNumbersAreCheckedWhereSkippedToo() throws {
        // `title` takes a string; a number there is reported as such, but a
        // malformed number is reported as malformed first.
        let json = "{\"version\": 1, \"title\": 007, \"owner\": {\"id\": \"me\", \"name\": \"R\"}, \"people\": [], \"events\": []}"
        #expect(throws: FixtureError.self) { try FixtureDecoder.decode(json, format: .json) }
    }
}
