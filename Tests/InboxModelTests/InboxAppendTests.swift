import InboxModel
import Testing

/// User actions join the log through `Inbox.append`.
@Suite struct InboxAppendTests {
    let sample: Inbox
    let dana: PersonRef, priya: PersonRef, tomas: PersonRef

    init() throws {
        sample = try SampleInbox.inbox()
        let inbox = sample
        dana = try #require(inbox.ref(forPersonID: "d1"))
        priya = try #require(inbox.ref(forPersonID: "p1"))
        tomas = try #require(inbox.ref(forPersonID: "t1"))
    }

    @Test func acceptAtNowMovesThePersonFromPendingToConnected() throws {
        var inbox = sample
        #expect(inbox.state().pendingIncoming.map(\.from) == [tomas])
        let count = inbox.events.count
        let index = try inbox.append(Event(type: .accept, at: inbox.now, actor: .owner, subject: tomas))
        #expect(index == count)
        #expect(inbox.events.count == count + 1)
        #expect(inbox.events[index].sequence == count, "appended events sort after every event in the file")
        let s = inbox.state()
        #expect(s.pendingIncoming.isEmpty)
        #expect(s.isConnected(tomas))
        #expect(s.connectedSince[Int(tomas.index)] == inbox.now)
        #expect(s.connectionCount == 3)
        #expect(s.invitation(with: tomas)?.status == .accepted(at: inbox.now))
    }

    @Test func acceptWithoutAPendingInvitationThrows() {
        var inbox = sample
        #expect(throws: InboxError.noPendingInvitation(from: "p1", to: "me")) {
            try inbox.append(Event(type: .accept, at: inbox.now, actor: .owner, subject: priya))
        }
        // Dana's invitation was accepted already.
        #expect(throws: InboxError.noPendingInvitation(from: "d1", to: "me")) {
            try inbox.append(Event(type: .accept, at: inbox.now, actor: .owner, subject: dana))
        }
        // Tomas's invitation is not pending before he sent it.
        #expect(throws: InboxError.noPendingInvitation(from: "t1", to: "me")) {
            try inbox.append(Event(type: .ignore, at: SampleInbox.At.midThread, actor: .owner, subject: tomas))
        }
        // Tomas sent the invitation, so only the owner may answer it.
        #expect(throws: InboxError.noPendingInvitation(from: "me", to: "t1")) {
            try inbox.append(Event(type: .accept, at: inbox.now, actor: tomas, subject: .owner))
        }
        #expect(inbox.events.count == 10, "a refused event leaves the log alone")
    }

    @Test func appendingBeforeFutureEventsKeepsTimeOrder() throws {
        var inbox = sample
        let replyAt = SampleInbox.At.afterAccept.adding(minutes: 1)
        let index = try inbox.append(Event(type: .message, at: replyAt, actor: .owner, subject: dana, text: "Thanks for connecting"))
        #expect(index == 4)
        #expect(inbox.events[index].text == "Thanks for connecting")
        #expect(inbox.events[index].sequence == 10)
        #expect(zip(inbox.events, inbox.events.dropFirst()).allSatisfy { $0.at <= $1.at })
        #expect(inbox.state(at: replyAt).thread(with: dana)?.lastFromOwner == true)
        #expect(inbox.state().thread(with: dana)?.messages.count == 5)
    }

    @Test func appendingAtAnExistingTimeGoesAfterIt() throws {
        var inbox = sample
        let index = try inbox.append(Event(type: .message, at: SampleInbox.At.midThread, actor: .owner, subject: dana, text: "Why?"))
        #expect(inbox.events[index - 1].text == "How is next week looking for a Zoom?")
        #expect(inbox.events[index].text == "Why?")
        #expect(inbox.state(at: SampleInbox.At.midThread).thread(with: dana)?.lastFromOwner == true)
    }

    @Test func refusesEventsThatBreakTheRules() throws {
        var inbox = sample
        #expect(throws: InboxError.alreadyConnected("p1")) {
            try inbox.append(Event(type: .invite, at: inbox.now, actor: priya, subject: .owner))
        }
        #expect(throws: InboxError.invitationAlreadyPending(from: "t1", to: "me")) {
            try inbox.append(Event(type: .invite, at: inbox.now, actor: .owner, subject: tomas))
        }
        #expect(throws: InboxError.ownerNotInvolved(.message)) {
            try inbox.append(Event(type: .message, at: inbox.now, actor: dana, subject: tomas, text: "hi"))
        }
        #expect(throws: InboxError.ownerNotInvolved(.invite)) {
            try inbox.append(Event(type: .invite, at: inbox.now, actor: dana, subject: tomas))
        }
        #expect(throws: InboxError.selfAddressed(.message)) {
            try inbox.append(Event(type: .message, at: inbox.now, actor: .owner, subject: .owner, text: "note to self"))
        }
        #expect(throws: InboxError.unknownPerson) {
            try inbox.append(Event(type: .message, at: inbox.now, actor: .owner, subject: PersonRef(99), text: "hi"))
        }
        #expect(throws: InboxError.unknownPerson) {
            try inbox.append(Event(type: .message, at: inbox.now, actor: PersonRef(-1), subject: .owner, text: "hi"))
        }
        #expect(throws: InboxError.unknownPost) {
            try inbox.append(Event(type: .like, at: inbox.now, actor: tomas, subject: .owner, post: PostRef(5)))
        }
        let post = try #require(inbox.ref(forPostID: "post1"))
        #expect(throws: InboxError.postNotYetPublished("post1")) {
            try inbox.append(Event(type: .like, at: SampleInbox.At.beforeAnything, actor: dana, subject: .owner, post: post))
        }
        #expect(inbox.events.count == 10)
    }

    @Test func ownerInvitesSomeoneNewWhoAccepts() throws {
        var inbox = sample
        let new = try inbox.add(person: Person(id: "n1", name: "Nadia Kowalczyk"))
        #expect(inbox.person(new).name == "Nadia Kowalczyk")
        #expect(inbox.ref(forPersonID: "n1") == new)
        try inbox.append(Event(type: .invite, at: inbox.now, actor: .owner, subject: new))
        try inbox.append(Event(type: .accept, at: inbox.now.adding(hours: 1), actor: new, subject: .owner))
        let s = inbox.state(at: inbox.now.adding(hours: 1))
        #expect(s.isConnected(new))
        #expect(s.connectionCount == 3)
        #expect(throws: InboxError.duplicatePerson("n1")) { try inbox.add(person: Person(id: "n1", name: "Someone Else")) }
        #expect(throws: InboxError.duplicatePerson("me")) { try inbox.add(person: Person(id: "me", name: "Someone Else")) }
    }

    @Test func errorsDescribeThemselves() {
        #expect(InboxError.noPendingInvitation(from: "p1", to: "me").description == "no pending invitation from \"p1\" to \"me\" at this time")
        #expect(InboxError.alreadyConnected("p1").description == "already connected to \"p1\"")
        #expect(InboxError.postNotYetPublished("x").description == "post \"x\" is not published yet at this time")
        #expect(InboxError.duplicatePerson("x").description == "duplicate person id \"x\"")
    }

    /// Ignoring mid-demo an invitation the script accepts later leaves a
    /// state that is both ignored and connected: `append` checks only the
    /// events before the new one, and the fold's `accept` connects even when
    /// no invitation is pending.
    @Test func appendingRefusesWhatLaterEventsContradict() throws {
        var inbox = sample
        let between = SampleInbox.At.afterInvite.adding(hours: 2)
        // The log accepts this invitation later; ignoring it first would
        // leave the person both ignored and connected.
        #expect(throws: InboxError.self) {
            try inbox.append(Event(type: .ignore, at: between, actor: .owner, subject: dana))
        }
        #expect(inbox.events.count == sample.events.count)
        #expect(inbox.state().isConnected(dana))
    }
}

@Suite struct SimulatedClockTests {
    let start = Timestamp(milliseconds: 1_773_997_200_000)

    @Test func defaultRateIsOneDayPerSecond() {
        var clock = SimulatedClock(time: start)
        #expect(clock.rate == 86_400)
        #expect(!clock.isPaused)
        clock.tick(realSeconds: 1)
        #expect(clock.time == start.adding(days: 1))
        clock.tick(realSeconds: 0.5)
        #expect(clock.time == start.adding(hours: 36))
    }

    @Test func smallTicksAddUp() {
        var clock = SimulatedClock(time: start, rate: 3_600)
        for _ in 0..<60 { clock.tick(realSeconds: 1.0 / 60) }
        #expect(clock.time == start.adding(hours: 1))
    }

    @Test func pausedOrBackwardsTicksDoNothing() {
        var clock = SimulatedClock(time: start, isPaused: true)
        clock.tick(realSeconds: 10)
        #expect(clock.time == start)
        clock.isPaused = false
        clock.tick(realSeconds: 0)
        clock.tick(realSeconds: -5)
        clock.tick(realSeconds: .nan)
        #expect(clock.time == start)
    }

    @Test func hugeTicksAreCappedNotTrapped() {
        var clock = SimulatedClock(time: start)
        clock.tick(realSeconds: 1e300)
        clock.tick(realSeconds: .infinity)
        #expect(clock.time > start)
        #expect(clock.time.milliseconds == start.milliseconds + 2 * Int64(Double(Int64.max / 4)))
    }

    @Test func fasterAndSlowerStepThroughTheRates() {
        var clock = SimulatedClock(time: start)
        var seen: [Double] = []
        for _ in 0..<5 {
            clock.faster()
            seen.append(clock.rate)
        }
        let hour: Double = 3_600, day: Double = 86_400
        #expect(seen == [3 * day, 7 * day, 30 * day, 30 * day, 30 * day])
        seen = []
        for _ in 0..<7 {
            clock.slower()
            seen.append(clock.rate)
        }
        #expect(seen == [7 * day, 3 * day, day, 6 * hour, hour, hour, hour])
    }

    @Test func offListRatesSnapToTheNextStep() {
        var clock = SimulatedClock(time: start, rate: 1_000)
        clock.slower()
        #expect(clock.rate == 1_000, "nothing slower on the list")
        clock.faster()
        #expect(clock.rate == 3_600)
        clock = SimulatedClock(time: start, rate: 100_000)
        clock.slower()
        #expect(clock.rate == 86_400)
    }
}
