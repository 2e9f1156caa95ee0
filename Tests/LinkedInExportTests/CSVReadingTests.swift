import InboxModel
@testable import LinkedInExport
import Testing

/// Headers found by name wherever they are, and every way a file can be
/// wrong reported at its line, without quoting its text.
@Suite struct CSVReadingTests {
    func messages(_ text: String) throws(ExportError) -> (Inbox, ExportSummary) {
        try ExportReader.inbox(from: SampleInbox.files([("messages.csv", Array(text.utf8))]))
    }

    static let header = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER"

    @Test func headerNamesAreMatchedLooselyAndOptionalColumnsMayBeMissing() throws {
        let text = """
        " date ",Content,"from",conversation id,TO,Sender Profile URL
        2025-06-01 14:03:22 UTC,Hello there,Ana Lima,c1,Robin Okafor,https://www.linkedin.com/in/ana-lima/
        2025-06-01 15:00:00 UTC,Hi Ana,Robin Okafor,c1,Ana Lima,https://www.linkedin.com/in/Robin-Okafor?trk=x
        """
        let profile = Array("First Name,Last Name,Headline\nRobin,Okafor,Head of Product".utf8)
        let (inbox, _) = try ExportReader.inbox(from: SampleInbox.files([("messages.csv", Array(text.utf8)), ("Profile.csv", profile)]))
        #expect(inbox.owner.id == "robin-okafor")
        #expect(inbox.owner.name == "Robin Okafor")
        let ana = try #require(inbox.ref(forPersonID: "ana-lima"))
        #expect(inbox.state().thread(with: ana)?.messages.count == 2)
    }

    @Test func theConnectionsPreambleIsFoundNotCounted() throws {
        let text = "\u{FEFF}Notes:\n\"Some, quoted\nsentence.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lima,https://www.linkedin.com/in/ana-lima,,Kestrel,Data Lead,08 Feb 2026\n,,,,,,09 Feb 2026"
        let (inbox, summary) = try ExportReader.inbox(from: SampleInbox.files([("Connections.csv", Array(text.utf8))]))
        let ana = try #require(inbox.ref(forPersonID: "ana-lima"))
        #expect(inbox.person(ana).headline == "Data Lead at Kestrel")
        #expect(inbox.person(ana).connected == SampleInbox.t("2026-02-08T00:00:00Z"))
        #expect(summary.hiddenConnections == 1)
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() {
        let text = Self.header + "\nc1,,Ana,,Robin,2025-06-01 14:03:22 UTC,,fine,INBOX\nc1,,Ana,,Robin,2025-06-02 14:03:22 UTC,,\"never closed,INBOX\nc1,,Ana,,Robin,2025-06-03 14:03:22 UTC,,more,INBOX"
        #expect(throws: ExportError.unbalancedQuote(file: "messages.csv", line: 3)) { try messages(text) }
    }

    @Test func invalidUTF8IsReportedAtItsLine() {
        var bytes = Array((Self.header + "\nc1,,Ana,,Robin,2025-06-01 14:03:22 UTC,,ok,INBOX\nc1,,Ana,,Robin,2025-06-01 14:03:22 UTC,,").utf8)
        bytes += [0xC3, 0x28] + Array(",INBOX".utf8)
        #expect(throws: ExportError.invalidUTF8(file: "messages.csv", line: 3)) {
            try ExportReader.inbox(from: SampleInbox.files([("messages.csv", bytes)]))
        }
    }

    @Test func aHeaderWithNoKnownColumnIsRefused() {
        #expect(throws: ExportError.noKnownColumns(file: "messages.csv")) { try messages("alpha,beta,gamma\n1,2,3") }
    }

    @Test func aMissingRequiredColumnIsNamed() {
        #expect(throws: ExportError.missingColumn(file: "messages.csv", line: 1, column: "DATE")) {
            try messages("CONVERSATION ID,FROM,TO,CONTENT\nc1,Ana,Robin,hi")
        }
    }

    @Test func aBadDateIsReportedByLineAndColumnOnly() throws {
        let text = Self.header + "\nc1,,Ana,,Robin,yesterday-ish secret,,hi,INBOX"
        #expect(throws: ExportError.badValue(file: "messages.csv", line: 2, column: "DATE")) { try messages(text) }
        let e = ExportError.badValue(file: "messages.csv", line: 2, column: "DATE")
        #expect(!e.description.contains("secret"))
    }

    /// Lines are counted only once a row is refused: the rows before it,
    /// quoted fields over several lines among them, still count in full.
    @Test func aBadValueAfterMultiLineFieldsIsAtItsLine() {
        let text = Self.header
            + "\nc1,,Ana,,Robin,2025-06-01 14:03:22 UTC,,\"one\ntwo\nthree\",INBOX"
            + "\n\nc1,,Ana,,Robin,2025-06-02 14:03:22 UTC,,\"a\n\nb\",INBOX"
            + "\nc1,,Ana,,Robin,not a date,,hi,INBOX"
        #expect(throws: ExportError.badValue(file: "messages.csv", line: 9, column: "DATE")) { try messages(text) }
    }

    @Test func draftsAreDropped() throws {
        let text = "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,DATE,CONTENT,IS MESSAGE DRAFT\nc1,Ana,https://www.linkedin.com/in/ana,Robin,2025-06-01 14:03:22 UTC,sent,No\nc1,Robin,,Ana,2025-06-01 15:03:22 UTC,unsent,Yes"
        let (inbox, summary) = try messages(text)
        #expect(summary.drafts == 1)
        #expect(inbox.events.map(\.text) == ["sent"])
    }

    @Test func htmlBecomesText() {
        #expect(HTMLText.plain("<p>Tom &amp; Jerry&#39;s <b>plan</b><br>next line</p>") == "Tom & Jerry's plan\nnext line")
        #expect(HTMLText.plain("a &lt; b &gt; c &#x41; &unknown; &#0;") == "a < b > c A &unknown; &#0;")
        #expect(HTMLText.plain("no markup here") == "no markup here")
        #expect(HTMLText.plain(String(repeating: "<", count: 5000)).count == 5000)
    }

    @Test func recipientsSplitOnCommasButKeepCredentials() {
        #expect(Identity.recipients("Jane Doe, PhD, Tom Lee", count: nil, known: []) == ["Jane Doe, PhD", "Tom Lee"])
        #expect(Identity.recipients("Jane Doe, PhD", count: 1, known: []) == ["Jane Doe, PhD"])
        #expect(Identity.recipients("Lee, Ann, Bo Chen", count: nil, known: ["Lee, Ann"]) == ["Lee, Ann", "Bo Chen"])
        #expect(Identity.recipients("A B, C D, E F", count: 2, known: []).count == 2)
    }

    @Test func idsComeFromProfileURLsElseNames() {
        #expect(Identity.slug(fromURL: "https://www.linkedin.com/in/Jane-Doe-12ab/?trk=x") == "jane-doe-12ab")
        #expect(Identity.slug(fromURL: "https://www.linkedin.com/in/jane") == "jane")
        #expect(Identity.slug(fromURL: "") == nil)
        #expect(Identity.id(fromName: "José Núñez, PhD") == "name:josé-núñez-phd")
    }

    @Test func exportDates() {
        #expect(ExportDates.messageDate("2025-06-01 14:03:22 UTC") == SampleInbox.t("2025-06-01T14:03:22Z"))
        #expect(ExportDates.connectedOn("08 Feb 2026") == SampleInbox.t("2026-02-08T00:00:00Z"))
        #expect(ExportDates.sentAt("1/29/26, 2:37 PM") == SampleInbox.t("2026-01-29T14:37:00Z"))
        #expect(ExportDates.sentAt("12/1/25, 12:05 AM") == SampleInbox.t("2025-12-01T00:05:00Z"))
        #expect(ExportDates.messageDate("2025-13-01 14:03:22 UTC") == nil)
    }
}
