import InboxModel
import LinkedInExport
import OutreachPolicy
import Testing

/// The owner's outreach judged through the mirrored thread; engagement
/// unknown treated as neither engaged nor not; the new fixture fields and
/// an anonymised export surviving a round trip through the fixture format.
@Suite struct MineAndEngagementTests {
    let policy = Policy()

    /// The owner writes the essay's sequence to Dario; Hana's thread is
    /// the owner's genuine question.
    static func thirstyOwner() -> Inbox {
        let base = SampleInbox.inbox()
        var events: [Event] = []
        for e in base.events where e.type == .message && e.actor.index == 1 {
            events.append(Event(type: .message, at: e.at, actor: .owner, subject: e.actor, text: e.text, sequence: events.count))
        }
        for e in base.events where !(e.type == .message && e.actor.index == 1) {
            var f = e
            f.sequence = events.count
            events.append(f)
        }
        return Inbox(title: nil, owner: base.owner, people: Array(base.others), posts: [], events: events, now: base.now)
    }

    @Test func theOwnersThirstyThreadIsFlaggedInTheMirror() throws {
        let inbox = Self.thirstyOwner()
        let state = inbox.state()
        let started = inbox.threadsOwnerStarted(in: state)
        #expect(started.map { inbox.person($0).id }.sorted() == ["dario-mendes", "hana-sato"])
        var flagged: [String: Bool] = [:]
        for p in started {
            let mirror = inbox.mirrored(thread: p, in: state)
            #expect(mirror.owner.id == inbox.person(p).id)
            #expect(mirror.people[1].id == inbox.owner.id)
            let v = try #require(policy.analyze(mirror, state: mirror.state()).threads.first)
            flagged[inbox.person(p).id] = v.flagged
        }
        #expect(flagged == ["dario-mendes": true, "hana-sato": false])
    }

    @Test func theMirrorKeepsTheConnectionAndTheInvitation() throws {
        let inbox = SampleInbox.inbox()
        let state = inbox.state()
        let dario = try #require(inbox.ref(forPersonID: "dario-mendes"))
        let mirror = inbox.mirrored(thread: dario, in: state)
        let ms = mirror.state()
        // Dario invited the owner: in his own inbox, he sent it.
        #expect(ms.invitations.count == 1 && ms.invitations[0].from.isOwner && !ms.invitations[0].isPending)
        #expect(ms.threads.first?.messages.count == 3)
        #expect(ms.threads.first.map { mirror.events[Int($0.messages[0])].actor.index } == 0, "Dario now writes from the owner's seat")
    }

    @Test func unknownEngagementNeitherFiresNorCredits() throws {
        var inbox = SampleInbox.inbox()
        let dario = try #require(inbox.ref(forPersonID: "dario-mendes"))
        let known = try #require(policy.analyze(inbox, state: inbox.state()).thread(with: dario))
        inbox.engagementKnown = false
        let unknown = try #require(policy.analyze(inbox, state: inbox.state()).thread(with: dario))
        let engagementRules: Set<String> = ["RELAX_MESSAGED_RIGHT_AWAY", "RELAX_NEVER_ENGAGED", "CREDIT_ENGAGED_FIRST", "CREDIT_ENGAGED_OFTEN"]
        #expect(known.findings.contains { engagementRules.contains($0.rule) }, "fires when the log is complete")
        #expect(!unknown.findings.contains { engagementRules.contains($0.rule) })
        #expect(unknown.explanation.contains("engagement=unknown"))
        #expect(!known.explanation.contains("engagement=unknown"))
    }

    @Test func newFixtureFieldsRoundTrip() throws {
        let (inbox, _) = try ExportReader.inbox(from: SampleInbox.files(.y2026))
        for format in [FixtureFormat.json, .yaml] {
            let bytes = FixtureEncoder.encode(inbox, format: format)
            let back = try FixtureDecoder.decode(bytes, format: format, file: "round-trip")
            #expect(back.source == "linkedin-export")
            #expect(!back.engagementKnown)
            #expect(back.people.map(\.kind) == inbox.people.map(\.kind))
            #expect(back.events.map(\.text) == inbox.events.map(\.text))
        }
        #expect(throws: (any Error).self) {
            try FixtureDecoder.decode(Array("version: 1\nengagement: maybe\nowner: {id: me, name: Me}\npeople: []\nevents: []\n".utf8), format: .yaml, file: "x")
        }
    }

    @Test(arguments: ExportEra.allCases) func anonymisedExportKeepsItsVerdicts(era: ExportEra) throws {
        let (inbox, _) = try ExportReader.inbox(from: SampleInbox.files(era))
        let anon = Anonymizer.anonymize(inbox)
        let back = try FixtureDecoder.decode(FixtureEncoder.encode(anon, format: .yaml), format: .yaml, file: "anon")
        let a = policy.analyze(inbox, state: inbox.state()), b = policy.analyze(back, state: back.state())
        #expect(a.threads.map(\.flagged) == b.threads.map(\.flagged))
        #expect(a.threads.map(\.explanation) == b.threads.map(\.explanation))
        #expect(a.invitations.map(\.decision) == b.invitations.map(\.decision))
        let text = String(decoding: FixtureEncoder.encode(anon, format: .json), as: UTF8.self)
        for name in ["Dario", "Mendes", "Hana", "Sato", "Robin", "Okafor", "Ines", "Priya", "Marisol", "linkedin.com"] {
            #expect(!text.contains(name), "\(name) left in")
        }
    }
}
