import InboxModel
import Testing
@testable import InboxUI

/// a/i decide one invitation, A applies the policy to all after a y/n;
/// each decision is an event appended at the simulated now.
@Suite struct InvitationActionTests {
    @Test func acceptAppendsAnEventAndMovesThePersonToNetwork() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        let person = try #require(s.selectedPerson)
        let name = s.inbox.person(person).name
        let events = s.inbox.events.count
        let effects = try s.send("a")

        let event = try #require(s.inbox.events.last)
        #expect(s.inbox.events.count == events + 1)
        #expect(effects.map(\.action) == [event.asAction])
        #expect(event.type == .accept)
        #expect(event.at == s.inbox.now)
        #expect(event.actor == .owner)
        #expect(event.subject == person)
        #expect(!s.listedNames.contains(name))
        #expect(s.folded.isConnected(person))
        #expect(s.rows.network.first == Int(person.index))
        #expect(s.status == StatusLine("Accepted \(name)", kind: .success))
        #expect(s.screenText.contains("Accepted \(name)"))
    }

    @Test func ignoreAppendsAnEventAndDoesNotConnect() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        try s.send("j")
        let person = try #require(s.selectedPerson)
        let name = s.inbox.person(person).name
        let network = s.rows.network
        let effects = try s.send("i")
        let event = try #require(s.inbox.events.last)
        #expect(effects.map(\.action) == [event.asAction])
        #expect(event.type == .ignore)
        #expect(event.at == s.inbox.now)
        #expect(!s.listedNames.contains(name))
        #expect(!s.folded.isConnected(person))
        #expect(s.rows.network == network)
        #expect(s.status?.text == "Ignored \(name)")
    }

    @Test func theCursorStaysInPlaceAfterADecision() throws {
        var s = try BrowserFixtures.seed()
        try s.send("j")
        let next = s.listedNames[2]
        try s.send("a")
        #expect(s.list.selected == 1)
        #expect(s.selectedName == next)
        try s.send("G")
        try s.send("a")
        #expect(s.list.selected == s.visibleRows.count - 1)
    }

    @Test func decidingFromTheDetailWorksToo() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        try s.send("<Enter>")
        let effects = try s.send("a")
        #expect(effects.count == 1)
        #expect(s.rows.invitations.count == 2)
    }

    @Test func theNextInvitationsDetailStartsAtItsTop() throws {
        var s = try BrowserFixtures.seed(width: 80, height: 12)
        try s.send("<Enter>jjj")
        #expect(s.detailScroll == 3)
        try s.send("a")
        #expect(s.mode == .detail)
        #expect(s.detailScroll == 0)
    }

    @Test func decisionsOnlyApplyToInvitations() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        let events = s.inbox.events.count
        #expect(try s.send("2a").isEmpty)
        #expect(s.status?.text == "Accept works on invitations (press 1)")
        #expect(try s.send("3i").isEmpty)
        #expect(s.status?.text == "Ignore works on invitations (press 1)")
        #expect(s.inbox.events.count == events)
    }

    @Test func nothingToDecideSaysSo() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        try s.send("aaa")
        #expect(try s.send("a").isEmpty)
        #expect(s.status?.text == "No pending invitation selected")
        try s.send("A")
        #expect(s.mode == .list)
        #expect(s.status?.text == "No pending invitations")
    }

    @Test func applyPolicyAsksFirstAndNoChangesNothing() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        let bot = try #require(s.inbox.ref(forPersonID: "bot"))
        try #require(s.analysis.recommendsIgnore(bot), "the policy should find the advisor fake")
        let events = s.inbox.events.count
        #expect(try s.send("A").isEmpty)
        #expect(s.mode == .confirm(.applyPolicyToAll(accept: 2, ignore: 1)))
        #expect(s.screenText.contains("accept 2, ignore 1? [y/n]"))
        // Keys that are not an answer leave the question up.
        #expect(try s.send("jx").isEmpty)
        #expect(s.mode == .confirm(.applyPolicyToAll(accept: 2, ignore: 1)))
        #expect(try s.send("n").isEmpty)
        #expect(s.mode == .list)
        #expect(s.inbox.events.count == events)
        #expect(s.status?.text == "Nothing changed")
    }

    @Test(arguments: [40, 60, 80, 120])
    func theQuestionShowsItsAnswerKeysAtAnyWidth(width: Int) throws {
        var s = try BrowserFixtures.seed(width: width, height: 24)
        try s.send("A")
        let last = try #require(s.screenText.split(separator: "\n").last)
        #expect(last.contains("[y/n]"), "\(last)")
        #expect(last.contains("accept 4, ignore 2") || last.contains("Accept 4, ignore 2"), "\(last)")
    }

    @Test func applyPolicyYesFollowsEachRecommendation() throws {
        var s = try BrowserFixtures.state(yaml: BrowserFixtures.small)
        let recommendations = s.rows.invitations.map { s.folded.invitations[$0].from }
            .map { ($0, s.analysis.recommendsIgnore($0)) }
        try s.send("A")
        let effects = try s.send("y")
        #expect(effects.count == recommendations.count)
        #expect(s.rows.invitations.isEmpty)
        for (person, ignore) in recommendations {
            #expect(s.folded.isConnected(person) == !ignore, "\(s.inbox.person(person).name)")
        }
        let appended = s.inbox.events.suffix(effects.count)
        #expect(effects.map(\.action) == appended.map(\.asAction))
        #expect(appended.allSatisfy { $0.at == s.inbox.now && $0.actor == .owner })
        let ignored = recommendations.filter(\.1).count
        #expect(s.status?.text == "Applied the policy: accepted \(recommendations.count - ignored), ignored \(ignored)")
    }

    @Test func applyPolicyOnTheBuiltInInboxIgnoresOnlyWhatThePolicySays() throws {
        var s = try BrowserFixtures.seed()
        let pending = s.rows.invitations.count
        let ignore = s.rows.invitations.filter { s.analysis.recommendsIgnore(s.folded.invitations[$0].from) }.count
        #expect(ignore > 0 && ignore < pending)
        try s.send("A")
        #expect(s.mode == .confirm(.applyPolicyToAll(accept: pending - ignore, ignore: ignore)))
        try s.send("Y")
        #expect(s.rows.invitations.isEmpty)
        #expect(s.screenText.contains("No pending invitations."))
    }
}
