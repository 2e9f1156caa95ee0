/// An architect: rendering and web-design cold pitches, a glass rep's
/// visit, coaching with a closing date, paid "awards", wealth mentors and
/// recruiters on commission; an engineer's question, a planning officer, an
/// editor, a client on site, a supplier's quote. (A developer asking for
/// fees "fast and cheap" is left unlabelled: reasonable readers could
/// disagree.)
/// Written apart from Fixtures/corpus to check that the rules generalise
/// beyond the phrasings they were tuned on.
enum ArchitectureCheckSet {
    static let yaml = #"""
version: 1
title: "Ninth check set"
owner: {id: me, name: Sofia Marin, headline: "Principal Architect, Marin Studio"}
now: 2028-02-28T09:00:00Z
people:
  - {id: a, name: Jake Turner, headline: "3D rendering services", connections: 4000, joined: 2018-01-01, mutual: 0, label: thirsty}
  - {id: b, name: Olga Ivanova, headline: "Architecture student", connections: 100, joined: 2027-09-01, mutual: 0, label: thirsty}
  - {id: c, name: Ben Hart, headline: "Regional sales manager, Lumo Glass", connections: 3000, joined: 2015-01-01, mutual: 5, label: thirsty}
  - {id: d, name: Priyanka Das, headline: "Business coach for creatives", connections: 10000, joined: 2016-01-01, mutual: 2, label: thirsty}
  - {id: e, name: Marco Bellini, headline: "Real estate developer", connections: 2000, joined: 2017-01-01, mutual: 1}
  - {id: f, name: Chloe Fane, headline: "Awards director, Design Honours", connections: 5000, joined: 2016-01-01, mutual: 3, label: thirsty}
  - {id: g, name: Ray Kim, headline: "Web designer", connections: 800, joined: 2020-01-01, mutual: 0, label: thirsty}
  - {id: h, name: Dana White, headline: "Founder, SpaceAI", connections: 1200, joined: 2021-01-01, mutual: 1, label: thirsty}
  - {id: i, name: Victor Hugo Reyes, headline: "Luxury lifestyle | Investor | Mentor", connections: 20000, joined: 2019-01-01, mutual: 0, label: thirsty}
  - {id: j, name: Tom Walsh, headline: "Recruiter, ArchTalent", connections: 6000, joined: 2015-01-01, mutual: 8, label: thirsty}
  - {id: k, name: Nina Holt, headline: "Structural engineer", connections: 700, joined: 2014-01-01, mutual: 18, label: sincere}
  - {id: l, name: Omar Rashid, headline: "Planning officer, City Council", connections: 500, joined: 2016-01-01, mutual: 6, label: sincere}
  - {id: m, name: Lucy Park, headline: "Editor, Building Review", connections: 3000, joined: 2013-01-01, mutual: 9, label: sincere}
  - {id: n, name: Ahmed Saleh, headline: "Junior architect", connections: 300, joined: 2023-01-01, mutual: 4, label: sincere}
  - {id: o, name: Grace Wu, headline: "Client, homeowner", connections: 200, joined: 2019-01-01, mutual: 1, label: sincere}
  - {id: p, name: Felix Stein, headline: "Timber supplier", connections: 1500, joined: 2015-01-01, mutual: 3, label: sincere}
events:
  - {type: post, at: 2028-01-10T09:00:00Z, by: me, id: s1, text: "Our cross-laminated timber school in Porto is finished. Embodied carbon came in 40% under the concrete scheme."}
  - {type: post, at: 2028-01-25T09:00:00Z, by: me, id: s2, text: "Marin Studio is looking for a Part 2 architectural assistant."}
  - {type: invite, at: 2028-02-01T08:00:00Z, from: a, to: me}
  - {type: accept, at: 2028-02-01T09:00:00Z, by: me, from: a}
  - {type: message, at: 2028-02-01T09:04:00Z, from: a, to: me, body: "Hi Sofia! We create photorealistic renders in 48 hours at half the usual price. Attaching a few samples. Got any projects coming up we could quote on?"}
  - {type: message, at: 2028-02-05T09:04:00Z, from: a, to: me, body: "Hi Sofia, just making sure you saw the samples. Any upcoming projects?"}
  - {type: invite, at: 2028-02-02T08:00:00Z, from: b, to: me}
  - {type: accept, at: 2028-02-02T09:00:00Z, by: me, from: b}
  - {type: message, at: 2028-02-02T09:01:00Z, from: b, to: me, body: "Hello! I am a big fan of your work. Can you check my portfolio and tell me if it is good? Also can I do internship in your studio?"}
  - {type: message, at: 2028-02-03T09:01:00Z, from: b, to: me, body: "Hello??"}
  - {type: invite, at: 2028-02-03T08:00:00Z, from: c, to: me}
  - {type: accept, at: 2028-02-03T09:00:00Z, by: me, from: c}
  - {type: message, at: 2028-02-10T09:00:00Z, from: c, to: me, body: "Sofia, Lumo's triple glazing has the best U-values on the market and we're running a specifier programme with CPD sessions. I'll be in Porto next month. Could I pop into the studio for half an hour?"}
  - {type: message, at: 2028-02-17T09:00:00Z, from: c, to: me, body: "Sofia, any chance you had a look at my note? Still keen to drop by."}
  - {type: invite, at: 2028-02-04T08:00:00Z, from: d, to: me}
  - {type: accept, at: 2028-02-04T09:00:00Z, by: me, from: d}
  - {type: message, at: 2028-02-04T09:30:00Z, from: d, to: me, body: "Sofia, creatives like you are massively undercharging. My 8-week programme helps studio owners double their fees without losing clients. Enrolment closes Sunday. Want me to send the link?"}
  - {type: invite, at: 2028-02-05T08:00:00Z, from: e, to: me}
  - {type: accept, at: 2028-02-05T09:00:00Z, by: me, from: e}
  - {type: message, at: 2028-02-05T09:45:00Z, from: e, to: me, body: "Sofia, stunning portfolio. I'm developing 40 luxury villas in the Algarve and looking for an architect who can work fast and cheap. Could you send me your fee structure today?"}
  - {type: invite, at: 2028-02-06T08:00:00Z, from: f, to: me}
  - {type: accept, at: 2028-02-06T09:00:00Z, by: me, from: f}
  - {type: message, at: 2028-02-06T09:20:00Z, from: f, to: me, body: "Congratulations Sofia! Your Porto school has been shortlisted for a Design Honours award. To confirm your place at the ceremony, the entry fee is 950 EUR. Please confirm by Friday."}
  - {type: invite, at: 2028-02-07T08:00:00Z, from: g, to: me}
  - {type: accept, at: 2028-02-07T09:00:00Z, by: me, from: g}
  - {type: message, at: 2028-02-14T09:00:00Z, from: g, to: me, body: "Hi Sofia, I had a look at marinstudio.example and noticed it's not mobile friendly and loads slowly. I redesign architecture websites. Want me to send a mock-up of your new homepage?"}
  - {type: invite, at: 2028-02-08T08:00:00Z, from: h, to: me}
  - {type: accept, at: 2028-02-08T09:00:00Z, by: me, from: h}
  - {type: message, at: 2028-02-08T09:10:00Z, from: h, to: me, body: "Sofia, honoured to connect. SpaceAI generates floor plans in seconds. We're looking for forward-thinking architects for our beta. Would you be open to testing it and maybe becoming an ambassador?"}
  - {type: invite, at: 2028-02-09T08:00:00Z, from: i, to: me}
  - {type: accept, at: 2028-02-09T09:00:00Z, by: me, from: i}
  - {type: message, at: 2028-02-09T09:05:00Z, from: i, to: me, body: "Beautiful work Sofia. I mentor a small circle of ambitious people on building wealth outside their day job. I only take 3 new people each month. Shall we talk?"}
  - {type: invite, at: 2028-02-10T08:00:00Z, from: j, to: me}
  - {type: accept, at: 2028-02-10T09:00:00Z, by: me, from: j}
  - {type: message, at: 2028-02-10T10:00:00Z, from: j, to: me, body: "Hi Sofia, saw you're hiring a Part 2. I have three shortlisted candidates ready to interview this week. My fee is 18% of first-year salary. Shall I send their CVs?"}
  # sincere
  - {type: like, at: 2028-01-10T10:00:00Z, by: k, post: s1}
  - {type: message, at: 2028-01-15T09:00:00Z, from: k, to: me, body: "Sofia, congratulations on Porto. Did you go with a glulam frame for the gym span, or did the CLT panels carry it on their own? We're weighing the same choice for a sports hall."}
  - {type: invite, at: 2028-02-11T08:00:00Z, from: l, to: me}
  - {type: accept, at: 2028-02-11T09:00:00Z, by: me, from: l}
  - {type: message, at: 2028-02-11T09:30:00Z, from: l, to: me, body: "Hi Sofia, I'm the planning officer on your Ribeira application. We need the revised heritage statement before the committee on 3 March. Could your team send it by the 20th?"}
  - {type: invite, at: 2028-02-12T08:00:00Z, from: m, to: me}
  - {type: accept, at: 2028-02-12T09:00:00Z, by: me, from: m}
  - {type: message, at: 2028-02-12T10:00:00Z, from: m, to: me, body: "Hi Sofia, we'd like to cover the Porto school in our spring issue. Could you send plans, a few photos and the carbon figures? A 20 minute call with you for quotes would be ideal if you can spare it."}
  - {type: comment, at: 2028-01-25T10:00:00Z, by: n, post: s2, text: "Applying today!"}
  - {type: invite, at: 2028-01-25T10:05:00Z, from: n, to: me}
  - {type: accept, at: 2028-01-25T11:00:00Z, by: me, from: n}
  - {type: message, at: 2028-01-25T11:20:00Z, from: n, to: me, body: "Hi Sofia, I've sent my application. My portfolio is mostly residential; would a timber competition entry from my master's help, or should I stick to built work?"}
  - {type: message, at: 2028-02-13T09:00:00Z, from: o, to: me, body: "Hi Sofia, the builders found damp in the north wall when they opened it up. Can we meet on site Thursday to decide what to do?"}
  - {type: message, at: 2028-02-10T09:00:00Z, from: me, to: p, body: "Hi Felix, can you quote for 60 cubic metres of larch cladding?"}
  - {type: message, at: 2028-02-10T12:00:00Z, from: p, to: me, body: "Hi Sofia, quote attached: 60 m3 of larch, delivered to Porto in four weeks. I can also send a sample board if you want to check the grade."}
"""#
}
