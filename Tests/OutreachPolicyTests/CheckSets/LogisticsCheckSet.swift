/// A logistics operations head: outbound agencies, coaching calls, telematics sequences, presales, webinars; carriers comparing notes, a podcast, a quote she asked for.
/// Written apart from Fixtures/corpus to check that the rules generalise
/// beyond the phrasings they were tuned on.
enum LogisticsCheckSet {
    static let yaml = #"""
version: 1
title: "Third check set"
owner: {id: me, name: Marta Nowak, headline: "Head of Operations at Vistula Logistics"}
now: 2026-09-30T09:00:00Z
people:
  - {id: t1, name: Brian Cole, headline: "Growth Hacker | 10x your pipeline", connections: 9000, joined: 2019-01-01, mutual: 1, label: thirsty}
  - {id: t2, name: Sunita Rao, headline: "Career & Life Coach", connections: 6000, joined: 2018-01-01, mutual: 2, label: thirsty}
  - {id: t3, name: Piotr Zielinski, headline: "Sales Director at TruckTrack", connections: 3000, joined: 2016-01-01, mutual: 9, label: thirsty}
  - {id: t4, name: Amelia Hart, headline: "Founder | Angel | Speaker", connections: 20000, joined: 2014-01-01, mutual: 3, label: thirsty}
  - {id: t5, name: Jason Reid, headline: "Web3 Builder", connections: 1500, joined: 2022-01-01, mutual: 0, label: thirsty}
  - {id: t6, name: Hannah Ma, headline: "MBA candidate", connections: 400, joined: 2021-01-01, mutual: 1, label: thirsty}
  - {id: t7, name: Carlos Ruiz, headline: "Managing Director at Apex Freight Brokers", connections: 2500, joined: 2015-01-01, mutual: 4, label: thirsty}
  - {id: t8, name: Oliver Stone, headline: "Keynote speaker | Author", connections: 30000, joined: 2012-01-01, mutual: 2, label: thirsty}
  - {id: t9, name: Fatima Noor, headline: "Recruitment Consultant", connections: 7000, joined: 2017-01-01, mutual: 6, label: thirsty}
  - {id: t10, name: Derek Pike, headline: "Insurance advisor", connections: 800, joined: 2019-01-01, mutual: 0, label: thirsty}
  - {id: t11, name: Lena Vogt, headline: "Founder at ShiftMate", connections: 1200, joined: 2020-01-01, mutual: 2, label: thirsty}
  - {id: t12, name: Ray Dunn, headline: "Consultant", connections: 500, joined: 2020-01-01, mutual: 1, label: thirsty}
  - {id: t13, name: Kasia Lis, headline: "Marketing at FleetOS", connections: 2200, joined: 2018-01-01, mutual: 5, label: thirsty}
  - {id: t14, name: Mike Tran, headline: "Student", connections: 90, joined: 2025-01-01, mutual: 0, label: thirsty}
  - {id: u1, name: Jan Kowal, headline: "Warehouse manager at Baltic Storage", connections: 600, joined: 2015-01-01, mutual: 14, label: sincere}
  - {id: u2, name: Sofia Berg, headline: "Supply chain researcher, TU Delft", connections: 500, joined: 2016-01-01, mutual: 4, label: sincere}
  - {id: u3, name: Adam Nowicki, headline: "Former colleague", connections: 700, joined: 2012-01-01, mutual: 70, connected: 2016-01-01, label: sincere}
  - {id: u4, name: Grace Lee, headline: "Customer success at RouteWise", connections: 1500, joined: 2017-01-01, mutual: 3, label: sincere}
  - {id: u5, name: Tomasz Wolny, headline: "Fleet engineer", connections: 300, joined: 2018-01-01, mutual: 5, label: sincere}
  - {id: u6, name: Ewa Marek, headline: "HR Business Partner", connections: 900, joined: 2016-01-01, mutual: 20, label: sincere}
  - {id: u7, name: Luca Bianchi, headline: "Ops lead at PortLink", connections: 800, joined: 2017-01-01, mutual: 6, label: sincere}
  - {id: u8, name: Nadia Said, headline: "Podcast host, Logistics Unpacked", connections: 4000, joined: 2016-01-01, mutual: 8, label: sincere}
  - {id: u9, name: Ben Hoffmann, headline: "Sales at PalletPro", connections: 2000, joined: 2016-01-01, mutual: 4, label: sincere}
  - {id: u10, name: Iga Krol, headline: "Graduate, logistics MSc", connections: 150, joined: 2024-01-01, mutual: 3, label: sincere}
  - {id: u11, name: Raj Patel, headline: "CTO at FreightHub", connections: 1800, joined: 2014-01-01, mutual: 25, connected: 2019-01-01, label: sincere}
  - {id: u12, name: Paula Gomez, headline: "Operations analyst", connections: 350, joined: 2021-01-01, mutual: 2, label: sincere}
  - {id: v1, name: Michael Brown, headline: "CEO", photo: false, connections: 5, joined: 2026-09-25, mutual: 0}
  - {id: v2, name: Olena Shevchenko, headline: "Logistics coordinator", connections: 60, joined: 2026-09-01, mutual: 0}
  - {id: v3, name: Crypto Queen, headline: "Bitcoin | Forex | Make money online", photo: false, connections: 40, joined: 2026-08-01, mutual: 0}
  - {id: v4, name: Steve Hill, headline: "Sales Manager at PalletPro", connections: 3000, joined: 2015-01-01, mutual: 2}
  - {id: v5, name: Dan Frost, headline: "Engineer", connections: 300, joined: 2020-01-01, mutual: 1}
  - {id: v6, name: Lucy Grey, headline: "", photo: false, connections: 15, joined: 2026-09-20, mutual: 0}
  - {id: v7, name: Ali Hassan, headline: "Student at WSB", photo: false, connections: 12, joined: 2026-09-15, mutual: 2}
  - {id: v8, name: George King, headline: "Entrepreneur", connections: 800, joined: 2019-01-01, mutual: 0}
events:
  - {type: post, at: 2026-08-01T09:00:00Z, by: me, id: m1, text: "We cut empty kilometres by 11% by sharing backhaul data with two competitors."}
  - {type: post, at: 2026-08-20T09:00:00Z, by: me, id: m2, text: "Hiring: two dispatch planners for our Gdansk hub."}
  - {type: invite, at: 2026-09-01T08:00:00Z, from: t1, to: me}
  - {type: accept, at: 2026-09-01T09:00:00Z, by: me, from: t1}
  - {type: message, at: 2026-09-01T09:03:00Z, from: t1, to: me, body: "Marta!! Thanks for accepting. Quick q - are you guys doing any outbound right now? We just helped a freight company book 47 meetings in 30 days. Worth a chat?"}
  - {type: invite, at: 2026-09-02T08:00:00Z, from: t2, to: me}
  - {type: accept, at: 2026-09-02T09:00:00Z, by: me, from: t2}
  - {type: message, at: 2026-09-02T10:00:00Z, from: t2, to: me, body: "Hello Marta, I came across your profile and sense that you are ready for your next big leap. I work with women leaders to unlock their full potential. Shall we book a complimentary clarity call?"}
  - {type: message, at: 2026-09-09T10:00:00Z, from: t2, to: me, body: "Hi Marta, I'm sure you're very busy! I have two spots left this month for the clarity call."}
  - {type: invite, at: 2026-09-03T08:00:00Z, from: t3, to: me}
  - {type: accept, at: 2026-09-03T09:00:00Z, by: me, from: t3}
  - {type: message, at: 2026-09-10T09:00:00Z, from: t3, to: me, body: "Dzien dobry Marta, TruckTrack offers real-time telematics for mid-size fleets. Many logistics companies in Poland already trust us. When can we present our system to you?"}
  - {type: message, at: 2026-09-17T09:00:00Z, from: t3, to: me, body: "Marta, I am writing again regarding TruckTrack. Please let me know a convenient date for a presentation."}
  - {type: message, at: 2026-09-24T09:00:00Z, from: t3, to: me, body: "Hello Marta, is there someone else in your company I should contact about telematics?"}
  - {type: invite, at: 2026-09-04T08:00:00Z, from: t4, to: me}
  - {type: accept, at: 2026-09-04T09:00:00Z, by: me, from: t4}
  - {type: message, at: 2026-09-04T09:15:00Z, from: t4, to: me, body: "What an honour to connect with a true logistics trailblazer like you, Marta! I'm putting together an exclusive roundtable of women in supply chain. The seat fee is 2,500 EUR and includes a feature in our magazine. Interested?"}
  - {type: invite, at: 2026-09-05T08:00:00Z, from: t5, to: me}
  - {type: accept, at: 2026-09-05T09:00:00Z, by: me, from: t5}
  - {type: message, at: 2026-09-05T09:30:00Z, from: t5, to: me, body: "gm Marta! We're putting supply chains on the blockchain. Early backers get 10x token upside. Want in?"}
  - {type: invite, at: 2026-09-06T08:00:00Z, from: t6, to: me}
  - {type: accept, at: 2026-09-06T09:00:00Z, by: me, from: t6}
  - {type: message, at: 2026-09-06T11:00:00Z, from: t6, to: me, body: "Hi Marta, I'm an MBA candidate interested in logistics. Would you have 30 minutes for an informational interview? I would really appreciate your guidance on breaking into the industry."}
  - {type: message, at: 2026-09-13T11:00:00Z, from: t6, to: me, body: "Hi Marta, I hope you are well! Just wanted to gently follow up on my request. Even 15 minutes would mean a lot."}
  - {type: invite, at: 2026-09-07T08:00:00Z, from: t7, to: me}
  - {type: accept, at: 2026-09-07T09:00:00Z, by: me, from: t7}
  - {type: message, at: 2026-09-07T09:10:00Z, from: t7, to: me, body: "Hi Marta, we have trucks available on the Warsaw to Berlin lane every week at very competitive rates. Send me your loads and I'll quote within the hour."}
  - {type: invite, at: 2026-09-08T08:00:00Z, from: t8, to: me}
  - {type: accept, at: 2026-09-08T09:00:00Z, by: me, from: t8}
  - {type: message, at: 2026-09-12T09:00:00Z, from: t8, to: me, body: "Marta, as a fellow leader I thought you'd appreciate my new book on resilient supply chains. I'd be grateful if you could share it with your network and leave a review on Amazon."}
  - {type: invite, at: 2026-09-09T08:00:00Z, from: t9, to: me}
  - {type: accept, at: 2026-09-09T09:00:00Z, by: me, from: t9}
  - {type: message, at: 2026-09-09T09:20:00Z, from: t9, to: me, body: "Hi Marta, I'm working on a confidential Head of Operations search for a leading 3PL. Your background looks like a strong match. Are you open to exploring?"}
  - {type: message, at: 2026-09-14T09:20:00Z, from: t9, to: me, body: "Hi Marta, following up on the role I mentioned. Let me know if you'd be open to a brief call this week."}
  - {type: message, at: 2026-09-21T09:20:00Z, from: t9, to: me, body: "Hi Marta, last message from me on this one!"}
  - {type: invite, at: 2026-09-10T08:00:00Z, from: t10, to: me}
  - {type: accept, at: 2026-09-10T09:00:00Z, by: me, from: t10}
  - {type: message, at: 2026-09-10T09:05:00Z, from: t10, to: me, body: "Hi Marta! Have you reviewed your life insurance recently? Most people are underinsured. I can offer you a free review."}
  - {type: invite, at: 2026-09-11T08:00:00Z, from: t11, to: me}
  - {type: accept, at: 2026-09-11T09:00:00Z, by: me, from: t11}
  - {type: like, at: 2026-09-11T09:10:00Z, by: t11, post: m2}
  - {type: message, at: 2026-09-11T09:12:00Z, from: t11, to: me, body: "Saw you're hiring dispatch planners! ShiftMate makes shift scheduling painless for logistics teams. Can I show you a 10 min demo?"}
  - {type: invite, at: 2026-09-12T08:00:00Z, from: t12, to: me}
  - {type: accept, at: 2026-09-12T09:00:00Z, by: me, from: t12}
  - {type: message, at: 2026-09-12T09:30:00Z, from: t12, to: me, body: "Hello Marta. It's a pleasure to be part of your network. I'd like to know more about you and your business."}
  - {type: message, at: 2026-09-16T09:30:00Z, from: t12, to: me, body: "Hello Marta. How are you? Did you get my message?"}
  - {type: message, at: 2026-09-22T09:30:00Z, from: t12, to: me, body: "Marta?"}
  - {type: invite, at: 2026-09-13T08:00:00Z, from: t13, to: me}
  - {type: accept, at: 2026-09-13T09:00:00Z, by: me, from: t13}
  - {type: message, at: 2026-09-13T09:45:00Z, from: t13, to: me, body: "Hi Marta, we're hosting a free webinar on fleet electrification next Tuesday with industry experts. Can I save you a seat?"}
  - {type: invite, at: 2026-09-14T08:00:00Z, from: t14, to: me}
  - {type: accept, at: 2026-09-14T09:00:00Z, by: me, from: t14}
  - {type: message, at: 2026-09-14T09:01:00Z, from: t14, to: me, body: "hi mam i need internship urgently pls help"}
  - {type: message, at: 2026-09-14T19:01:00Z, from: t14, to: me, body: "mam reply pls"}
  # sincere
  - {type: like, at: 2026-08-01T10:00:00Z, by: u1, post: m1}
  - {type: comment, at: 2026-08-01T10:05:00Z, by: u1, post: m1, text: "Brave move. Did the competitors share raw GPS or aggregated lanes?"}
  - {type: invite, at: 2026-08-02T08:00:00Z, from: u1, to: me}
  - {type: accept, at: 2026-08-02T09:00:00Z, by: me, from: u1}
  - {type: message, at: 2026-08-10T09:00:00Z, from: u1, to: me, body: "Hi Marta, following up on my comment: we'd like to try the same with two carriers near Szczecin. Who drafted your data-sharing agreement, legal or ops? Ours keeps stalling at the lawyers."}
  - {type: message, at: 2026-08-10T12:00:00Z, from: me, to: u1, body: "Ops drafted, legal reviewed. Happy to send our template."}
  - {type: message, at: 2026-08-10T12:30:00Z, from: u1, to: me, body: "That would be amazing, thank you!"}
  - {type: invite, at: 2026-08-05T08:00:00Z, from: u2, to: me, note: "Researcher on collaborative logistics, your backhaul post is exactly my topic."}
  - {type: accept, at: 2026-08-05T09:00:00Z, by: me, from: u2}
  - {type: message, at: 2026-08-05T09:30:00Z, from: u2, to: me, body: "Hi Marta, thank you for connecting. I study horizontal collaboration between carriers. Could I ask how you measured the 11%: against the same months last year, or against a model?"}
  - {type: message, at: 2026-09-01T09:00:00Z, from: u3, to: me, body: "Marta! Saw you're hiring dispatch planners. My cousin Kuba has five years at DHL Gdansk and is looking to move. Want me to pass on his CV?"}
  - {type: message, at: 2026-09-02T09:00:00Z, from: me, to: u4, body: "Hi Grace, our RouteWise reports stopped updating yesterday. Can you check?"}
  - {type: message, at: 2026-09-02T10:00:00Z, from: u4, to: me, body: "Hi Marta, sorry about that! We found a sync issue on our side and fixed it. Can we hop on a quick call tomorrow to make sure everything looks right for you?"}
  - {type: comment, at: 2026-08-20T12:00:00Z, by: u5, post: m2, text: "Is the Gdansk role open to people relocating from Poznan?"}
  - {type: invite, at: 2026-08-20T12:05:00Z, from: u5, to: me}
  - {type: accept, at: 2026-08-20T13:00:00Z, by: me, from: u5}
  - {type: message, at: 2026-08-20T13:20:00Z, from: u5, to: me, body: "Hi Marta, thanks for accepting. I applied for the dispatch planner role. Is relocation support offered, or should I plan for it myself?"}
  - {type: message, at: 2026-09-03T09:00:00Z, from: me, to: u6, body: "Hi Ewa, could you recommend a good HR consultant for a small team?"}
  - {type: message, at: 2026-09-03T11:00:00Z, from: u6, to: me, body: "Happy to help! Zofia at PeopleFirst is excellent with small logistics teams. Want me to introduce you? Or we could grab a coffee and I'll tell you what to look for."}
  - {type: invite, at: 2026-08-03T08:00:00Z, from: u7, to: me}
  - {type: accept, at: 2026-08-03T09:00:00Z, by: me, from: u7}
  - {type: like, at: 2026-08-03T10:00:00Z, by: u7, post: m1}
  - {type: message, at: 2026-09-04T09:00:00Z, from: u7, to: me, body: "Hi Marta, your backhaul post inspired us to try the same at PortLink. I wrote up what worked and what didn't after two months, attached. Would be curious whether your numbers looked similar at that stage."}
  - {type: invite, at: 2026-09-05T08:00:00Z, from: u8, to: me}
  - {type: accept, at: 2026-09-05T09:00:00Z, by: me, from: u8}
  - {type: message, at: 2026-09-08T09:00:00Z, from: u8, to: me, body: "Hi Marta, I host Logistics Unpacked, a podcast for operations people. Your backhaul-sharing story would make a great episode. Would you be up for a 40-minute recorded conversation in October? Happy to send past episodes and the question list first."}
  - {type: message, at: 2026-09-09T09:00:00Z, from: me, to: u9, body: "Hi Ben, do you have plastic pallets in the 1200x800 size? We need around 400."}
  - {type: message, at: 2026-09-09T10:00:00Z, from: u9, to: me, body: "Hi Marta, yes we do. Quote for 400 attached, delivery in 5 working days. Want me to add samples to your next order?"}
  - {type: message, at: 2026-09-16T10:00:00Z, from: u9, to: me, body: "Hi Marta, just checking the quote reached you. Prices hold until the end of the month."}
  - {type: invite, at: 2026-08-10T08:00:00Z, from: u10, to: me}
  - {type: accept, at: 2026-08-10T09:00:00Z, by: me, from: u10}
  - {type: like, at: 2026-08-20T10:00:00Z, by: u10, post: m2}
  - {type: message, at: 2026-09-10T09:00:00Z, from: u10, to: me, body: "Hi Marta, I recently finished an MSc in logistics. For the dispatch planner role, would experience with route optimisation in Python count, or is TMS experience required?"}
  - {type: message, at: 2026-09-11T09:00:00Z, from: u11, to: me, body: "Marta, congrats on the backhaul results! We've been asked by two shippers to build an API for exactly that kind of data sharing. Would you be up for a call to tell us what a carrier would need from it? Happy to give Vistula free access in return."}
  - {type: invite, at: 2026-09-12T08:00:00Z, from: u12, to: me}
  - {type: accept, at: 2026-09-12T09:00:00Z, by: me, from: u12}
  - {type: message, at: 2026-09-20T09:00:00Z, from: u12, to: me, body: "Hi Marta, I'm an analyst at a small forwarder. In your post you share backhaul data with competitors. How did you stop them from seeing your customer names?"}
  - {type: message, at: 2026-09-27T09:00:00Z, from: u12, to: me, body: "Hi Marta, sorry to follow up, I know you're busy. If it's easier, even a one-line answer would help a lot."}
  # invitations
  - {type: invite, at: 2026-09-26T08:00:00Z, from: v1, to: me, label: ignore}
  - {type: invite, at: 2026-09-26T09:00:00Z, from: v2, to: me, note: "Hello Marta, I am new in logistics in Gdansk and would like to learn from people in the industry.", label: accept}
  - {type: invite, at: 2026-09-26T10:00:00Z, from: v3, to: me, label: ignore}
  - {type: invite, at: 2026-09-26T11:00:00Z, from: v4, to: me, note: "Hi Marta, we supply pallets to many 3PLs in Poland. Would be glad to connect.", label: accept}
  - {type: invite, at: 2026-09-26T12:00:00Z, from: v5, to: me, note: "Send me a photo of you in that red dress from your profile, beautiful.", label: ignore}
  - {type: invite, at: 2026-09-26T13:00:00Z, from: v6, to: me, label: ignore}
  - {type: invite, at: 2026-09-26T14:00:00Z, from: v7, to: me, note: "Hi, I'm a logistics student. Could I follow your work?", label: accept}
  - {type: invite, at: 2026-09-26T15:00:00Z, from: v8, to: me, note: "I make $5,000 a week from home with this simple system. DM me and I'll show you how.", label: ignore}
"""#
}
