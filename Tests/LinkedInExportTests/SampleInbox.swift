import InboxModel
import LinkedInExport

/// A small fictional inbox with one thread of each kind the tests look
/// for, and the export files of it in each era.
enum SampleInbox {
    static func t(_ s: String) -> Timestamp {
        do { return try Timestamp.parse(s) } catch { return Timestamp(milliseconds: 0) }
    }

    static let hanaText = "Hi Hana, quick question & a thought:\nhow did you count <activated> users,\nper workspace or per person?"

    static func inbox() -> Inbox {
        let owner = Person(id: "robin-okafor", name: "Robin Okafor", headline: "Head of Product at Fernwork")
        let people = [
            Person(id: "dario-mendes", name: "Dario Mendes", headline: "Founder at Greenleaf"),
            Person(id: "hana-sato", name: "Hana Sato", headline: "Data Lead at Kestrel", connected: t("2025-05-01T00:00:00Z")),
            Person(id: "ines-ferreira", name: "Ines Ferreira", headline: "Recruiter"),
            Person(id: "priya-raman", name: "Priya Raman", headline: "Designer at Loom & Co"),
            Person(id: "kwame-asante", name: "Kwame Asante", headline: "Analyst", connected: t("2024-01-15T00:00:00Z")),
        ]
        let me = PersonRef.owner, dario = PersonRef(1), hana = PersonRef(2), ines = PersonRef(3), priya = PersonRef(4), kwame = PersonRef(5)
        var events: [Event] = []
        func add(_ type: EventType, _ at: String, _ a: PersonRef, _ s: PersonRef, _ text: String = "") {
            events.append(Event(type: type, at: t(at), actor: a, subject: s, text: text, sequence: events.count))
        }
        add(.message, "2026-02-10T09:00:00Z", me, hana, hanaText)
        add(.message, "2026-02-10T11:30:00Z", hana, me, "Per workspace. Happy to share the query if useful.")
        add(.message, "2026-02-11T08:00:00Z", me, hana, "Yes please, thank you!")
        add(.message, "2026-02-12T10:00:00Z", kwame, me, "The Lagos numbers are in; 3 < 5 as we thought.")
        add(.invite, "2026-03-02T10:04:00Z", dario, me)
        add(.accept, "2026-03-02T12:10:00Z", me, dario)
        add(.message, "2026-03-02T12:31:00Z", dario, me,
            "Hello Robin. I see we know a few of the same people. I'm always keen to widen my network and thought this was a good moment for us to introduce ourselves. My LinkedIn network means a great deal to me, and it is truly an honour to be connected with you.")
        add(.message, "2026-03-05T09:12:00Z", dario, me,
            "I'm always looking for new ways to collaborate with the people in my network. I was thinking it would be great to connect by phone or Zoom sometime. How is next week looking in your schedule?")
        add(.message, "2026-03-12T08:47:00Z", dario, me,
            "Perhaps you did not see my last message. I'm looking for mentorship, advisors, and introductions to investors and partners to help grow our startup. Would you like to invest a million dollars in our cannabis company?")
        add(.invite, "2026-03-14T16:20:00Z", ines, me, "Hi Robin, I'd like to add you to my network.")
        add(.invite, "2026-03-15T09:45:00Z", me, priya, "Loved your talk on onboarding flows.")
        return Inbox(title: nil, owner: owner, people: people, posts: [], events: events, now: t("2026-03-20T09:00:00Z"))
    }

    /// The export's files keyed as `ExportFiles` keys them.
    static func files(_ era: ExportEra) -> ExportFiles {
        files(SyntheticExport(inbox: inbox(), era: era).files())
    }

    static func files(_ list: [(name: String, bytes: [UInt8])]) -> ExportFiles {
        var d: [String: (name: String, bytes: [UInt8])] = [:]
        for f in list { d[f.name.lowercased()] = f }
        return ExportFiles(files: d)
    }
}
