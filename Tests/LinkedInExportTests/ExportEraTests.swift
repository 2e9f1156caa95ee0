import Foundation
import InboxModel
import LinkedInExport
import OutreachPolicy
import Testing

/// Synthetic exports of each era read back into the inbox they were made
/// from: the same threads, invitations and verdicts, with what exports
/// add (groups, sponsored InMail, drafts, hidden rows) handled as such.
@Suite struct ExportEraTests {
    let policy = Policy()

    func read(_ era: ExportEra) throws -> (Inbox, ExportSummary) {
        try ExportReader.inbox(from: SampleInbox.files(era))
    }

    func person(_ inbox: Inbox, _ id: String) throws -> PersonRef {
        try #require(inbox.ref(forPersonID: id), "no \(id) in \(inbox.people.map(\.id))")
    }

    @Test(arguments: ExportEra.allCases) func threadsInvitationsAndVerdicts(era: ExportEra) throws {
        let (inbox, summary) = try read(era)
        #expect(inbox.owner.name == "Robin Okafor")
        #expect(inbox.owner.id == "robin-okafor")
        #expect(inbox.source == ExportReader.source)
        #expect(!inbox.engagementKnown)
        let state = inbox.state()
        let verdicts = policy.analyze(inbox, state: state)

        let dario = try person(inbox, "dario-mendes")
        let darioVerdict = try #require(verdicts.thread(with: dario))
        #expect(darioVerdict.flagged)
        #expect(darioVerdict.explanation.contains("engagement=unknown"))
        #expect(state.isConnected(dario))

        // Hana's name carries a credential after a comma in the export.
        let hana = try person(inbox, "hana-sato")
        #expect(inbox.person(hana).name == "Hana Sato, PhD")
        let hanaThread = try #require(state.thread(with: hana))
        #expect(hanaThread.messages.count == 3)
        #expect(inbox.events[Int(hanaThread.messages[0])].text == SampleInbox.hanaText, "multi-line content and entities")
        #expect(inbox.events[Int(hanaThread.messages[0])].actor.isOwner)
        #expect(try #require(verdicts.thread(with: hana)).flagged == false)

        let kwame = try person(inbox, "kwame-asante")
        #expect(inbox.events[Int(try #require(state.thread(with: kwame)).messages[0])].text == "The Lagos numbers are in; 3 < 5 as we thought.")
        #expect(inbox.person(kwame).connected != nil)

        // Pending: Ines's invitation to the owner, the owner's to Priya.
        let pending = state.invitations.filter(\.isPending)
        #expect(pending.count == 2)
        let ines = try #require(pending.first { $0.isIncoming })
        #expect(inbox.person(ines.from).name == "Ines Ferreira")
        #expect(inbox.events[ines.event].text == "Hi Robin, I'd like to add you to my network.")
        let priya = try #require(pending.first(where: { !$0.isIncoming }))
        #expect(inbox.person(priya.to).name == "Priya Raman")
        #expect(verdicts.invitations.map { inbox.person($0.from).name }.sorted() == ["Dario Mendes", "Ines Ferreira"])

        // Group, sponsored and closed-account conversations: shown, marked,
        // and the first two not judged.
        let group = try #require(inbox.people.first(where: { $0.kind == .group }))
        #expect(group.name == "Offsite planning")
        let groupRef = try person(inbox, group.id)
        #expect(state.thread(with: groupRef)?.messages.count == 3)
        #expect(try #require(verdicts.thread(with: groupRef)).notJudged == .group)
        let sponsored = try #require(inbox.people.first(where: { $0.kind == .sponsored }))
        let sponsoredRef = try person(inbox, sponsored.id)
        #expect(try #require(verdicts.thread(with: sponsoredRef)).notJudged == .sponsored)
        #expect(inbox.events[Int(try #require(state.thread(with: sponsoredRef)).messages[0])].text.contains("%FIRSTNAME%"))
        #expect(inbox.people.contains { $0.name == "LinkedIn Member" && $0.id.hasPrefix("member:") })

        #expect(summary.hiddenConnections == 1)
        #expect(summary.drafts == (era == .y2021 ? 0 : 1))
        #expect(!inbox.events.contains { $0.text.contains("Draft: never sent") })
        #expect(summary.dropped == 0)
        #expect(state.threads.count == 6)
    }

    /// By name: where an export has no profile URL for someone (2021),
    /// their id is made from the name instead.
    func same(_ inbox: Inbox, as p: Person) throws -> PersonRef {
        let k = try #require(inbox.people.firstIndex { $0.name == p.name || $0.name == p.name + ", PhD" }, "\(p.name)")
        return PersonRef(k)
    }

    @Test(arguments: ExportEra.allCases) func verdictsMatchTheInboxTheExportWasMadeFrom(era: ExportEra) throws {
        let original = SampleInbox.inbox()
        let ov = policy.analyze(original, state: original.state())
        let (inbox, _) = try read(era)
        let ev = policy.analyze(inbox, state: inbox.state())
        for v in ov.threads {
            let ref = try same(inbox, as: original.person(v.counterpart))
            #expect(ev.thread(with: ref)?.flagged == v.flagged, "\(original.person(v.counterpart).id)")
        }
        for v in ov.invitations {
            let ref = try same(inbox, as: original.person(v.from))
            #expect(ev.invitation(from: ref)?.decision == v.decision)
        }
    }

    @Test func eachEraHasItsShape() throws {
        func text(_ era: ExportEra, _ name: String) throws -> String {
            String(decoding: try #require(SampleInbox.files(era)[name]).bytes, as: UTF8.self)
        }
        let c21 = try text(.y2021, "connections.csv"), c24 = try text(.y2024, "connections.csv"), c26 = try text(.y2026, "connections.csv")
        #expect(c21.hasPrefix("First Name,Last Name,Email Address"))
        #expect(c24.hasPrefix("Notes:\n\""))
        #expect(c24.contains("\n\nFirst Name,Last Name,URL,"))
        #expect(c26.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(!c24.hasSuffix("\n"), "no newline after the last row")
        let m21 = try text(.y2021, "messages.csv"), m24 = try text(.y2024, "messages.csv"), m26 = try text(.y2026, "messages.csv")
        #expect(m21.prefix(while: { $0 != "\n" }).split(separator: ",").count == 9)
        #expect(m24.prefix(while: { $0 != "\n" }).contains("RECIPIENT PROFILE URLS"))
        #expect(m24.prefix(while: { $0 != "\n" }).hasSuffix("IS CONVERSATION DRAFT"))
        #expect(m26.dropFirst().hasPrefix("\"CONVERSATION ID\",\"CONVERSATION TITLE\""))
        #expect(m26.contains("&#39;") && m26.contains("<br>") && m24.contains("&amp;"))
        let i21 = try text(.y2021, "invitations.csv"), i24 = try text(.y2024, "invitations.csv")
        #expect(!i21.contains("inviterProfileUrl") && i24.contains("inviterProfileUrl"))
        #expect(i24.contains("3/2/26, 10:04 AM"))
    }

    @Test func zipAndFolderReadTheSame() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let export = SyntheticExport(inbox: SampleInbox.inbox(), era: .y2024)
        let zip = dir.appendingPathComponent("export.zip")
        try Data(try export.zip()).write(to: zip)
        let folder = dir.appendingPathComponent("Basic_LinkedInDataExport")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for f in export.files() { try Data(f.bytes).write(to: folder.appendingPathComponent(f.name)) }

        #expect(ExportFiles.isExport(path: zip.path) && ExportFiles.isExport(path: folder.path))
        let a = try ExportReader.read(path: zip.path).inbox, b = try ExportReader.read(path: folder.path).inbox
        #expect(a.people == b.people)
        #expect(a.events == b.events)
        #expect(a.events.count == (try ExportReader.inbox(from: SampleInbox.files(.y2024))).inbox.events.count)
        // The same inbox and era give the same archive.
        #expect(try export.zip() == (try SyntheticExport(inbox: SampleInbox.inbox(), era: .y2024).zip()))
    }
}
