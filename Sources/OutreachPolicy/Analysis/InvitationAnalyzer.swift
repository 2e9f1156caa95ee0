import InboxModel

/// The invitation's sender as the invitation predicates see them.
struct ProfileContext: ConditionContext, Sendable {
    var photo = true
    var connections: Int?
    /// Account age when the invitation was sent, in days.
    var ageDays: Double?
    var mutual: Int?
    var headline = ""
    var noteEmpty = false

    /// A real-looking profile: the context the invitation examples are tested in.
    static let neutral = ProfileContext(photo: true, connections: 500, ageDays: 2000, mutual: 20, headline: "Product manager")

    init(photo: Bool = true, connections: Int? = nil, ageDays: Double? = nil, mutual: Int? = nil, headline: String = "", noteEmpty: Bool = false) {
        self.photo = photo
        self.connections = connections
        self.ageDays = ageDays
        self.mutual = mutual
        self.headline = headline
        self.noteEmpty = noteEmpty
    }

    init(photo: Bool, connections: Int?, joined: Timestamp?, mutual: Int?, headline: String, at: Timestamp, note: String) {
        self.photo = photo
        self.connections = connections
        self.ageDays = joined.map { Double($0.seconds(until: at)) / 86_400 }
        self.mutual = mutual
        self.headline = headline
        self.noteEmpty = note.allSatisfy { $0.isWhitespace }
    }

    var headlineEmpty: Bool { headline.allSatisfy { $0.isWhitespace } }

    func holds(_ c: Condition) -> Bool {
        let yes = c.value != 0
        switch c.predicate {
        case .noPhoto: return !photo == yes
        case .connectionsBelow: return connections.map { Double($0) < c.value } ?? false
        case .connectionsAtLeast: return connections.map { Double($0) >= c.value } ?? false
        case .accountAgeDaysBelow: return ageDays.map { $0 < c.value } ?? false
        case .accountAgeDaysAtLeast: return ageDays.map { $0 >= c.value } ?? false
        case .mutualAtMost: return mutual.map { Double($0) <= c.value } ?? false
        case .mutualAtLeast: return mutual.map { Double($0) >= c.value } ?? false
        case .headlineEmpty: return headlineEmpty == yes
        case .noteEmpty: return noteEmpty == yes
        default: return false
        }
    }

    var photoSentence: String { photo ? "Has a profile photo" : "No profile photo" }
    var connectionsSentence: String { connections.map { count($0, "connection", "connections") } ?? "Connection count unknown" }
    var ageSentence: String {
        guard let d = ageDays else { return "Account age unknown" }
        if d < 0 { return "Account created after the invitation" }
        if d < 1 { return "Account is less than a day old" }
        return "Account is \(describeDuration(seconds: Int64(d * 86_400))) old"
    }
    var mutualSentence: String {
        guard let m = mutual else { return "Mutual connections unknown" }
        return m == 0 ? "No mutual connections" : count(m, "mutual connection", "mutual connections")
    }

    func evidence(for c: Condition) -> String {
        switch c.predicate {
        case .noPhoto: return photoSentence
        case .connectionsBelow, .connectionsAtLeast: return connectionsSentence
        case .accountAgeDaysBelow, .accountAgeDaysAtLeast: return ageSentence
        case .mutualAtMost, .mutualAtLeast: return mutualSentence
        case .headlineEmpty: return headlineEmpty ? "No headline" : "Has a headline"
        case .noteEmpty: return noteEmpty ? "No note" : "Has a note"
        default: return c.predicate.rawValue
        }
    }
}

/// Judges one received invitation: its note, and the sender's profile as it
/// stood when the invitation was sent.
enum InvitationAnalyzer {
    /// A single fake rule scoring this much is a reason on its own (weak
    /// profile signals score 1–1.5 each).
    static let strongFakeScore = 2.5
    static func analyze(
        book: CompiledRulebook, inbox: Inbox, invitation: Invitation, scratch: inout AnalysisScratch
    ) -> InvitationVerdict {
        let note = inbox.events.indices.contains(invitation.event) ? inbox.events[invitation.event].text : ""
        // Field by field: copying the whole person retains its id as well,
        // once per invitation.
        let people = inbox.people, p = Int(invitation.from.index)
        let headline = people[p].headline
        let profile = ProfileContext(
            photo: people[p].photo, connections: people[p].connections, joined: people[p].joined, mutual: people[p].mutual,
            headline: headline, at: invitation.at, note: note)
        return analyze(book: book, name: people[p].name, profile: profile, invitation: invitation, note: note, scratch: &scratch)
    }

    /// `profile` carries the sender's headline.
    static func analyze(
        book: CompiledRulebook, name: String, profile: ProfileContext, invitation: Invitation, note: String, scratch: inout AnalysisScratch
    ) -> InvitationVerdict {
        let fired = fire(book: book, note: note, headline: profile.headline, name: name, profile: profile, scratch: &scratch)
        let threshold = book.settings.invitationThreshold
        let table = book.table

        var findings: [PackedFinding] = []
        var score = 0.0
        var reasons: UInt8 = 0
        var weak: UInt8 = 0
        var fakeRules = 0, fakeScore = 0.0
        for r32 in fired {
            let r = Int(r32)
            // Helpers count for the profile signals they describe; credits never do.
            if table.flags[r] & RuleTable.credit == 0 {
                for c in book.conditions[r] where c.predicate.profileSignal != nil && (c.value != 0 || c.predicate.takesNumber) {
                    if let k = c.predicate.profileSignal { weak |= k.bit }
                }
                if book.fields[r] == .headline { weak |= ProfileSignal.Kind.headline.bit }
                if book.fields[r] == .name { weak |= ProfileSignal.Kind.name.bit }
            }
            let s = table.scores[r]
            guard s != 0 else { continue }
            score += s
            if s > 0, let reason = book.categories[r].invitationReason {
                if book.categories[r] == .fake {
                    fakeRules += 1
                    fakeScore += s
                } else {
                    reasons |= InvitationReason.bit(reason)
                }
            }
            var f = PackedFinding(rule: r, eventIndex: invitation.event, at: invitation.at)
            switch scratch.resolvedEvidence(r) {
            case .none, .meta: break
            case .condition(let c):
                f.kind = .profile
                f.lo = PackedFinding.index(of: c.predicate)
                f.hi = c.value != 0 ? 1 : 0
            case .text(let field, let range):
                f.kind = .quote
                switch field {
                case .headline: f.source = profile.headline
                case .name: f.source = name
                case .note, .body: f.source = note
                }
                f.lo = Int32(truncatingIfNeeded: range.lowerBound)
                f.hi = Int32(truncatingIfNeeded: range.upperBound)
            }
            findings.append(f)
        }
        // One weak profile signal is no reason: the rule takes several
        // together (or one strong one, such as a bait headline).
        if fakeRules >= 2 || fakeScore >= Self.strongFakeScore, let fake = RuleCategory.fake.invitationReason {
            reasons |= InvitationReason.bit(fake)
        }
        let final = roundScore(score)
        let ignore = final >= threshold
        return InvitationVerdict(
            from: invitation.from, eventIndex: invitation.event, at: invitation.at,
            decision: ignore ? .ignore : .accept,
            reasons: InvitationReason.list(bits: ignore ? reasons : 0),
            score: final, threshold: threshold, findings: findings.isEmpty ? .empty : .packed(findings, book.names),
            profile: ProfileFacts(context: profile, name: name, weak: weak))
    }

    /// Fires the invitation rules; returns the fired rules in firing order.
    static func fire(
        book: CompiledRulebook, note: String, headline: String, name: String, profile: ProfileContext,
        scratch: inout AnalysisScratch
    ) -> [Int32] {
        scratch.reset()
        _ = scratch.scan(note, field: .note, matcher: book.note, book: book)
        _ = scratch.scan(headline, field: .headline, matcher: book.headline, book: book)
        _ = scratch.scan(name, field: .name, matcher: book.name, book: book)
        scratch.evaluate(book.invitation, context: profile)
        return scratch.firedList
    }

    static func signals(name: String, headline: String, profile: ProfileContext, weak: UInt8) -> [ProfileSignal] {
        func isWeak(_ k: ProfileSignal.Kind) -> Bool { weak & k.bit != 0 }
        let headlineSentence = profile.headlineEmpty ? "No headline" : "Headline: “\(headline)”"
        let nameSentence = isWeak(.name) ? "Name “\(name)” reads like a job title, not a person" : "Name: \(name)"
        return [
            ProfileSignal(kind: .photo, weak: isWeak(.photo), sentence: profile.photoSentence),
            ProfileSignal(kind: .connections, weak: isWeak(.connections), sentence: profile.connectionsSentence),
            ProfileSignal(kind: .accountAge, weak: isWeak(.accountAge), sentence: profile.ageSentence),
            ProfileSignal(kind: .mutuals, weak: isWeak(.mutuals), sentence: profile.mutualSentence),
            ProfileSignal(kind: .headline, weak: isWeak(.headline), sentence: headlineSentence),
            ProfileSignal(kind: .name, weak: isWeak(.name), sentence: nameSentence),
        ]
    }
}

extension ProfileSignal.Kind {
    /// Bit k is `allCases[k]`.
    var bit: UInt8 {
        switch self {
        case .photo: return 1
        case .connections: return 2
        case .accountAge: return 4
        case .mutuals: return 8
        case .headline: return 16
        case .name: return 32
        }
    }
}
