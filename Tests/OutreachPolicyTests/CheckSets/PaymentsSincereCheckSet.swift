/// Hard sincere cases: a salesperson the owner contacted first, a volunteer speaker, a recruiter with a salary band, a bug report in plain English.
/// Written apart from Fixtures/corpus to check that the rules generalise
/// beyond the phrasings they were tuned on.
enum PaymentsSincereCheckSet {
    static let yaml = #"""
version: 1
title: "Hard sincere cases"
owner: {id: me, name: Elif Demir, headline: "Engineering Manager at Kettle Payments"}
now: 2026-11-30T09:00:00Z
people:
  - {id: h1, name: Noah Fischer, headline: "Account Executive at Ledgerline", connections: 3000, joined: 2016-01-01, mutual: 4, label: sincere}
  - {id: h2, name: Amara Obi, headline: "Junior developer", connections: 200, joined: 2023-01-01, mutual: 6, label: sincere}
  - {id: h3, name: Yusuf Kaya, headline: "Staff engineer at Finstack", connections: 900, joined: 2015-01-01, mutual: 11, label: sincere}
  - {id: h4, name: Clara Weiss, headline: "Organiser, PaymentsConf", connections: 5000, joined: 2014-01-01, mutual: 30, label: sincere}
  - {id: h5, name: Omar Haddad, headline: "Founder at Tallypay", connections: 1300, joined: 2019-01-01, mutual: 8, label: sincere}
  - {id: h6, name: Ruth Adeyemi, headline: "Engineering manager", connections: 700, joined: 2016-01-01, mutual: 22, label: sincere}
  - {id: h7, name: Jakob Lind, headline: "Student, KTH", connections: 110, joined: 2025-09-01, mutual: 2, label: sincere}
  - {id: h8, name: Sara Conti, headline: "Recruiter at Kettle Payments", connections: 4000, joined: 2017-01-01, mutual: 90, connected: 2022-01-01, label: sincere}
  - {id: h9, name: Mehmet Aydin, headline: "Backend engineer", connections: 400, joined: 2018-01-01, mutual: 3, label: sincere}
  - {id: h10, name: Lisa Park, headline: "VP Engineering at Brightpay", connections: 2000, joined: 2013-01-01, mutual: 15, label: sincere}
  - {id: h11, name: Dmitry Orlov, headline: "SRE", connections: 300, joined: 2020-01-01, mutual: 1, label: sincere}
  - {id: h12, name: Grace Hall, headline: "Product designer", connections: 800, joined: 2016-01-01, mutual: 9, label: sincere}
events:
  - {type: post, at: 2026-10-01T09:00:00Z, by: me, id: e1, text: "We replaced our ledger reconciliation batch with streaming. Latency went from hours to seconds."}
  - {type: post, at: 2026-10-15T09:00:00Z, by: me, id: e2, text: "Looking for a speaker on idempotency for our internal tech talk series. Any recommendations?"}
  # a salesperson the owner engaged with
  - {type: message, at: 2026-10-02T09:00:00Z, from: me, to: h1, body: "Hi Noah, we're evaluating reconciliation tools. Does Ledgerline support streaming ingestion?"}
  - {type: message, at: 2026-10-02T11:00:00Z, from: h1, to: me, body: "Hi Elif, yes it does, via Kafka or webhooks. I'd love to show you a quick demo with your own data. Would Thursday or Friday work?"}
  - {type: message, at: 2026-10-09T11:00:00Z, from: h1, to: me, body: "Hi Elif, just following up on the demo. Happy to work around your schedule."}
  # junior dev who engaged, asks for advice
  - {type: like, at: 2026-10-01T10:00:00Z, by: h2, post: e1}
  - {type: comment, at: 2026-10-01T10:10:00Z, by: h2, post: e1, text: "How did you handle out-of-order events?"}
  - {type: invite, at: 2026-10-02T08:00:00Z, from: h2, to: me}
  - {type: accept, at: 2026-10-02T09:00:00Z, by: me, from: h2}
  - {type: message, at: 2026-10-10T09:00:00Z, from: h2, to: me, body: "Hi Elif, thank you for connecting! I'm a junior developer and I'd love to move into payments. Would you recommend learning Kafka first or focusing on SQL and data modelling?"}
  # engineer volunteering as speaker after the post
  - {type: comment, at: 2026-10-15T10:00:00Z, by: h3, post: e2, text: "I gave one at QCon last year, happy to do it."}
  - {type: invite, at: 2026-10-15T10:02:00Z, from: h3, to: me, note: "Re your speaker post"}
  - {type: accept, at: 2026-10-15T11:00:00Z, by: me, from: h3}
  - {type: message, at: 2026-10-15T11:30:00Z, from: h3, to: me, body: "Hi Elif, happy to give the idempotency talk. Here's the recording from QCon so you can judge: video.example/idem. Would a 20 minute slot in November suit?"}
  # conference organiser inviting to speak
  - {type: invite, at: 2026-10-05T08:00:00Z, from: h4, to: me}
  - {type: accept, at: 2026-10-05T09:00:00Z, by: me, from: h4}
  - {type: message, at: 2026-10-06T09:00:00Z, from: h4, to: me, body: "Hi Elif, I organise PaymentsConf in Amsterdam. Your streaming reconciliation post is exactly the kind of talk our audience asks for. Would you consider submitting it? The CFP closes on 30 November and we cover travel for speakers."}
  # founder with a specific question that mentions fundraising
  - {type: like, at: 2026-10-01T12:00:00Z, by: h5, post: e1}
  - {type: invite, at: 2026-10-03T08:00:00Z, from: h5, to: me}
  - {type: accept, at: 2026-10-03T09:00:00Z, by: me, from: h5}
  - {type: message, at: 2026-10-20T09:00:00Z, from: h5, to: me, body: "Hi Elif, we just raised our seed and are about to build reconciliation ourselves. In your post you moved from batch to streaming: did you keep the batch job running in parallel as a safety net, and for how long?"}
  # peer manager proposing a peer-mentoring coffee
  - {type: invite, at: 2026-10-04T08:00:00Z, from: h6, to: me, note: "We met at LeadDev Berlin"}
  - {type: accept, at: 2026-10-04T09:00:00Z, by: me, from: h6}
  - {type: message, at: 2026-10-04T10:00:00Z, from: h6, to: me, body: "Great meeting you at LeadDev! As we discussed, I'd love to set up a monthly call to swap notes on managing on-call rotations. Does the first Tuesday of the month work for you?"}
  # student with a specific question, no engagement, fast
  - {type: invite, at: 2026-10-12T08:00:00Z, from: h7, to: me}
  - {type: accept, at: 2026-10-12T09:00:00Z, by: me, from: h7}
  - {type: message, at: 2026-10-12T09:30:00Z, from: h7, to: me, body: "Hi Elif, I'm writing my thesis on exactly-once processing in payment systems. Your post says latency went from hours to seconds. Did you need exactly-once semantics end to end, or was at-least-once with idempotent writes enough?"}
  # internal recruiter, long connection
  - {type: message, at: 2026-10-13T09:00:00Z, from: h8, to: me, body: "Hi Elif! We have a strong backend candidate for your team. Are you free for 15 minutes tomorrow to go over her profile?"}
  # candidate follow-up after owner replied
  - {type: message, at: 2026-10-14T09:00:00Z, from: h9, to: me, body: "Hi Elif, I saw the backend role at Kettle. Is the team working on the ledger or on payouts?"}
  - {type: message, at: 2026-10-14T12:00:00Z, from: me, to: h9, body: "The ledger. Apply and mention me!"}
  - {type: message, at: 2026-10-21T12:00:00Z, from: h9, to: me, body: "Thanks Elif, I applied last week. Just wanted to check whether there's anything else I should prepare for the first interview?"}
  # VP elsewhere offering a job, honest and specific
  - {type: invite, at: 2026-10-16T08:00:00Z, from: h10, to: me}
  - {type: accept, at: 2026-10-16T09:00:00Z, by: me, from: h10}
  - {type: like, at: 2026-10-01T15:00:00Z, by: h10, post: e1}
  - {type: message, at: 2026-10-25T09:00:00Z, from: h10, to: me, body: "Hi Elif, I lead engineering at Brightpay. We're hiring a Director of Platform and your reconciliation work is the closest I've seen to what we need. The salary band is 160 to 180k. Would you be open to a conversation, even just to hear what the role is?"}
  # bug report to the owner's open source lib, non-native English
  - {type: invite, at: 2026-10-17T08:00:00Z, from: h11, to: me}
  - {type: accept, at: 2026-10-17T09:00:00Z, by: me, from: h11}
  - {type: message, at: 2026-10-17T09:10:00Z, from: h11, to: me, body: "Hello Elif. I use your idempotency-key library in production. When redis is restarting the lock is not released and requests hang forever. I can make PR with timeout, is this ok for you?"}
  # designer congratulating
  - {type: invite, at: 2026-10-18T08:00:00Z, from: h12, to: me}
  - {type: accept, at: 2026-10-18T09:00:00Z, by: me, from: h12}
  - {type: message, at: 2026-11-01T09:00:00Z, from: h12, to: me, body: "Hi Elif, congratulations on the launch! The new payouts screen is so much clearer. Thank you for pushing for the redesign."}
"""#
}
