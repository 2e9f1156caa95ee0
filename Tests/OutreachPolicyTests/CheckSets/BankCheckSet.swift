/// A bank's head of data science: pay-to-speak panels, pay-to-appear
/// podcasts, trading bots, token presales, recruiter and sales sequences;
/// a reader's question, a shared preprint, an old colleague's candidate,
/// a meetup invitation. (A PhD student's request for the bank's data is
/// left unlabelled: reasonable readers could disagree.)
/// Written apart from Fixtures/corpus to check that the rules generalise
/// beyond the phrasings they were tuned on.
enum BankCheckSet {
    static let yaml = #"""
version: 1
title: "Seventh check set"
owner: {id: me, name: Henrik Lund, headline: "Head of Data Science at Nordbank"}
now: 2027-08-31T09:00:00Z
people:
  - {id: a, name: Carla Duarte, headline: "AI Evangelist | Keynote speaker", connections: 16000, joined: 2016-01-01, mutual: 2, label: thirsty}
  - {id: b, name: Ibrahim Musa, headline: "Data Science aspirant", connections: 300, joined: 2024-01-01, mutual: 0, label: thirsty}
  - {id: c, name: Jenny Walsh, headline: "Enterprise AE at Vectorly", connections: 2500, joined: 2018-01-01, mutual: 3, label: thirsty}
  - {id: d, name: Marcus Lee, headline: "Founder at QuantEdge", connections: 900, joined: 2021-01-01, mutual: 1, label: thirsty}
  - {id: e, name: Priya Nair, headline: "Talent Acquisition Lead", connections: 8000, joined: 2015-01-01, mutual: 5, label: thirsty}
  - {id: f, name: Otto Berg, headline: "Partner at Nordic Ventures", connections: 3000, joined: 2014-01-01, mutual: 2, label: thirsty}
  - {id: g, name: Sam Riley, headline: "Growth consultant", connections: 4000, joined: 2019-01-01, mutual: 0, label: thirsty}
  - {id: h, name: Lina Haddad, headline: "PhD student", connections: 400, joined: 2020-01-01, mutual: 1}
  - {id: i, name: Tomas Novak, headline: "Crypto analyst", connections: 700, joined: 2023-01-01, mutual: 0, label: thirsty}
  - {id: j, name: Rachel Green, headline: "Podcast host, Data Leaders", connections: 6000, joined: 2017-01-01, mutual: 4, label: thirsty}
  - {id: k, name: Aisha Bello, headline: "Data engineer at Fintrek", connections: 600, joined: 2018-01-01, mutual: 9, label: sincere}
  - {id: l, name: Erik Dahl, headline: "Former colleague", connections: 800, joined: 2012-01-01, mutual: 55, connected: 2017-01-01, label: sincere}
  - {id: m, name: Yara Silva, headline: "ML researcher, KTH", connections: 500, joined: 2016-01-01, mutual: 3, label: sincere}
  - {id: n, name: Noor Aziz, headline: "Product manager at Nordbank", connections: 700, joined: 2019-01-01, mutual: 40, label: sincere}
  - {id: o, name: Felix Wong, headline: "Account manager at Vectorly", connections: 2000, joined: 2017-01-01, mutual: 2, label: sincere}
  - {id: p, name: Ella Moss, headline: "Meetup organiser, Stockholm Data", connections: 2500, joined: 2015-01-01, mutual: 15, label: sincere}
  - {id: q, name: Kofi Mensah, headline: "Student, Uppsala", connections: 150, joined: 2026-01-01, mutual: 2, label: sincere}
  - {id: r, name: Hanna Stahl, headline: "Risk analyst", connections: 450, joined: 2019-01-01, mutual: 6, label: sincere}
events:
  - {type: post, at: 2027-07-01T09:00:00Z, by: me, id: d1, text: "We retired our fraud model's hand-made features and lost nothing in recall. Thread on what we learned about drift."}
  - {type: post, at: 2027-07-20T09:00:00Z, by: me, id: d2, text: "Nordbank is hiring a senior ML engineer in Stockholm."}
  - {type: invite, at: 2027-08-01T08:00:00Z, from: a, to: me}
  - {type: accept, at: 2027-08-01T09:00:00Z, by: me, from: a}
  - {type: message, at: 2027-08-01T09:12:00Z, from: a, to: me, body: "Henrik, what a pleasure to be connected with such a brilliant mind in AI! I'd love to invite you onto my panel at the Future of AI Summit. There's a small participation fee to cover production. Shall I reserve your place?"}
  - {type: invite, at: 2027-08-02T08:00:00Z, from: b, to: me}
  - {type: accept, at: 2027-08-02T09:00:00Z, by: me, from: b}
  - {type: message, at: 2027-08-02T09:05:00Z, from: b, to: me, body: "Sir I am very interested in data science. Please share all the resources and roadmap to become data scientist. Also please refer me in your bank."}
  - {type: message, at: 2027-08-03T09:05:00Z, from: b, to: me, body: "Sir waiting for your reply"}
  - {type: invite, at: 2027-08-03T08:00:00Z, from: c, to: me}
  - {type: accept, at: 2027-08-03T09:00:00Z, by: me, from: c}
  - {type: message, at: 2027-08-08T09:00:00Z, from: c, to: me, body: "Hi Henrik, teams like yours are moving feature stores to Vectorly to cut model latency in half. I've got a case study from a Nordic bank I think you'd like. Do you have 15 minutes Thursday?"}
  - {type: message, at: 2027-08-15T09:00:00Z, from: c, to: me, body: "Hi Henrik, floating this to the top. Any interest in the case study?"}
  - {type: message, at: 2027-08-22T09:00:00Z, from: c, to: me, body: "Henrik, I'll stop here. If feature latency becomes a priority, you know where to find me!"}
  - {type: invite, at: 2027-08-04T08:00:00Z, from: d, to: me}
  - {type: accept, at: 2027-08-04T09:00:00Z, by: me, from: d}
  - {type: message, at: 2027-08-04T10:00:00Z, from: d, to: me, body: "Hi Henrik, I built an AI trading bot that returned 80% last year. We're letting a few experienced people in before we open to the public. Minimum is 10k EUR. Want the details?"}
  - {type: invite, at: 2027-08-05T08:00:00Z, from: e, to: me}
  - {type: accept, at: 2027-08-05T09:00:00Z, by: me, from: e}
  - {type: message, at: 2027-08-05T09:30:00Z, from: e, to: me, body: "Hi Henrik! I came across your profile and I'm blown away by your experience. We have multiple exciting Head of AI openings with top fintechs. Would love to jump on a call to tell you more!"}
  - {type: invite, at: 2027-08-06T08:00:00Z, from: f, to: me}
  - {type: accept, at: 2027-08-06T09:00:00Z, by: me, from: f}
  - {type: message, at: 2027-08-12T09:00:00Z, from: f, to: me, body: "Henrik, we back technical founders in fintech. If you've ever thought about starting something, I'd love to have a coffee and hear your ideas. We also have a portfolio company that could be a perfect fit for Nordbank's fraud team."}
  - {type: invite, at: 2027-08-07T08:00:00Z, from: g, to: me}
  - {type: accept, at: 2027-08-07T09:00:00Z, by: me, from: g}
  - {type: message, at: 2027-08-07T09:01:00Z, from: g, to: me, body: "Hi Henrik, quick question: how much revenue is Nordbank losing to churn every month? We've built a model that predicts it with 95% accuracy. Free pilot for the first 5 banks!"}
  - {type: invite, at: 2027-08-08T08:00:00Z, from: h, to: me}
  - {type: accept, at: 2027-08-08T09:00:00Z, by: me, from: h}
  - {type: message, at: 2027-08-08T09:20:00Z, from: h, to: me, body: "Dear Dr. Lund, I am a PhD student and I need access to real banking transaction data for my thesis. Could you share Nordbank's fraud dataset with me? It would help my career enormously."}
  - {type: message, at: 2027-08-15T09:20:00Z, from: h, to: me, body: "Dear Dr. Lund, I'm sorry to bother you again but my deadline is close. Could you please reply?"}
  - {type: invite, at: 2027-08-09T08:00:00Z, from: i, to: me}
  - {type: accept, at: 2027-08-09T09:00:00Z, by: me, from: i}
  - {type: message, at: 2027-08-09T09:03:00Z, from: i, to: me, body: "Hey bro, have you heard about the new AI token launching next week? I can get you in at presale price. DM me."}
  - {type: invite, at: 2027-08-10T08:00:00Z, from: j, to: me}
  - {type: accept, at: 2027-08-10T09:00:00Z, by: me, from: j}
  - {type: message, at: 2027-08-10T09:30:00Z, from: j, to: me, body: "Hi Henrik, I host Data Leaders, a top 1% podcast. We'd love to feature you! Guest spots are sponsored at 1,500 EUR which includes promotion to our 40k listeners. Interested?"}
  # sincere
  - {type: like, at: 2027-07-01T10:00:00Z, by: k, post: d1}
  - {type: invite, at: 2027-07-02T08:00:00Z, from: k, to: me}
  - {type: accept, at: 2027-07-02T09:00:00Z, by: me, from: k}
  - {type: message, at: 2027-07-10T09:00:00Z, from: k, to: me, body: "Hi Henrik, your drift thread was great. When you dropped the hand-made features, did you retrain from scratch or distil from the old model first?"}
  - {type: message, at: 2027-08-11T09:00:00Z, from: l, to: me, body: "Henrik! Saw the ML engineer post. My old teammate Sofia just left Spotify and would be a great fit, strong on streaming features. Shall I connect you two?"}
  - {type: invite, at: 2027-07-05T08:00:00Z, from: m, to: me, note: "I work on concept drift in payments, your thread was spot on."}
  - {type: accept, at: 2027-07-05T09:00:00Z, by: me, from: m}
  - {type: message, at: 2027-07-05T09:30:00Z, from: m, to: me, body: "Hi Henrik, we just published a paper on drift detection for fraud models with a public benchmark. Here's the preprint in case it's useful: arxiv.example/drift. I'd be curious whether your drift signals look similar."}
  - {type: message, at: 2027-08-12T09:00:00Z, from: n, to: me, body: "Hi Henrik, could you join the fraud roadmap review on Friday? We need your view on whether the new features are worth the latency."}
  - {type: message, at: 2027-08-13T09:00:00Z, from: me, to: o, body: "Hi Felix, can you send me Vectorly's security documentation for our vendor review?"}
  - {type: message, at: 2027-08-13T11:00:00Z, from: o, to: me, body: "Hi Henrik, attached is our SOC 2 report and the data processing agreement. Happy to get our CISO on a call if your security team has questions."}
  - {type: invite, at: 2027-08-14T08:00:00Z, from: p, to: me}
  - {type: accept, at: 2027-08-14T09:00:00Z, by: me, from: p}
  - {type: message, at: 2027-08-14T12:00:00Z, from: p, to: me, body: "Hi Henrik, I run the Stockholm Data meetup (1,200 members). Your drift thread would make a brilliant 25 minute talk. Would you be up for speaking at our October event? We can host it at your office or ours."}
  - {type: invite, at: 2027-08-15T08:00:00Z, from: q, to: me}
  - {type: accept, at: 2027-08-15T09:00:00Z, by: me, from: q}
  - {type: like, at: 2027-08-15T09:30:00Z, by: q, post: d1}
  - {type: message, at: 2027-08-25T09:00:00Z, from: q, to: me, body: "Hi Henrik, I'm a master's student. In your thread you say recall stayed the same. Did precision change too, or only recall?"}
  - {type: comment, at: 2027-07-20T10:00:00Z, by: r, post: d2, text: "Is this role open to people from risk backgrounds?"}
  - {type: invite, at: 2027-07-20T10:05:00Z, from: r, to: me}
  - {type: accept, at: 2027-07-20T12:00:00Z, by: me, from: r}
  - {type: message, at: 2027-07-20T12:20:00Z, from: r, to: me, body: "Hi Henrik, following up on my comment: I've spent four years building credit risk models in Python. Would that be enough for the senior ML role, or is production ML engineering experience a must?"}
"""#
}
