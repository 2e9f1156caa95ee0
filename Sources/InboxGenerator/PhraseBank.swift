import InboxModel

/// What generated people write, as interchangeable parts so the same shape
/// of message comes out in many wordings. Slots: `%o` the owner's first
/// name, `%n` the sender's first name, `%k` the owner's company, `%c` the
/// sender's company, `%t` a topic of one of the owner's posts, `%d` a
/// weekday, `%i` an industry, `%y` a city, `%s` a short link token.
enum PhraseBank {
    // MARK: Thirsty: the article's ladder (flattery, then a purposeless call, then a pitch)

    static let greetings = ["Hello %o.", "Hi %o!", "Dear %o.", "Good morning %o!", "Greetings, %o.", "Hey %o!", "Hello %o!"]

    static let flatteryOpeners = [
        "It looks like we know some of the same people.",
        "I see we share a few connections.",
        "I came across your profile and was very impressed.",
        "I noticed we move in similar circles.",
        "Your profile stood out to me immediately.",
        "Thank you for accepting my request.",
        "I have been following your journey for a while.",
    ]

    static let flatteryCores = [
        "I always like extending my network, and it is truly an honour to be connected to you.",
        "I deeply value my LinkedIn network and it is a real privilege to be connected with someone of your calibre.",
        "It is truly an honor to be connected with such an inspiring leader.",
        "I am humbled and honoured to be part of your network.",
        "Connecting with visionary leaders like you is what LinkedIn is all about, and I am truly honoured.",
        "My network means a great deal to me, and I am delighted and honoured that you accepted.",
        "It is a privilege to connect with a true thought leader in %i.",
        "People like you are the reason I love this platform. Truly an honour!",
    ]

    static let vagueLeads = [
        "I'm regularly looking for ways to collaborate with my network.",
        "I believe there could be great synergies between us.",
        "I'd love to get to know you and your business better.",
        "I think we could explore some exciting opportunities together.",
        "I'm keen to discuss potential collaboration between %c and %k.",
        "There are so many ways we could add value to each other.",
    ]

    static let vagueAsks = [
        "Would you be open to a quick Zoom call sometime?",
        "It would be good to connect by phone or Zoom meeting sometime.",
        "Could we jump on a 15-minute call?",
        "Let's hop on a quick virtual coffee.",
        "Are you free for a short call to get acquainted?",
    ]

    static let scheduling = [
        "How is next week looking in your schedule?",
        "Does %d work for you?",
        "When would suit you?",
        "Let me know a time that works.",
        "I'm flexible on %d or any time next week.",
    ]

    static let nudges = [
        "Perhaps you did not see my last message.",
        "Just following up on my previous message.",
        "Circling back on this, %o.",
        "I'm sure you're busy, so just bumping this up.",
        "Did you get a chance to read my last note?",
        "I haven't heard back, so I thought I'd try again.",
    ]

    static let pitches = [
        "I'm looking for mentorship, advisors, and introductions to investors and partners to grow our startup. Would you like to invest a million dollars in %c?",
        "We are raising our seed round at %c. Would you consider investing or introducing us to your investors?",
        "We help %i companies like %k cut costs by 40%. Can I send you a proposal?",
        "Our platform can 10x your pipeline, guaranteed or you don't pay. Shall I book a demo for your team?",
        "I'd love to invite you to our exclusive mastermind for %i leaders. Early-bird seats are $2,000.",
        "We're offering a limited number of partners equity in %c for a small investment. Interested?",
    ]

    static let bumps = [
        "Hi %o, just bumping this to the top of your inbox :)",
        "Circling back on my previous message. Would %d suit you for a short call?",
        "%o, did you see my message? I'm sure we can help %k.",
        "Last try! I don't want to bother you, so if I don't hear back I'll assume the timing isn't right and close your file.",
        "Following up again in case this got buried in your inbox.",
        "Any thoughts on my proposal? Happy to jump on a call anytime that suits you.",
        "Hi %o, I know you're busy. Just checking whether you had a chance to look at my last message.",
        "Friendly reminder about my note below. Only 3 slots left this month!",
        "Hi again %o. Just reply \"later\" and I'll follow up next quarter.",
    ]

    /// What a bump adds to keep the pitch alive.
    static let bumpTails = [
        "We help %i teams like %k cut costs by 40%.",
        "My calendar is filling up fast for %d.",
        "I'd hate for %k to miss out on this.",
        "Fifteen minutes would be enough to show you the numbers.",
        "If someone else at %k handles this, could you point me to them?",
        "Our clients in %i are seeing results within weeks.",
        "",
    ]

    static let shortGreetings = ["Hi %o,", "Hello %o!", "Hey %o,", "%o,", ""]

    // MARK: Thirsty: a pitch right after connecting

    static let pitchOpeners = ["Thanks for connecting, %o!", "Hi %o, great to be connected.", "Hello %o, I have a business opportunity that could be very interesting for %k."]

    static let coldPitches = [
        "We help %i teams like %k book 40+ qualified demos a month on autopilot.",
        "We are a team of 120 senior developers ready to extend your team at very competitive rates.",
        "Our AI-powered platform helps %i companies save up to 60% on operations.",
        "I run a coaching programme that helps leaders like you double their income in 90 days.",
        "We build white-label apps for %i brands in under four weeks.",
        "Our lead-generation service fills your calendar with decision makers, guaranteed.",
    ]

    static let callsToAction = [
        "Do you have 15 minutes on %d?",
        "Here's my calendar link so you can grab a slot: calendly.example/%s",
        "When can we talk?",
        "Can I send over a short deck?",
        "Shall we set up a quick call this week?",
    ]

    static let ownerDeclines = [
        "What would the call be about?",
        "Thanks, but this isn't something we need right now.",
        "Could you tell me a bit more about why you'd like to talk?",
        "Not interested, thank you.",
        "We're all set on that front, but thanks for thinking of us.",
    ]

    // MARK: Sincere: engage with the owner's posts, then one real question

    static let postReferences = [
        "I enjoyed your post on %t.",
        "Thanks for the post about %t.",
        "A question about your post on %t, if you have a moment.",
        "Your post about %t got our team talking.",
        "I read your post on %t twice.",
    ]

    static let questions = [
        "When you measured it, did you count per workspace or per user? Our numbers look completely different depending on which we pick.",
        "How did you get buy-in from the sales team before the change?",
        "Would you be willing to share the template you mentioned? My team is running a similar exercise next month.",
        "Was the change reversible, or did you commit up front? We're weighing the same decision at %c.",
        "How long did it take before you saw a difference in the numbers?",
        "Did you run it as an experiment with a control group, or roll it out to everyone at once?",
        "What would you do differently if you started again?",
        "Which of the steps turned out to matter most in practice?",
    ]

    static let courtesies = [
        "No problem at all if you'd rather keep it internal.",
        "Thanks in advance, and no rush.",
        "Happy to share what we learn in return.",
        "Thank you for writing it up.",
        "",
    ]

    static let ownerAnswers = [
        "Per workspace: a step counts once anyone in the workspace finishes it. Happy to share the query if that helps.",
        "Good question. We ran it behind a flag for two weeks first, then rolled out to everyone.",
        "We got buy-in by showing the churn numbers from the previous quarter. Happy to send you the slides.",
        "Honestly, the hardest part was agreeing on the metric. I'll send you our notes.",
        "Sure, here is the template: docs.example/%s. Let me know how it goes.",
        "It took about six weeks to show up in the numbers, and longer to convince anyone it was real.",
    ]

    static let thanks = [
        "That explains our numbers exactly. Thank you!",
        "This is really helpful, thank you %o.",
        "Thanks, I'll share it with the team and let you know how it turns out.",
        "Much appreciated. I'll report back once we've tried it.",
        "Perfect, that's what I needed. Thanks for taking the time.",
    ]

    static let followUps = [
        "One more thing, if you don't mind: how did you handle customers who were midway through the old flow?",
        "Quick follow-up: did the change affect your support volume?",
        "We tried it last week and saw a small drop in activation. Did you see the same in the first days?",
        "Sorry for another question: who owned the metric on your side, product or data?",
        "An update from our side: the first results look promising. Did you segment by plan size?",
        "We presented this internally on %d and the team had a question: how did you pick the threshold?",
    ]

    /// How a sincere sender picks the conversation up again.
    static let followUpLeads = [
        "Thanks again for the help last time.",
        "Quick update: we shipped the change on %d.",
        "Hope the week is going well.",
        "We talked about your answer in our team meeting.",
        "I've been thinking about what you said about %t.",
        "",
    ]

    /// What the owner adds after answering.
    static let ownerAnswerTails = [
        "Happy to look at your numbers if you send them over.",
        "Let me know how it goes.",
        "Good luck with the rollout!",
        "I'd be curious to hear what you find.",
        "",
    ]

    static let ownerFollowUpAnswers = [
        "We migrated them in batches and emailed each batch first.",
        "Support volume dropped slightly, mostly fewer 'how do I' tickets.",
        "Yes, activation dipped for about a week, then recovered.",
        "Product owned it, with data reviewing the definition every quarter.",
        "We did segment: small teams moved first, larger accounts a month later.",
        "Mostly by looking at last year's data and picking the knee of the curve. Nothing clever.",
    ]

    // MARK: Sincere: an offer of real value

    static let offers = [
        "Hi %o, since you mentioned %t in your post, I put together a short checklist from our own rollout: docs.example/%s. In case it helps.",
        "Hi %o, here is the survey I mentioned in my comment: data.example/%s. The raw data is on the same page under an open licence.",
        "Hi %o, I noticed a broken link in your post on %t. The correct one seems to be example.org/%s.",
        "Hi %o, I can introduce you to my colleague who ran the same migration at %c last year. Happy to make the intro by email if useful.",
        "Hi %o, you asked about %t in your post. We wrote up our numbers here: notes.example/%s. Happy to answer questions.",
    ]

    static let ownerOfferReplies = [
        "This is exactly what we needed, thank you %n.",
        "Thank you, that's really kind. I'd love the intro.",
        "Good catch, fixed. Thanks %n!",
        "Very useful, thank you. The caveat about sampling is good to know.",
    ]

    static let offerClosers = [
        "Glad it helped. If you publish anything from it, I'd love to read it.",
        "Done, you should have the email now.",
        "Any time. Good luck with it.",
        "Happy to help. Let me know if anything in it is unclear.",
    ]

    // MARK: Sincere: people the owner already knows

    static let catchUps = [
        "%o! It's been far too long. I'm in %y for a conference next month; any chance of a coffee? No agenda, I'd love to hear how %k is going.",
        "Hi %o, congratulations on the new role! We should catch up properly soon.",
        "Hi %o, I saw %k in the news this week. Great to see it going well. Are you around in %y in the spring?",
        "%o, I finally left %c and started something new. Would love to tell you about it over lunch sometime.",
    ]

    static let ownerCatchUpReplies = [
        "Yes! %d morning near the station?",
        "Great to hear from you %n. Let's do it.",
        "Thank you! Lunch on %d works for me.",
        "I'd love that. Send me a couple of dates.",
    ]

    static let catchUpClosers = ["Perfect. See you there.", "Great, booked.", "Looking forward to it!", "Sent you an invite."]

    // MARK: Sincere: the owner asks first

    static let ownerAsks = [
        "Hi %n, long time! Do you know anyone at %c who'd talk to us about %t? Twenty minutes, no sales, we're trying to understand the problem.",
        "Hi %n, I read your piece on %i and had a question: how did you size the market?",
        "Hi %n, we're hiring in %y and I remembered you know the scene there. Any recruiters you trust?",
        "Hi %n, could I ask your advice on %t? We're about to make the same call you made last year.",
    ]

    static let helpfulReplies = [
        "Hi %o! Yes, my colleague runs that team and loves talking about exactly this. I'll introduce you by email today.",
        "Good question. We used public filings plus a small survey; here is the summary: docs.example/%s.",
        "Two names come to mind; I'll send them over with some context on each.",
        "Happy to. The short version: start smaller than you think and measure from day one. Longer notes by email.",
    ]

    static let ownerThanksForHelp = [
        "Thank you, I owe you a coffee next time you're in town.",
        "Got it, thanks %n. Really appreciated.",
        "This is great, thank you.",
    ]

    // MARK: Invitations

    static let friendlyNotes = [
        "Hi %o, we met briefly at the %y meetup. I'd like to keep following your work.",
        "Loved your post on %t. I work in %i and would like to stay in touch.",
        "Hello %o, I'm a student interested in product management and enjoy your posts.",
        "Hi %o, fellow %i person here. Would be glad to connect.",
        "Bonjour %o, I enjoy your posts on research practice.",
    ]

    static let eagerNotes = [
        "Hi %o, would love to connect with a fellow leader!",
        "I'd be honoured to add you to my professional network.",
        "Hi %o, I have a business opportunity that could interest %k.",
        "Let's connect and explore synergies!",
    ]

    static let inappropriateNotes = [
        "Hello dear, you look so beautiful in your picture. Are you single?",
        "I can show you how to earn 30% weekly trading crypto. Message me on WhatsApp.",
        "Send me your personal phone number, I have a private matter to discuss.",
        "Hey gorgeous, let's get to know each other better outside LinkedIn.",
        "Guaranteed returns of 5% per day with my forex signals. Limited spots!",
    ]

    // MARK: The owner's posts and comments on them

    static let posts: [(topic: String, text: String)] = [
        ("onboarding churn", "We cut first-week churn by a third this quarter by deleting two onboarding steps rather than adding a tour. Write down why each step exists; if nobody can, try removing it behind a flag."),
        ("roadmaps", "A roadmap is a list of bets, not a list of promises. Ours now carries a one-line \"what would make us stop\" for every item. Three items died in review this month, which is the point."),
        ("customer interviews", "Five things I ask in every customer interview, and one I've stopped asking (\"would you use this?\"). Ask about last Tuesday instead of next year."),
        ("pricing experiments", "We tested usage-based pricing with 40 customers for a quarter. Revenue was flat; support tickets about invoices tripled. Notes on what we'd change."),
        ("hiring", "We're hiring two engineers in %y. No take-home test: a paid half-day pairing session instead. Here's why we changed the process."),
        ("remote rituals", "We dropped the daily stand-up for a written check-in. Meetings went down 30%, and the people in other time zones finally feel included."),
        ("metrics", "If a metric can go up while customers get less happy, it's the wrong metric. Ours was 'sessions per week'. We replaced it with 'tasks finished'."),
        ("market data", "Asking the network: does anyone know a public dataset on how small businesses in %y adopt scheduling software? The analyst reports contradict each other."),
        ("introductions", "Small thing I've noticed: the best introductions I get start with why. \"I saw your post on X and I'm stuck on Y\" gets an answer from me the same day."),
        ("design reviews", "Our design reviews got better when we banned the word 'just' and required one sentence on what problem each screen solves."),
        ("incident reviews", "Blameless incident reviews only work if someone writes down what we'll stop doing. Otherwise they're just storytelling."),
        ("documentation", "We now write the help article before we build the feature. If the article is confusing, the feature will be too."),
    ]

    static let comments = [
        "Great point about %t. We saw the same thing last year.",
        "Which tool did you use for this?",
        "This matches our experience at %c almost exactly.",
        "Saving this for our next planning session.",
        "Would love to hear how you handled the edge cases.",
        "We tried the opposite and regretted it. Thanks for writing this up.",
    ]

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
}
