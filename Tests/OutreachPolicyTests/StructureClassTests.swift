import InboxModel
import Testing
@testable import OutreachPolicy

/// One thread-level case per class of judgement the structural rules are
/// for: offers recognised by their shape, turns after a sincere start,
/// bait and switch, credits earned by substance, concrete cold outreach,
/// negation, evidence worth underlining, invitations, and replies.
@Suite("Structural judgement")
struct StructureClassTests {
    typealias B = InboxBuilder

    static func thread(_ build: (inout InboxBuilder, PersonRef) -> Void) -> ThreadVerdict {
        var b = InboxBuilder()
        let tomas = b.person("tomas", "Tomás Ferreira", headline: "Owner at Ferreira Joinery")
        build(&b, tomas)
        let inbox = b.build()
        return Policy().judgeThread(with: tomas, in: inbox, state: inbox.state())
    }

    // 1. Pitches in words no list knows: a price, a package, a place kept.
    @Test func anOfferWithAPriceIsAPitchWhateverItSells() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t())
            b.message(from: t, at: B.t(days: 9), "Hi Robin, my beekeeping weekend runs twice this summer, normally £480, and I can keep one place for you at £320. Shall I hold it?")
        }
        #expect(v.findings.contains { $0.rule == "COMMERCIAL_INTENT" })
        #expect(!v.findings.contains { $0.rule == "CREDIT_GENUINE_QUESTION" })
        #expect(v.flagged, "\(v.explanation)")
    }

    // 2. A sincere start, then a pitch and nudges: the turn is flagged.
    @Test func aPitchAfterASincereStartIsStillFlagged() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -200))
            let post = b.post(by: .owner, id: "p", at: B.t(days: -10), "How we cut returns on the oak shelving line")
            b.comment(by: t, post: post, at: B.t(days: -9), "Kiln-drying the boards a week longer fixed our warping too.")
            b.message(from: t, at: B.t(days: 1), "How long do you let the oak settle before the final plane?")
            b.message(from: .owner, to: t, at: B.t(days: 2), "About ten days in the workshop, then a light pass.")
            b.message(from: t, at: B.t(days: 3), "Our team can take the finishing off your hands, we offer a full workshop package from 2,000 a month.")
            b.message(from: t, at: B.t(days: 8), "Just checking you saw the package above?")
            b.message(from: t, at: B.t(days: 14), "Bumping this up, the rate ends Friday.")
        }
        #expect(v.flagged, "\(v.explanation)")
        #expect(v.turnedAt?.at == B.t(days: 3))
    }

    // 1 and 2. A price with no offer wording, after the owner answered a
    // question and was thanked, is still the turn to a pitch.
    @Test func aBarePriceAfterAnAnsweredQuestionIsTheTurn() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -400))
            b.message(from: t, at: B.t(days: 1), "Which finish do you use on outdoor benches, oil or varnish?")
            b.message(from: .owner, to: t, at: B.t(days: 2), "Hard oil, two coats, then once a year after that.")
            b.message(from: t, at: B.t(days: 3), "Very useful, thanks.")
            b.message(from: t, at: B.t(days: 20), "Thinking about our chat: our finishing crew does benches at £85 a bench, or £700 for a whole park. Could I show you and your team?")
            b.message(from: t, at: B.t(days: 30), "Hi Robin, any thoughts on the crew?")
        }
        #expect(v.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
        #expect(v.turnedAt?.at == B.t(days: 20))
    }

    // 1. A cut of what the reader is awarded is a price too.
    @Test func aCommissionOnTheReadersMoneyIsAPitch() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -30))
            b.message(from: t, at: B.t(days: 1), "I write tender bids for joiners and keep 10% of every contract won, no win no fee. Would you put my card on your counter?")
        }
        #expect(v.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(v.explanation)")
    }

    // 5. A yes asked for in answer to the owner's own request is no pitch.
    @Test func aSlotThatAnswersTheOwnersRequestIsNoPitch() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -30))
            b.message(from: t, at: B.t(days: 1), "I saw your post asking for a joiner: two oak doors fitted is £1,280, hinges included, any week in May.")
            b.message(from: .owner, to: t, at: B.t(days: 2), "Could you fit both in the same week as the stairs, the second week of May?")
            b.message(from: t, at: B.t(days: 3), "Yes, both that week, same price. Shall I hold the week for you?")
        }
        #expect(!v.findings.contains { $0.rule == "COMMERCIAL_INTENT" && $0.at == B.t(days: 3) }, "\(v.explanation)")
        #expect(!v.flagged, "\(v.explanation)")
    }

    // 2. A no in plain words, then a question or a send-it-anyway, is a push past it.
    @Test(arguments: [
        "No problem, I'll send the brochure anyway, no harm in looking.",
        "Understood. Shall we pick it up again in the spring?",
    ])
    func askingAgainAfterAPlainNoIsPushing(_ push: String) {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -30))
            b.message(from: t, at: B.t(days: 1), "We fit workshop lighting, would a quote for your shop be useful?")
            b.message(from: .owner, to: t, at: B.t(days: 2), "Thanks, but nothing needed here, the lights were replaced last year.")
            b.message(from: t, at: B.t(days: 3), push)
        }
        #expect(v.findings.contains { $0.rule == "NUDGE_PAST_NO" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    /// `check --format json` names the turn under a key of its own, after
    /// `flagged_at`, leaving every existing key as it was.
    @Test func theCheckReportShowsWhereAThreadTurned() {
        var b = InboxBuilder()
        let t = b.person("tomas", "Tomás Ferreira")
        b.connect(t, at: B.t(days: -30))
        b.message(from: t, at: B.t(days: 1), "Quick one: what dust extraction do you run in the shop?")
        b.message(from: .owner, to: t, at: B.t(days: 2), "A cyclone unit on the big saws.")
        b.message(from: t, at: B.t(days: 3), "Great, our extraction hire plan is €95 per week, and I can set you up with a unit on Monday. Want one?")
        b.message(from: t, at: B.t(days: 9), "Did you get a chance to look at the plan?")
        let inbox = b.build()
        let json = VerdictReport(inbox: inbox, state: inbox.state()).json
        #expect(json.contains(#""turned_at": "2026-03-04T09:00:00Z", "explanation": "#), "\(json)")
    }

    // 2. Pushing past a no weighs more than the same push before it.
    @Test func pushingPastANoIsFlagged() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -400))
            b.message(from: t, at: B.t(days: 1), "Robin, which finish did you use on the library benches in your last post?")
            b.message(from: .owner, to: t, at: B.t(days: 2), "Hardwax oil, two coats.")
            b.message(from: t, at: B.t(days: 3), "Thanks! By the way we sell a finishing service, would you like a quote?")
            b.message(from: .owner, to: t, at: B.t(days: 4), "No thanks, we do our own finishing.")
            b.message(from: t, at: B.t(days: 5), "Totally get it, but maybe sleep on it, the quote is free.")
        }
        #expect(v.findings.contains { $0.rule == "NUDGE_PAST_NO" })
        #expect(v.flagged, "\(v.explanation)")
    }

    // 2. An old acquaintance's priced offer closed with "Shall I ...?" is a
    // pitch though it names a date, and neither the question nor the old
    // reply shields the chasers after it.
    @Test func aLongConnectionsPricedOfferWithADateIsStillAPitch() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -3000))
            b.message(from: t, at: B.t(days: -2000), "Sorry to hear about the flood at the yard, shout if you need a hand.")
            b.message(from: .owner, to: t, at: B.t(days: -1999), "Thanks, we are drying out slowly.")
            b.message(from: t, at: B.t(days: 1), "I now run joinery audits for small firms: £1,200 a quarter, the first quarter at half the price for people I know. I could start on 3 June. Shall I send the terms?")
            b.message(from: t, at: B.t(days: 8), "Any thoughts? I only have room for two more firms.")
            b.message(from: t, at: B.t(days: 15), "Shall I just put your yard down for June?")
        }
        #expect(v.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(v.explanation)")
        #expect(!v.findings.contains { $0.rule == "CREDIT_GENUINE_QUESTION" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    // 2. A no that names what the reader is not doing is a no; going ahead
    // unless told otherwise is pushing past it.
    @Test func goingAheadUnlessToldOtherwiseAfterANoIsPushing() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -900))
            b.message(from: t, at: B.t(days: 1), "Robin, I've joined a firm that buys workshops like yours. I'd be glad to run a no obligation appraisal; our commission is only 2% on the sale.")
            b.message(from: .owner, to: t, at: B.t(days: 2), "Kind of you, but I'm not selling the workshop.")
            b.message(from: t, at: B.t(days: 9), "I'll book Friday at ten for the appraisal unless I hear otherwise.")
        }
        #expect(v.findings.contains { $0.rule == "NUDGE_PAST_NO" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    // 1 and 2. A share of the reader's savings taken by the sender is a
    // price though the message is full of details, and after a good
    // comment and an answered question it is the turn.
    @Test func aShareOfTheReadersSavingsIsAPitchAfterAGoodStart() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -60))
            let post = b.post(by: .owner, id: "p", at: B.t(days: -3), "Our kiln bill doubled this winter")
            b.comment(by: t, post: post, at: B.t(days: -2), "Insulating the kiln door seals cut our gas use by a fifth.")
            b.message(from: t, at: B.t(days: -1), "How many firings a week do you run, and on which fuel?")
            b.message(from: .owner, to: t, at: B.t(days: 0), "Four a week, on propane.")
            b.message(from: t, at: B.t(days: 1), "Then we can fit new seals and a heat recovery unit at no upfront cost and keep 50% of the fuel savings for seven years. A fitter could come on 12 May, shall I book it in?")
            b.message(from: t, at: B.t(days: 8), "Just checking you saw this, May slots are going.")
            b.message(from: t, at: B.t(days: 15), "Following up again on the seals.")
        }
        #expect(v.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    // 2. A no that gives its reason ("not something we can do") is a no.
    @Test func aReasonedNoIsANo() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t())
            b.message(from: t, at: B.t(hours: 20), "Hi Robin, we place coffee machines in workshops at no cost and you keep 10% of sales. Could I visit next week to find a spot?")
            b.message(from: .owner, to: t, at: B.t(days: 1), "Thanks, but the landlord's rules cover all vending here, so it isn't something we can agree to.")
            b.message(from: t, at: B.t(days: 2), "Understood! Landlords often allow small machines though, could you send me the clause?")
        }
        #expect(v.findings.contains { $0.rule == "NUDGE_PAST_NO" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    // 1, 2 and 3. Bait and switch into a marketplace: a question the owner
    // answers, then a percentage the sender keeps and a sign-up form; after
    // a no, a bonus for joining and "the form still works" push past it.
    @Test func aMarketplaceFeeAfterABaitQuestionThenABonusAfterANoIsFlagged() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(hours: -1))
            b.message(from: t, at: B.t(), "Hi Robin, I need a walnut worktop cut for an L-shaped kitchen, 3.1m on the long side. Is that a job your workshop would take on?")
            b.message(from: .owner, to: t, at: B.t(hours: 3), "Possibly. Is it a one-off? Send me the plan and I'll tell you if we can fit it in.")
            b.message(from: t, at: B.t(days: 1), "Honestly, it's one of many jobs posted each week on BenchBoard, our site for joiners. Makers pick jobs up and we retain an 11% service fee, nothing monthly. Do you want the maker joining form?")
            b.message(from: .owner, to: t, at: B.t(days: 1, hours: 1), "No thanks, not for us.")
            b.message(from: t, at: B.t(days: 8), "All good! For the record, makers who join in March get a £75 starter credit. The form still works.")
        }
        #expect(v.findings.contains { $0.rule == "COMMERCIAL_INTENT" && $0.at == B.t(days: 1) }, "\(v.explanation)")
        #expect(v.findings.contains { $0.rule == "NUDGE_PAST_NO" && $0.at == B.t(days: 8) }, "\(v.explanation)")
        #expect(v.turnedAt?.at == B.t(days: 1))
        #expect(v.flagged, "\(v.explanation)")
    }

    // 2. A no that gives money as its reason is a no, and a lower price
    // offered after it, in a statement with no question, pushes past it.
    @Test func aCounterOfferAfterABudgetNoIsPushing() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -4000))
            b.message(from: t, at: B.t(), "Robin! Ages. I've set up a studio making shop videos for makers. For old friends I'll put the workshop on our Maker Retainer: £450 a month for two clips, usually £700, six months minimum. Keen?")
            b.message(from: .owner, to: t, at: B.t(days: 1), "Great to hear from you! Honestly we can't afford it this year, the new kiln took everything.")
            b.message(from: t, at: B.t(days: 7), "Fair enough! I could do it for £380 a month from September instead.")
            b.message(from: t, at: B.t(days: 20), "Robin, final nudge, promise. Can I keep May for you?")
        }
        #expect(v.findings.contains { $0.rule == "NUDGE_PAST_NO" && $0.at == B.t(days: 7) }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    // 4. Asking a stranger for a private number is no genuine question.
    @Test func askingForAPhoneNumberEarnsNoQuestionCredit() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t())
            b.message(from: t, at: B.t(hours: 1), "Hi Robin, could you tell me the best mobile number to reach you on this week?")
        }
        #expect(!v.findings.contains { $0.rule == "CREDIT_GENUINE_QUESTION" }, "\(v.explanation)")
    }

    // 3. Bait and switch: the owner's answer does not shield the pitch after it.
    @Test func theOwnersAnswerDoesNotShieldAPitch() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -30))
            b.message(from: t, at: B.t(days: 1), "Quick one: what dust extraction do you run in the shop?")
            b.message(from: .owner, to: t, at: B.t(days: 2), "A cyclone unit on the big saws.")
            b.message(from: t, at: B.t(days: 3), "Great, our extraction hire plan is €95 per week, and I can set you up with a unit on Monday. Want one?")
            b.message(from: t, at: B.t(days: 9), "Did you get a chance to look at the plan?")
        }
        #expect(v.flagged, "\(v.explanation)")
        #expect(v.turnedAt != nil)
    }

    // 4. Credits from substance: two words under a post are not engagement,
    // and claimed reading with nothing in the log is a sincerity failure.
    @Test func aTwoWordCommentEarnsNoEngagementCredit() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t())
            let post = b.post(by: .owner, id: "p", at: B.t(days: 1), "Our apprentice scheme, year one")
            b.comment(by: t, post: post, at: B.t(days: 2), "Love this!")
            b.message(from: t, at: B.t(days: 20), "Hi Robin, can we jump on a quick call next week?")
        }
        #expect(!v.findings.contains { $0.rule == "CREDIT_ENGAGED_FIRST" })
        #expect(v.flagged, "\(v.explanation)")
    }

    @Test func claimedReadingWithNoEngagementIsASincerityFailure() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t())
            b.message(from: t, at: B.t(days: 20), "I've been following your posts closely for months and would love to share an opportunity.")
        }
        #expect(v.findings.contains { $0.rule == "SINCERE_CLAIMED_ENGAGEMENT" })
        #expect(!v.findings.contains { $0.rule == "CREDIT_PURPOSE_STATED" })
    }

    @Test func anOldConnectionWhoOnlySellsEarnsNoLongConnectionCredit() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -900))
            b.message(from: t, at: B.t(), "Robin! Our new timber-tracking app helps workshops cut waste by 20%. Interested in a free trial?")
        }
        #expect(!v.findings.contains { $0.rule == "CREDIT_LONG_CONNECTION" })
    }

    // 5. Cold but concrete: the specifics are the purpose.
    @Test func aConcreteColdMessageIsNotFlagged() {
        let v = Self.thread { b, t in
            b.message(from: t, at: B.t(), "Hello Robin, I coordinate the county school-build programme. We need a joinery lead for 14 classrooms from 2 March, 3 days a week, day rate 420; the scope is at https://example.org/scope-14. Could we speak for 20 minutes on Thursday to check the dates fit?")
        }
        #expect(v.findings.contains { $0.rule == "CREDIT_SPECIFIC" })
        #expect(!v.findings.contains { $0.rule == "MEETING_NO_PURPOSE" })
        #expect(!v.flagged, "\(v.explanation)")
    }

    // 5. A role's pay is money going to the reader: an employer's call about
    // it is a call with a purpose, however salesy "hearing more" sounds.
    @Test func aRecruitersPayRangeAndCallAreNotAPitch() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(hours: -12))
            b.message(from: t, at: B.t(), "Morning Robin, I'm hiring a Workshop Manager for a Leeds fit-out firm, 58 to 64k plus bonus and a van, reporting to the Operations Director. Would you be open to hearing more about it?")
            b.message(from: .owner, to: t, at: B.t(days: 1), "Not this year, but keep me in mind.")
            b.message(from: t, at: B.t(days: 2), "Will do, thanks Robin.")
        }
        #expect(!v.findings.contains { $0.rule == "PITCH_SALES" })
        #expect(!v.findings.contains { $0.rule == "MEETING_NO_PURPOSE" })
        #expect(!v.flagged, "\(v.explanation)")
    }

    // 1. The sender's own course with its price next to it, and a place kept
    // back for the reader, are offers in any words.
    @Test func aPlaceKeptAtAPriceIsAnOffer() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -900))
            b.message(from: t, at: B.t(), "Robin! Long time. My six-week pottery for stress cohort starts soon, 700, but old mates get a seat at 450. Shall I keep you one?")
            b.message(from: t, at: B.t(days: 3), "Only one seat left now!")
        }
        #expect(v.findings.contains { $0.rule == "COMMERCIAL_INTENT" })
        #expect(v.flagged, "\(v.explanation)")
    }

    // 2. Details that come after a pitch (its price, its deadline) are the
    // pitch's details: they earn no specificity credit and shield no nudge.
    @Test func aSpecificNudgeAfterAPitchEarnsNoCredit() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -3))
            b.message(from: t, at: B.t(), "Hi Robin, our forklift refresher training is only 89 per delegate this quarter. Use code YARD20 when you book.")
            b.message(from: t, at: B.t(days: 4), "The 89 rate ends on Friday 6 March, 12 places left for your team.")
        }
        #expect(!v.findings.contains { $0.rule == "CREDIT_SPECIFIC" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    // 6. Negation: saying what one is not doing is not doing it.
    @Test func aNegatedPitchDoesNotFire() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -60))
            b.message(from: t, at: B.t(), "I'm not looking for investors or selling a service; I only wondered how you price bespoke staircases against fitted ones?")
        }
        #expect(!v.findings.contains { $0.category == .pitch })
        #expect(!v.flagged)
    }

    // 7. Evidence a person would underline: whole phrases, never a stray "a".
    @Test func evidenceNeverStartsOrEndsOnAFunctionWord() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t())
            b.message(from: t, at: B.t(minutes: 5), "It is truly an honour to be connected. Are you free for a quick call to explore synergies for a month?")
        }
        #expect(v.flagged)
        for f in v.findings where f.category != .credit {
            #expect(!UnderlinedEvidence.isFragment(f.evidence), "\(f.rule): \(f.evidence)")
        }
    }

    // 8. Invitations: scams and advances beyond the obvious words.
    @Test(arguments: [
        "Good news, the site-manager post is yours after you cover the 75 dollar training fee.",
        "Send three Apple cards and the parcel is released to you today.",
        "My team recovers stolen crypto funds from any exchange, fast.",
        "Your smile in your photo warmed my heart, can we be friends?",
        "How about some discreet fun, just the two of us this weekend?",
        "People like you should stop posting and disappear, be careful who you cross.",
        "Ganancias garantizadas diarias con nuestro sistema.",
        // Knowing the reader's private life, held up as a warning.
        "Answer my complaint by Monday or you will be in serious trouble. I know what street you live on.",
        // A date offered in place of the business.
        "Your clinic photo made my week. Forget the consultation, how about dinner instead?",
        // A threat of a visit, read from its parts (knowing where the
        // reader is, turning up there, a warning), any two together.
        "You botched the survey on my barn and the insurer won't pay. I've found out where your yard is, so expect a little visit from me. Mark my words.",
        "Builders who cut corners on my loft get a visit from me. Consider this your only warning.",
    ])
    func aScamOrAdvanceInANoteIsIgnored(_ note: String) throws {
        let v = try Self.invitation(note: note)
        #expect(v.decision == .ignore, "\(note)")
        #expect(v.reasons == [.inappropriate])
    }

    /// The verdict on an invitation from an ordinary profile with `note`.
    static func invitation(note: String) throws -> InvitationVerdict {
        var b = InboxBuilder()
        let x = b.person("x", "Quill Varga")
        b.invite(from: x, at: B.t(), note: note)
        let inbox = b.build()
        return try #require(Policy().judgeInvitation(from: x, in: inbox, state: inbox.state()))
    }

    // One part of a threat alone is an ordinary note.
    @Test func knowingWhereTheOfficeIsIsNoThreatAlone() throws {
        let v = try Self.invitation(note: "I know where your office is, could I drop the fixings catalogue at reception on Friday?")
        #expect(v.decision == .accept)
    }

    @Test func oneWeakProfileSignalIsNoReason() throws {
        var b = InboxBuilder()
        let x = b.person("x", "Quill Varga", photo: false)
        b.invite(from: x, at: B.t(), note: "Send two gift cards to unlock the prize you won.")
        let inbox = b.build()
        let v = try #require(Policy().judgeInvitation(from: x, in: inbox, state: inbox.state()))
        #expect(v.decision == .ignore)
        #expect(v.reasons == [.inappropriate])
    }

    // Round 7, class 2: a no that names the reader ("Thank you Ossian, but
    // no") or says what they don't want is a no, and asking again is a push.
    @Test(arguments: [
        "Thank you Ossian, but no. The paper sign-up sheet does us fine.",
        "We don't want another app on the tills, thanks.",
        "Please don't hold a stall for us this year.",
        "Thanks for thinking of the farm, but we train our pickers ourselves.",
    ])
    func askingAgainAfterANoInOtherWordsIsAPush(_ no: String) {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t())
            b.message(from: t, at: B.t(days: 1), "Hi Robin, our rota app plans a picking season for £30 a month per orchard.")
            b.message(from: .owner, to: t, at: B.t(days: 2), no)
            b.message(from: t, at: B.t(days: 6), "Understood! Just 10 minutes on Tuesday and you'll see why growers switch?")
        }
        #expect(v.findings.contains { $0.rule == "NUDGE_PAST_NO" }, "\(no): \(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    // Round 7, class 1: the sender's next step in a sale put as a question
    // (a walk-through, a choice between two offers) earns no question credit,
    // and a founding rate per site with a calendar link is a pitch.
    @Test func aWalkThroughOfferIsAClosingQuestion() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t())
            b.message(from: t, at: B.t(hours: 1), "Hi Robin, our first 30 orchards pay £19 a month per site instead of £40, the first two months free. Could I take you through it? Slots: https://meet.example.com/tomas")
        }
        #expect(v.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(v.explanation)")
        #expect(!v.findings.contains { $0.rule == "CREDIT_GENUINE_QUESTION" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    @Test func aChoiceBetweenTwoOffersIsNoGenuineQuestion() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t())
            b.message(from: t, at: B.t(days: 3), "Hi Robin, I film farm shops for my channel. A feature video is a £300 slot, or free if you take the £60 a month partner plan. Which one works better for you?")
        }
        #expect(!v.findings.contains { $0.rule == "CREDIT_GENUINE_QUESTION" }, "\(v.explanation)")
    }

    // Round 7, classes 1 and 3: a share of whatever the sender saves the
    // reader is a price, however the sentence is built, and the answer the
    // reader gave to the opening question does not shield it.
    @Test func aShareOfWhatTheSenderSavesIsAPriceAfterABaitQuestion() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -5))
            b.message(from: t, at: B.t(days: 1), "Hi Robin, when you added the second workshop, did you keep the spray booth in one place or split it?")
            b.message(from: .owner, to: t, at: B.t(days: 1, hours: 5), "One booth, at the main yard. We ferry the doors over twice a week.")
            b.message(from: t, at: B.t(days: 2), "Handy! That is just what I fix: no fee up front, I simply take 25% of whatever we save you on transport in the first year. Can we get you booked in this week?")
            b.message(from: t, at: B.t(days: 9), "Hi Robin, has my note landed?")
        }
        #expect(v.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(v.explanation)")
        #expect(v.findings.contains { $0.rule == "NUDGE_FOLLOWUP" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    // Round 7, class 1: pence and a platform's percentage are prices.
    @Test func penceAndAPlatformsPercentageArePrices() {
        let pence = Self.thread { b, t in
            b.connect(t, at: B.t())
            b.message(from: t, at: B.t(hours: 2), "Hi Robin, our app writes a product card for every piece you make, 40p a card. Shall I turn it on for a free fortnight?")
        }
        #expect(pence.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(pence.explanation)")
        let platform = Self.thread { b, t in
            b.connect(t, at: B.t())
            b.message(from: t, at: B.t(hours: 2), "Hi Robin, we'd love you on our makers' marketplace: 0% booking fee until March, then our standard 18%. Your shop page is ready, one click to publish it.")
        }
        #expect(platform.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(platform.explanation)")
    }

    // Round 7, class 4: asking a stranger for introductions, paid per client
    // they bring, is prospecting through the reader.
    @Test func paidIntroductionsFromAStrangerArePitched() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t())
            b.message(from: t, at: B.t(hours: 3), "Hi Robin, I'm not selling anything! I do payroll for trades. Could you introduce me to other joiners you know? I give £75 for each referral that signs up.")
            b.message(from: t, at: B.t(days: 7), "Any names spring to mind?")
        }
        #expect(v.findings.contains { $0.rule == "PITCH_PROSPECTING" || $0.rule == "PITCH_MENTORSHIP" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    // Round 7, class 5: a price the reader asked for is an answer.
    @Test func aPriceTheReaderAskedForIsNoPitch() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -900))
            b.message(from: t, at: B.t(days: 1), "Hi Robin, we're both short-handed over the Easter week. Would you cover our urgent call-outs if we cover yours, with a written no-poaching line?")
            b.message(from: .owner, to: t, at: B.t(days: 1, hours: 3), "Could work. What rate would you charge us for a day on site?")
            b.message(from: t, at: B.t(days: 1, hours: 5), "£380 a day on site and £55 an hour by phone, the same both ways. I'll draft a page of terms.")
        }
        #expect(!v.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(v.explanation)")
        #expect(!v.flagged, "\(v.explanation)")
    }

    // Round 7, class 5: a buyer with a budget asking for the reader's work,
    // and a call to settle it, is not selling.
    @Test func aBuyerWithABudgetIsNotPitching() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t())
            b.message(from: t, at: B.t(minutes: 20), "Hello Robin, I run two cafés and need 40 new shelves and a counter before June. Our budget is around 9,000 GBP. Is possible a call of 20 minutes next week, so I explain and you say if you can do it?")
        }
        #expect(!v.findings.contains { $0.category == .pitch }, "\(v.explanation)")
        #expect(!v.flagged, "\(v.explanation)")
    }

    // Round 7, timeline: the reader's own invitation note asked for what the
    // sender then sends, prices and a demo link included.
    @Test func anInvitationNoteFromTheReaderOpensTheConversation() {
        var b = InboxBuilder()
        let t = b.person("tomas", "Tomás Ferreira")
        b.invite(from: .owner, to: t, at: B.t(), note: "Hi Tomás, we met at the timber fair. Could I see a demo of your cutting-list software?")
        b.accept(by: t, from: .owner, at: B.t(hours: 2))
        b.message(from: t, at: B.t(hours: 2, minutes: 10), "Hi Robin, good to hear from you. For two workshops it is £45 a month per site. Demo slots: https://demo.example.com/tomas (40 minutes).")
        b.message(from: .owner, to: t, at: B.t(hours: 4), "Booked Friday at 9.")
        let inbox = b.build()
        let v = Policy().judgeThread(with: t, in: inbox, state: inbox.state())
        #expect(!v.findings.contains { $0.rule == "RELAX_MESSAGED_RIGHT_AWAY" }, "\(v.explanation)")
        #expect(!v.flagged, "\(v.explanation)")
    }

    // Round 7, class 2: booking the reader's time for them is a call ask.
    @Test func aSelfBookedSlotIsACallAsk() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t())
            b.message(from: t, at: B.t(days: 2), "Hi Robin! I've gone ahead and pencilled in Thursday for us. Just reply with a thumbs up and the invite is yours.")
        }
        #expect(v.findings.contains { $0.category == .meeting }, "\(v.explanation)")
    }

    // Round 8, classes 1 and 2: a share of the reader's fee taken by a
    // matching service is the sender's cut, "it isn't for us" is a no, and a
    // cheaper pilot after it is a push.
    @Test func aShareOfTheReadersFeePushedPastANoIsFlagged() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t())
            b.message(from: t, at: B.t(hours: 1), "Hi Robin, we match homeowners with joiners. Nothing upfront, we simply take a 10% share of your fee on each job we send. Shall I switch your listing on?")
            b.message(from: .owner, to: t, at: B.t(hours: 5), "Thanks, but it isn't for us, we're booked through the spring.")
            b.message(from: t, at: B.t(days: 1), "No problem! How about a month's trial at a reduced 6% share? I can set it up today.")
        }
        #expect(v.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(v.explanation)")
        #expect(v.findings.contains { $0.rule == "NUDGE_PAST_NO" }, "\(v.explanation)")
        #expect(!v.findings.contains { $0.rule == "CREDIT_PAID_WORK" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    // Round 8, class 2: an agency's fee on a salary is its cut, and "we never
    // use agencies" is a no that sending a CV "anyway" pushes past.
    @Test func anAgencyFeeOnASalaryPushedPastANoIsFlagged() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t())
            b.message(from: t, at: B.t(hours: 2), "Hi Robin, we place bench joiners: 16% of first-year salary, only if you hire. Can I send you three CVs?")
            b.message(from: .owner, to: t, at: B.t(days: 1), "Thanks, but we're not recruiting and we never use agencies.")
            b.message(from: t, at: B.t(days: 1, hours: 1), "Understood! I'll send one CV anyway so you have it on file.")
        }
        #expect(v.findings.contains { $0.rule == "NUDGE_PAST_NO" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    // Round 8, class 1: a retainer or a free audit taken from a link is a
    // sale however many details come with it.
    @Test func aRetainerWithALinkToTakeItIsAPitch() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -3))
            b.message(from: t, at: B.t(days: 1), "Robin, joinery firms your size leave about 20% of their quoting time on the table. For a £900/month retainer we run your estimates. Claim your free 20-minute quoting review here: https://review.example.com/tomas")
        }
        #expect(v.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(v.explanation)")
    }

    // Round 8, class 5: a question about what a price covers asks for a
    // price, and the answer is no pitch.
    @Test func aQuestionAboutWhatAPriceCoversAsksForAPrice() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -10))
            let post = b.post(by: .owner, id: "p", at: B.t(days: -5), "Looking for a supplier of FSC oak boards, about 40 m³ a year. Quotes welcome.")
            b.comment(by: t, post: post, at: B.t(days: -4), "We kiln-dry FSC oak at 8% moisture and deliver within 60 miles of Leeds.")
            b.message(from: t, at: B.t(days: 1), "Hi Robin, our spec sheet: https://example.com/oak.pdf. Prime grade 27 mm is about £1,900 per m³ delivered.")
            b.message(from: .owner, to: t, at: B.t(days: 2), "Thanks. Does that price include the offcuts being taken back?")
            b.message(from: t, at: B.t(days: 2, hours: 2), "Taking offcuts back is £40 a load extra, we collect monthly.")
        }
        #expect(!v.flagged, "\(v.explanation)")
    }

    // Round 8, class 8: a fee and a move to WhatsApp in another language.
    @Test func aFeeAndAChatHandoffInSpanishIsAScam() throws {
        let v = try Self.invitation(note: "Su taller ha sido elegido para un contrato. Para recibir los documentos debe pagar una tasa de gestión de 150 USD. Escríbame por WhatsApp.")
        #expect(v.decision == .ignore)
        #expect(v.reasons == [.inappropriate])
    }

    // Round 9, class 1: a monthly price written with a slash, after a
    // question that only qualifies the reader for the sale.
    @Test func aSlashPriceAfterAQualifyingQuestionIsAPitch() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -30))
            b.message(from: t, at: B.t(days: 1), "Hi Robin, how many quotes does the workshop send a week? We help joiners win twice as many jobs in a season. £180 setup, then £95/mo, no contract. Can I send you a short video of how it works?")
            b.message(from: t, at: B.t(days: 8), "Hi Robin, bumping this, one slot left in your county.")
        }
        #expect(v.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(v.explanation)")
        #expect(!v.findings.contains { $0.rule == "CREDIT_GENUINE_QUESTION" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    // Round 9, class 1: a fee per result and a diary link to take it is a
    // sale, however many figures come with it.
    @Test func aPricePerResultWithADiaryLinkIsAPitch() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -1))
            b.message(from: t, at: B.t(minutes: 20), "Robin - we fill the diaries of joinery owners with 10-12 site surveys a month, and you pay £150 only for each one that goes ahead. Grab 15 mins here: https://meet.example.com/odile/15min")
        }
        #expect(v.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    // Round 9, classes 2 and 3: asking for the reader's client contacts,
    // refused as something the reader never does, then asked again.
    @Test func askingAgainForContactsTheReaderNeverGivesOutIsPushingPastANo() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -2))
            b.message(from: t, at: B.t(days: 1), "Hi Robin, well done on the school library fit-out! Could you send me the email addresses of the bursars there? We sell classroom furniture and I'd mention you.")
            b.message(from: .owner, to: t, at: B.t(days: 1, hours: 3), "Hi Odile, those schools are my clients and I never pass on their details. Sorry.")
            b.message(from: t, at: B.t(days: 1, hours: 4), "Understood but we don't compete with you at all! Just the bursars, I'll handle the rest")
            b.message(from: t, at: B.t(days: 2), "Robin?? just the name of the trust then?")
        }
        #expect(v.findings.contains { $0.rule == "NUDGE_PAST_NO" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    // Round 9, class 5: a recruiter's cold note with a pay band, FTE,
    // closing date and JD link is a real opening, "a great fit" or not.
    @Test func aRoleWithItsBandAndJDIsNoDangledOpportunity() {
        let v = Self.thread { b, t in
            b.message(from: t, at: B.t(days: 1), "Hi Robin, I'm hiring a workshop manager for the county council's estates team: 1.0 FTE, grade 7 (£38,220-£41,400), closing 30 May. Probably not for you, but you may know someone who'd be a great fit. JD: https://jobs.example.org/estates-wm")
            b.message(from: .owner, to: t, at: B.t(days: 2), "Thanks, I'll pass it to a former apprentice.")
            b.message(from: t, at: B.t(days: 2, hours: 1), "Thank you, Robin.")
        }
        #expect(!v.findings.contains { $0.rule == "PITCH_OPPORTUNITY" }, "\(v.explanation)")
        #expect(!v.flagged, "\(v.explanation)")
    }

    // Round 9, class 8: a job for a fee in gift cards, and a messenger
    // with a phone number, in Portuguese.
    @Test func aFeeInGiftCardsAndAMessengerNumberInPortugueseIsAScam() throws {
        let v = try Self.invitation(note: "Bom dia! Vaga de carpinteiro, pagamento semanal. Basta pagar a taxa de registo em cartões presente. WhatsApp +351 912 345 678")
        #expect(v.decision == .ignore)
        #expect(v.reasons == [.inappropriate])
    }

    // Round 10, classes 1 and 2: a detailed price list for the sender's
    // own package, after a sincere start the owner answered, then chased.
    @Test func theSendersOwnPackageWithItsDetailsIsStillAPitch() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -20))
            let post = b.post(by: .owner, id: "p", at: B.t(days: -10), "Our joinery used 40% less oak offcut this year.")
            b.comment(by: t, post: post, at: B.t(days: -9), "Impressive. Did the new saw or the cutting plan do most of it?")
            b.message(from: t, at: B.t(days: 1), "Hi Robin, how many of your 12 benches run on three-phase power? I'm mapping it for the regional grid study.")
            b.message(from: .owner, to: t, at: B.t(days: 2), "Eight of them, the rest are single-phase.")
            b.message(from: t, at: B.t(days: 30), "Good news: for your 8 three-phase benches we've put together our 'Grid Ready' package, survey plus paperwork, €1.250 per bench, or €9.000 for all 8. Can I present it at your next team meeting?")
            b.message(from: t, at: B.t(days: 37), "Hi Robin, just checking you saw my proposal?")
        }
        #expect(v.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    // Round 10, class 1: pence per item and "if you reply today" make a
    // cold price list a pitch, figures and link or not.
    @Test func pencePerItemWithAReplyTodayOfferIsAPitch() {
        let v = Self.thread { b, t in
            b.message(from: t, at: B.t(days: 1), "Hi Robin!! Workshop aprons ready for spring?? Branded aprons from 95p each (min order 300), caps £2.40. FREE design proof if you reply APRON today www.stitch.example.com/trades")
        }
        #expect(v.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    // Round 10, class 5: money a public scheme pays the reader's members,
    // offered with a short talk at their meeting, is no sale; nor is a
    // buyer asking what joining costs, nor a saving shared for free.
    @Test func moneyPaidToTheReadersMembersIsNoPrice() {
        let scheme = Self.thread { b, t in
            b.connect(t, at: B.t(days: -300))
            b.message(from: t, at: B.t(days: 1), "Hi Robin, the county starts a hedgerow pilot: landowners get €1.100 per ha per year for 5 years. Could I present it at one of your members evenings? 20 minutes is enough.")
        }
        #expect(!scheme.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(scheme.explanation)")
        #expect(!scheme.flagged, "\(scheme.explanation)")
        let buyer = Self.thread { b, t in
            b.connect(t, at: B.t(days: -1))
            b.message(from: t, at: B.t(hours: 2), "hello. u the owner? we are small workshop 2 people near the border. can we join the guild or only members from this county. what is the membership fee. no call please")
        }
        #expect(!buyer.findings.contains { $0.rule == "PITCH_SALES" }, "\(buyer.explanation)")
        let saving = Self.thread { b, t in
            b.connect(t, at: B.t(days: -30))
            b.message(from: t, at: B.t(days: 1), "How do you schedule the finishing room between two crews?")
            b.message(from: .owner, to: t, at: B.t(days: 2), "A shared board, mornings for oil, afternoons for lacquer.")
            b.message(from: t, at: B.t(days: 3), "Thanks! In return: we pooled our timber orders with two other shops and cut costs by about €40 a board. Happy to send the spreadsheet, no strings.")
        }
        #expect(!saving.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(saving.explanation)")
        #expect(!saving.flagged, "\(saving.explanation)")
    }

    // Round 11, class 1: a cut of whatever the reader is awarded, named
    // by its basis alone, with scarce "spaces", is a pitch.
    @Test func aShareOfWhateverIsAwardedIsTheSendersCut() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -20))
            b.message(from: t, at: B.t(days: 1), "Hi Robin, with orders up like that you'll want a bigger grant. I prepare applications on results: 10% of whatever's granted, nothing if it fails. Two slots left this quarter, want one?")
            b.message(from: t, at: B.t(days: 9), "Hi Robin, just bumping this. One slot has gone.")
        }
        #expect(v.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    // Round 11, class 5: a price the owner asked for ("what it costs
    // families") is an answer; a seller's terse "price?" asks, not sells.
    @Test func aPriceTheOwnerAskedForAndASellersPriceQuestionAreNoPitch() {
        let exchange = Self.thread { b, t in
            b.connect(t, at: B.t(days: -3))
            b.message(from: t, at: B.t(days: 1), "Dear Mr Ferreira, our guild ran a joinery exchange with yours until 2019. We'd like to restart it: 6 apprentices, one week in May in Porto and one in October here. Could your workshop consider it?")
            b.message(from: .owner, to: t, at: B.t(days: 2), "Yes, gladly. Could you tell me roughly what it costs your apprentices?")
            b.message(from: t, at: B.t(days: 3), "About 300 € each for travel and lodging; the guild covers half.")
        }
        #expect(!exchange.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(exchange.explanation)")
        #expect(!exchange.flagged, "\(exchange.explanation)")
        let logs = Self.thread { b, t in
            b.connect(t, at: B.t(days: -1))
            b.message(from: t, at: B.t(hours: 5), "you buy oak boards. have 30 m3 air dried near the river, can deliver fast. price ?")
        }
        #expect(!logs.findings.contains { $0.rule == "PITCH_COMMERCIAL" }, "\(logs.explanation)")
        #expect(!logs.flagged, "\(logs.explanation)")
    }

    // Round 11, class 8: a messenger and a phone number, with the rest of
    // the note in another script, is a move off the platform.
    @Test func aMessengerAndANumberInAnyScriptIsAScam() throws {
        let v = try Self.invitation(note: "Здравствуйте! Подробности только в WhatsApp: +7 912 345 67 89")
        #expect(v.decision == .ignore)
        #expect(v.reasons == [.inappropriate])
    }

    // Round 12, class 1: a trade price per unit after filler comments,
    // with the catalogue offered, is a pitch.
    @Test func aTradePricePerUnitAfterFillerCommentsIsAPitch() {
        let v = Self.thread { b, t in
            b.connect(t, at: B.t(days: -30))
            let post = b.post(by: .owner, id: "p", at: B.t(days: -3), "New bench room open at last.")
            b.comment(by: t, post: post, at: B.t(days: -2), "Love this 👏")
            b.message(from: t, at: B.t(days: 1), "Hi Robin, love your content! We supply beeswax polish to workshops and schools across the UK. Trade price £6/unit (RRP £12.99), minimum 24 units. Want me to send over the trade list?")
            b.message(from: t, at: B.t(days: 8), "Hi Robin, did you get a chance to look? Happy to jump on a quick call.")
        }
        #expect(v.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(v.explanation)")
        #expect(v.flagged, "\(v.explanation)")
    }

    // Round 12, class 5: a supplier answering the owner's own public
    // request with the price she asked for, and a college's confirmed
    // incentive per apprentice, are no sales.
    @Test func answeringAPublicRequestAndAnIncentivePaidToTheReaderAreNoPitch() {
        let supplier = Self.thread { b, t in
            _ = b.post(by: .owner, id: "p", at: B.t(days: -5), "Looking for a supplier of oak dowels, 8 mm, about 5,000 a month. Quotes welcome.")
            b.message(from: t, at: B.t(days: 1), "Hello Robin, I see your post asking for oak dowels. We are manufacturer since 2006, we export to Spain and Ireland. 8 mm fluted, kiln dried. Price for 5,000: €0.04 per piece, delivery €60, 10 working days. I can send samples free if you want.")
            b.message(from: .owner, to: t, at: B.t(days: 2), "Thanks, that is what I asked for. Samples please.")
            b.message(from: t, at: B.t(days: 2, hours: 3), "Samples go tomorrow, I send tracking.")
        }
        #expect(!supplier.findings.contains { $0.rule == "PITCH_SALES" }, "\(supplier.explanation)")
        #expect(!supplier.flagged, "\(supplier.explanation)")
        let college = Self.thread { b, t in
            b.connect(t, at: B.t(days: -900))
            b.message(from: t, at: B.t(days: 1), "Hi Robin, would you have room for one more apprentice this autumn?")
            b.message(from: t, at: B.t(days: 80), "Hi Robin, no pressure on my last message. One update: the employer incentive is now confirmed at £1,000 per apprentice, paid in two halves. Details: example.com/college/incentive. If it's still a no, that's fine.")
            b.message(from: .owner, to: t, at: B.t(days: 81), "That changes things, put me down for one.")
        }
        #expect(!college.findings.contains { $0.rule == "COMMERCIAL_INTENT" }, "\(college.explanation)")
        #expect(!college.flagged, "\(college.explanation)")
    }

    // Round 12, class 8: a remark on her photo, a request for her number
    // and a promise of discretion: no explicit word, still an advance.
    @Test func aPhotoRemarkAndADiscreetRequestForHerNumberIsAnAdvance() throws {
        let v = try Self.invitation(note: "Spotted your picture and just had to say hello. Text me your number, I'm always discreet 😉")
        #expect(v.decision == .ignore)
        #expect(v.reasons == [.inappropriate])
    }

    // 9. Replies: judged in their thread, strictly (see CoachReplyTests).
    @Test func aReplyWithFlatteryAndAPurposelessCallFailsInItsThread() {
        var b = InboxBuilder()
        let t = b.person("tomas", "Tomás Ferreira")
        b.connect(t, at: B.t())
        b.message(from: t, at: B.t(days: 2), "Hi Robin, how do you schedule site visits across the two workshops?")
        let inbox = b.build(now: B.t(days: 3))
        let r = Coach.review(draft: "You are easily the smartest maker I've ever met! Let's hop on a Zoom sometime.", to: t, in: inbox, state: inbox.state(), at: B.t(days: 3))
        #expect(r.advice(for: .sincere)?.status == .fail)
        #expect(r.advice(for: .value)?.status == .fail)
    }
}

/// Words a person would never start or end an underlined phrase with.
enum UnderlinedEvidence {
    static let function: Set<String> = [
        "a", "an", "the", "to", "of", "for", "in", "on", "at", "by", "with", "and", "or", "but", "from", "as", "is", "are",
    ]

    /// A link's scheme alone ("https") is no more a phrase than "a" is.
    static let linkStarts: Set<String> = ["http", "https", "www"]

    static func isFragment(_ evidence: String) -> Bool {
        if linkStarts.contains(evidence.lowercased()) { return true }
        let words = evidence.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" }
        guard let first = words.first, let last = words.last else { return false }
        // One word alone is judged on the last only ("Interested?").
        return (words.count > 1 && function.contains(String(first))) || function.contains(String(last))
    }
}
