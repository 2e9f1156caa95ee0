import InboxModel

/// Writes one generated person and their part of the event log. A story is
/// first laid out on a relative timeline, then placed inside the window so
/// every event happens before `now` and every like follows its post.
struct StoryWriter {
    enum Role: Equatable { case pending, messaging, ignored, plain }

    enum Kind: CaseIterable {
        /// The article's sequence: flattery, a purposeless call, a nudge and a pitch.
        case ladder
        /// A pitch minutes after connecting, then bumps.
        case coldPitch
        /// Flattery and "synergies", call after call, never a reason.
        case synergy
        /// Likes and comments for weeks, then one specific question.
        case question
        /// Something useful, offered with no ask.
        case offer
        /// An old colleague catching up.
        case colleague
        /// The owner writes first.
        case ownerAsks

        static let weights: [Double] = [0.22, 0.14, 0.06, 0.24, 0.12, 0.12, 0.10]
        var isThirsty: Bool { self == .ladder || self == .coldPitch || self == .synergy }
    }

    enum Line {
        case flattery, vagueMeeting, nudgePitch, bump, coldPitch, ownerDecline
        case question, ownerAnswer, thanks, followUp, ownerFollowUpAnswer
        case offer, ownerOfferReply, offerCloser
        case catchUp, ownerCatchUpReply, catchUpCloser
        case ownerAsk, helpfulReply, ownerThanks

        var fromOwner: Bool {
            switch self {
            case .ownerDecline, .ownerAnswer, .ownerFollowUpAnswer, .ownerOfferReply, .ownerCatchUpReply, .ownerAsk, .ownerThanks: return true
            default: return false
            }
        }
    }

    enum NoteKind { case none, friendly, eager, inappropriate }

    enum Step {
        case inviteFromThem(NoteKind, InvitationLabel)
        case acceptByOwner, ignoreByOwner, inviteFromOwner, acceptByThem
        case engage(comment: Bool)
        case message(Line)
    }

    let world: StoryWorld
    let ref: PersonRef
    let index: Int
    var rng: SeededRandom
    private var steps: [(offset: Int64, step: Step)] = []
    private var cursor: Int64 = 0

    init(world: StoryWorld, ref: PersonRef, index: Int, rng: SeededRandom) {
        self.world = world
        self.ref = ref
        self.index = index
        self.rng = rng
    }

    private var windowSeconds: Int64 { (world.now.milliseconds - world.windowStart.milliseconds) / 1000 }

    mutating func write(role: Role, messages: Int, into events: inout [Event]) -> Person {
        var style = Profile.Style.ordinary
        var kind = Kind.question
        var preConnected = false
        var latestStart = false
        switch role {
        case .pending, .ignored:
            let label: InvitationLabel
            let note: NoteKind
            if role == .ignored || rng.chance(0.2) {
                label = .ignore
                if rng.chance(0.5) {
                    style = .fake
                    note = rng.chance(0.5) ? .none : .eager
                } else {
                    note = .inappropriate
                }
            } else {
                label = .accept
                let r = rng.unit()
                note = r < 0.6 ? .none : r < 0.9 ? .friendly : .eager
                if note == .eager { style = .loud }
            }
            add(.inviteFromThem(note, label))
            if role == .ignored { add(.ignoreByOwner, after: hours(2...72)) }
            latestStart = role == .pending
        case .plain:
            preConnected = rng.chance(0.5)
            if !preConnected { connect(note: rng.chance(0.2) ? .friendly : .none) }
            for _ in 0..<rng.below(3) { add(.engage(comment: false), after: days(1...30)) }
        case .messaging:
            kind = Kind.allCases[rng.weighted(Kind.weights)]
            if kind.isThirsty && rng.chance(0.7) { style = .loud }
            preConnected = layOut(kind, messages: messages)
        }

        var profile = Profile.make(style: style, index: index, &rng)
        let start = place(latest: latestStart, needsPosts: kind == .question || kind == .offer)
        var firstContact = start
        if preConnected {
            let connected = world.windowStart.adding(days: -Int64(rng.int(30...1500))).startOfDay
            profile.person.connected = connected
            firstContact = connected
        }
        profile.person.joined = style == .fake
            ? start.adding(days: -Int64(rng.int(1...40))).startOfDay
            : Profile.joinDate(before: firstContact.adding(days: -30), &rng)
        if role == .messaging { profile.person.label = kind.isThirsty ? .thirsty : .sincere }
        materialize(start: start, profile: profile, into: &events)
        return profile.person
    }

    // MARK: Laying out a story

    private mutating func add(_ step: Step, after gap: Int64 = 0) {
        cursor += gap
        steps.append((cursor, step))
    }

    private mutating func connect(note: NoteKind) {
        add(.inviteFromThem(note, .accept))
        add(.acceptByOwner, after: hours(1...48))
    }

    /// Returns whether the person was connected before the log begins.
    private mutating func layOut(_ kind: Kind, messages: Int) -> Bool {
        var preConnected = false
        var lines: [Line]
        var more: [Line]
        switch kind {
        case .ladder, .synergy:
            connect(note: rng.chance(0.3) ? .eager : .none)
            lines = kind == .ladder ? [.flattery, .vagueMeeting, .nudgePitch] : [.flattery, .vagueMeeting]
            if messages >= 4 && rng.chance(0.15) { lines.insert(.ownerDecline, at: 2) }
            more = [.bump]
        case .coldPitch:
            connect(note: rng.chance(0.4) ? .eager : .none)
            lines = [.coldPitch]
            if messages >= 3 && rng.chance(0.2) { lines.append(.ownerDecline) }
            more = [.bump]
        case .question:
            preConnected = rng.chance(0.3)
            if !preConnected { connect(note: rng.chance(0.4) ? .friendly : .none) }
            for k in 0..<rng.int(1...3) {
                add(.engage(comment: rng.chance(0.4)), after: k == 0 ? days(1...10) : days(3...14))
            }
            lines = [.question, .ownerAnswer, .thanks]
            more = [.followUp, .ownerFollowUpAnswer]
        case .offer:
            preConnected = rng.chance(0.5)
            if !preConnected { connect(note: rng.chance(0.3) ? .friendly : .none) }
            add(.engage(comment: true), after: days(1...10))
            lines = [.offer, .ownerOfferReply, .offerCloser]
            more = [.followUp, .ownerFollowUpAnswer]
        case .colleague:
            preConnected = true
            lines = [.catchUp, .ownerCatchUpReply, .catchUpCloser]
            more = [.followUp, .ownerFollowUpAnswer]
        case .ownerAsks:
            preConnected = rng.chance(0.7)
            if !preConnected {
                add(.inviteFromOwner)
                add(.acceptByThem, after: hours(2...72))
            }
            lines = [.ownerAsk, .helpfulReply, .ownerThanks]
            more = [.followUp, .ownerFollowUpAnswer]
        }
        var k = 0
        while lines.count < messages {
            lines.append(more[k % more.count])
            k += 1
        }
        for (i, line) in lines.prefix(messages).enumerated() {
            add(.message(line), after: gap(before: line, first: i == 0, kind: kind))
        }
        return preConnected
    }

    private mutating func gap(before line: Line, first: Bool, kind: Kind) -> Int64 {
        if first {
            switch kind {
            case .ladder, .synergy: return minutes(5...300)
            case .coldPitch: return minutes(2...12)
            case .question: return days(2...10)
            case .offer: return hours(1...72)
            case .colleague, .ownerAsks: return days(1...5)
            }
        }
        switch line {
        case .vagueMeeting: return days(2...4)
        case .nudgePitch: return days(5...9)
        case .bump: return days(2...10)
        case .ownerDecline: return hours(2...30)
        case .ownerAnswer, .ownerOfferReply, .ownerCatchUpReply, .helpfulReply: return hours(1...20)
        case .thanks, .offerCloser, .catchUpCloser, .ownerThanks: return minutes(10...240)
        case .followUp: return days(1...12)
        case .ownerFollowUpAnswer: return hours(1...24)
        default: return days(1...5)
        }
    }

    private mutating func minutes(_ r: ClosedRange<Int>) -> Int64 { Int64(rng.int(r)) * 60 + Int64(rng.below(60)) }
    private mutating func hours(_ r: ClosedRange<Int>) -> Int64 { Int64(rng.int(r)) * 3_600 + Int64(rng.below(3_600)) }
    private mutating func days(_ r: ClosedRange<Int>) -> Int64 { Int64(rng.int(r)) * 86_400 + Int64(rng.below(86_400)) }

    // MARK: Placing it in the window

    /// Picks the story's start so it ends before `now`, squeezing it when it
    /// is longer than the window. Pending invitations arrive in the last month.
    private mutating func place(latest: Bool, needsPosts: Bool) -> Timestamp {
        let margin: Int64 = 3_600
        let window = max(1, windowSeconds - margin)
        var duration = cursor
        // A story longer than its share of the window is squeezed into a
        // random part of it, so long threads don't all start on day one.
        let room = Int64(Double(window) * (0.3 + 0.6 * rng.unit()))
        if duration > room {
            let scale = Double(room) / Double(duration)
            for k in steps.indices { steps[k].offset = Int64(Double(steps[k].offset) * scale) }
            duration = steps.last?.offset ?? 0
        }
        var earliest: Int64 = 0
        if latest { earliest = max(0, window - 30 * 86_400) }
        // Stories that engage with posts start once there are a few to engage with.
        if needsPosts { earliest = max(earliest, min(window / 10, window - duration)) }
        let span = max(1, window - duration - earliest)
        let offset = earliest + Int64(rng.below(Int(span)))
        return world.windowStart.adding(seconds: offset).minuteAligned
    }

    // MARK: Events

    private mutating func materialize(start: Timestamp, profile: Profile, into events: inout [Event]) {
        let owner = world.owner
        var voice = Voice(
            owner: owner.firstName, ownerCompany: owner.company, sender: profile.given, senderCompany: profile.company,
            topic: world.topics.isEmpty ? "your last post" : world.topics[rng.below(world.topics.count)],
            industry: profile.industry, city: profile.city)
        var engagedTopic = false
        for (offset, step) in steps {
            let at = start.adding(seconds: offset)
            var e = Event(type: .message, at: at, actor: ref, subject: .owner, sequence: events.count)
            switch step {
            case .inviteFromThem(let note, let label):
                e.type = .invite
                e.text = noteText(note, voice)
                e.label = label
            case .acceptByOwner, .ignoreByOwner:
                e.type = step.isAccept ? .accept : .ignore
                e.actor = .owner
                e.subject = ref
            case .inviteFromOwner:
                e.type = .invite
                e.actor = .owner
                e.subject = ref
            case .acceptByThem:
                e.type = .accept
            case .engage(let comment):
                let latest = world.latestPost(atOrBefore: at.adding(minutes: -10))
                guard latest >= 0 else { continue }
                let k = latest - rng.below(min(latest + 1, 4))
                e.type = comment ? .comment : .like
                e.post = PostRef(k)
                if !engagedTopic {
                    voice.topic = world.topics[k]
                    engagedTopic = true
                }
                if comment { e.text = voice.fill(rng.pick(PhraseBank.comments), &rng) }
            case .message(let line):
                if line.fromOwner {
                    e.actor = .owner
                    e.subject = ref
                }
                e.text = text(line, voice)
            }
            events.append(e)
        }
    }

    private mutating func noteText(_ kind: NoteKind, _ voice: Voice) -> String {
        switch kind {
        case .none: return ""
        case .friendly: return voice.fill(rng.pick(PhraseBank.friendlyNotes), &rng)
        case .eager: return voice.fill(rng.pick(PhraseBank.eagerNotes), &rng)
        case .inappropriate: return voice.fill(rng.pick(PhraseBank.inappropriateNotes), &rng)
        }
    }

    private mutating func text(_ line: Line, _ v: Voice) -> String {
        typealias B = PhraseBank
        switch line {
        case .flattery: return v.compose([rng.pick(B.greetings), rng.pick(B.flatteryOpeners), rng.pick(B.flatteryCores)], &rng)
        case .vagueMeeting: return v.compose([rng.pick(B.vagueLeads), rng.pick(B.vagueAsks), rng.pick(B.scheduling)], &rng)
        case .nudgePitch: return v.compose([rng.pick(B.nudges), rng.pick(B.pitches)], &rng)
        case .bump: return v.compose([rng.chance(0.3) ? rng.pick(B.shortGreetings) : "", rng.pick(B.bumps), rng.pick(B.bumpTails)], &rng)
        case .coldPitch: return v.compose([rng.pick(B.pitchOpeners), rng.pick(B.coldPitches), rng.pick(B.callsToAction)], &rng)
        case .ownerDecline: return v.fill(rng.pick(B.ownerDeclines), &rng)
        case .question: return v.compose(["Hi %o,", rng.pick(B.postReferences), rng.pick(B.questions), rng.pick(B.courtesies)], &rng)
        case .ownerAnswer: return v.compose([rng.chance(0.5) ? "Hi %n," : "", rng.pick(B.ownerAnswers)], &rng)
        case .thanks: return v.fill(rng.pick(B.thanks), &rng)
        case .followUp:
            let ask = rng.chance(0.3) ? rng.pick(B.questions) : rng.pick(B.followUps)
            return v.compose([rng.pick(B.followUpLeads), ask, rng.pick(B.courtesies)], &rng)
        case .ownerFollowUpAnswer:
            return v.compose([rng.chance(0.5) ? "Hi %n," : "", rng.pick(B.ownerFollowUpAnswers), rng.pick(B.ownerAnswerTails)], &rng)
        case .offer: return v.fill(rng.pick(B.offers), &rng)
        case .ownerOfferReply: return v.fill(rng.pick(B.ownerOfferReplies), &rng)
        case .offerCloser: return v.fill(rng.pick(B.offerClosers), &rng)
        case .catchUp: return v.fill(rng.pick(B.catchUps), &rng)
        case .ownerCatchUpReply: return v.fill(rng.pick(B.ownerCatchUpReplies), &rng)
        case .catchUpCloser: return v.fill(rng.pick(B.catchUpClosers), &rng)
        case .ownerAsk: return v.fill(rng.pick(B.ownerAsks), &rng)
        case .helpfulReply: return v.fill(rng.pick(B.helpfulReplies), &rng)
        case .ownerThanks: return v.fill(rng.pick(B.ownerThanksForHelp), &rng)
        }
    }
}

private extension StoryWriter.Step {
    var isAccept: Bool {
        if case .acceptByOwner = self { return true }
        return false
    }
}
