/// A river charity's director: grant writers, CSR brokers on commission,
/// donor CRMs, gala tables, video packages, eco-tokens, coaches and
/// recruiters; an ecologist's data, a funder's call, volunteers, a
/// reporter, a sponsor the director approached.
/// Written apart from Fixtures/corpus to check that the rules generalise
/// beyond the phrasings they were tuned on.
enum CharityCheckSet {
    static let yaml = #"""
version: 1
title: "Eighth check set"
owner: {id: me, name: Ruth Okonkwo, headline: "Executive Director, Clean Rivers Trust"}
now: 2027-11-30T09:00:00Z
people:
  - {id: a, name: Gary Hughes, headline: "Grant writing expert | 50M+ raised", connections: 9000, joined: 2017-01-01, mutual: 1, label: thirsty}
  - {id: b, name: Monica Fell, headline: "CSR consultant", connections: 2000, joined: 2019-01-01, mutual: 2, label: thirsty}
  - {id: c, name: Derek Osei, headline: "Donor CRM specialist at Givr", connections: 3000, joined: 2018-01-01, mutual: 3, label: thirsty}
  - {id: d, name: Anna Brooks, headline: "Impact investor | Philanthropist | Visionary", connections: 12000, joined: 2015-01-01, mutual: 0, label: thirsty}
  - {id: e, name: Kelvin Moyo, headline: "Environmental science graduate", connections: 120, joined: 2026-01-01, mutual: 0, label: thirsty}
  - {id: f, name: Sandra Kim, headline: "Video production for NGOs", connections: 1500, joined: 2018-01-01, mutual: 1, label: thirsty}
  - {id: g, name: Leo Varga, headline: "Founder, EcoCoin", connections: 800, joined: 2022-01-01, mutual: 0, label: thirsty}
  - {id: h, name: Patricia Lowe, headline: "Board member | Executive coach", connections: 7000, joined: 2014-01-01, mutual: 4, label: thirsty}
  - {id: i, name: Tony Russo, headline: "Events promoter", connections: 4000, joined: 2016-01-01, mutual: 0, label: thirsty}
  - {id: j, name: Nkechi Eze, headline: "Fundraising recruiter", connections: 5000, joined: 2016-01-01, mutual: 6, label: thirsty}
  - {id: k, name: Bill Carter, headline: "River ecologist", connections: 400, joined: 2014-01-01, mutual: 12, label: sincere}
  - {id: l, name: Joy Adeleke, headline: "Programme officer, Greenway Foundation", connections: 1500, joined: 2015-01-01, mutual: 20, connected: 2021-01-01, label: sincere}
  - {id: m, name: Paul Meyer, headline: "Volunteer coordinator", connections: 300, joined: 2019-01-01, mutual: 8, label: sincere}
  - {id: n, name: Sara Lind, headline: "Data analyst", connections: 500, joined: 2020-01-01, mutual: 3, label: sincere}
  - {id: o, name: Femi Ade, headline: "Reporter, City News", connections: 2000, joined: 2013-01-01, mutual: 5, label: sincere}
  - {id: p, name: Grace Holt, headline: "Head of CSR, Aqua Beverages", connections: 3000, joined: 2014-01-01, mutual: 2, label: sincere}
  - {id: q, name: Omar Farouk, headline: "Water engineer", connections: 600, joined: 2016-01-01, mutual: 7, label: sincere}
  - {id: r, name: Ivy Moss, headline: "Student, environmental policy", connections: 200, joined: 2025-01-01, mutual: 2, label: sincere}
events:
  - {type: post, at: 2027-10-01T09:00:00Z, by: me, id: w1, text: "Our citizen science volunteers logged 4,000 water samples this year. Nitrate levels are falling in two of our three rivers."}
  - {type: post, at: 2027-10-20T09:00:00Z, by: me, id: w2, text: "Looking for a part-time data analyst to help us publish our water quality data openly."}
  - {type: invite, at: 2027-11-01T08:00:00Z, from: a, to: me}
  - {type: accept, at: 2027-11-01T09:00:00Z, by: me, from: a}
  - {type: message, at: 2027-11-01T09:10:00Z, from: a, to: me, body: "Ruth, I've helped nonprofits like yours secure over $50M in grants. Most organisations leave money on the table because their proposals don't speak the funder's language. I'd love to review one of your recent applications for free. What's the best email to reach you?"}
  - {type: message, at: 2027-11-05T09:10:00Z, from: a, to: me, body: "Ruth, just bumping this in case it got buried. The free review offer stands until Friday."}
  - {type: invite, at: 2027-11-02T08:00:00Z, from: b, to: me}
  - {type: accept, at: 2027-11-02T09:00:00Z, by: me, from: b}
  - {type: message, at: 2027-11-09T09:00:00Z, from: b, to: me, body: "Hello Ruth, I connect corporates with impactful charities for their CSR budgets. For a success fee of 15% I can introduce Clean Rivers to three companies this quarter. Shall we discuss terms?"}
  - {type: invite, at: 2027-11-03T08:00:00Z, from: c, to: me}
  - {type: accept, at: 2027-11-03T09:00:00Z, by: me, from: c}
  - {type: message, at: 2027-11-03T09:30:00Z, from: c, to: me, body: "Hi Ruth, are you still using spreadsheets to track donors? Givr gives you a full donor CRM built for charities. Can I book you in for a walkthrough this week?"}
  - {type: message, at: 2027-11-10T09:30:00Z, from: c, to: me, body: "Hi Ruth, following up. Would next Tuesday at 10 be better?"}
  - {type: message, at: 2027-11-17T09:30:00Z, from: c, to: me, body: "Hi Ruth, one more try. Happy to send a recorded demo instead if that's easier."}
  - {type: invite, at: 2027-11-04T08:00:00Z, from: d, to: me}
  - {type: accept, at: 2027-11-04T09:00:00Z, by: me, from: d}
  - {type: message, at: 2027-11-04T09:05:00Z, from: d, to: me, body: "Dearest Ruth, your passion for our planet is a beacon for all of us. I am blessed to be connected with a true changemaker. I would love to hear your story over a virtual tea."}
  - {type: invite, at: 2027-11-05T08:00:00Z, from: e, to: me}
  - {type: accept, at: 2027-11-05T09:00:00Z, by: me, from: e}
  - {type: message, at: 2027-11-05T09:02:00Z, from: e, to: me, body: "Good day madam, I am a graduate of environmental science. Please I need a job urgently in your organization. I am ready to start immediately. Thank you."}
  - {type: message, at: 2027-11-06T09:02:00Z, from: e, to: me, body: "Good day madam, please have you seen my message?"}
  - {type: invite, at: 2027-11-06T08:00:00Z, from: f, to: me}
  - {type: accept, at: 2027-11-06T09:00:00Z, by: me, from: f}
  - {type: message, at: 2027-11-13T09:00:00Z, from: f, to: me, body: "Hi Ruth, your cause deserves to be seen! We produce emotional fundraising videos that raise 3x more donations. Packages start at 2,000 GBP. Would you like to see our showreel?"}
  - {type: invite, at: 2027-11-07T08:00:00Z, from: g, to: me}
  - {type: accept, at: 2027-11-07T09:00:00Z, by: me, from: g}
  - {type: message, at: 2027-11-07T09:30:00Z, from: g, to: me, body: "Hi Ruth, EcoCoin plants a tree for every transaction and our holders have seen amazing gains. Charities can accept donations in EcoCoin and hold it as an investment. Let me onboard you!"}
  - {type: invite, at: 2027-11-08T08:00:00Z, from: h, to: me}
  - {type: accept, at: 2027-11-08T09:00:00Z, by: me, from: h}
  - {type: message, at: 2027-11-15T09:00:00Z, from: h, to: me, body: "Ruth, as a fellow leader I know how lonely the ED role can be. I coach executive directors through burnout and growth. I have two openings in my January cohort. Would you like one?"}
  - {type: invite, at: 2027-11-09T08:00:00Z, from: i, to: me}
  - {type: accept, at: 2027-11-09T09:00:00Z, by: me, from: i}
  - {type: message, at: 2027-11-09T09:05:00Z, from: i, to: me, body: "Hey Ruth! We're throwing a charity gala in London and want Clean Rivers on the stage. Table packages from 5k. Let me know ASAP, tables are going fast!"}
  - {type: invite, at: 2027-11-10T08:00:00Z, from: j, to: me}
  - {type: accept, at: 2027-11-10T09:00:00Z, by: me, from: j}
  - {type: message, at: 2027-11-10T09:10:00Z, from: j, to: me, body: "Hi Ruth, I place senior fundraisers in environmental charities. Are you planning to grow your team next year? I have some outstanding candidates."}
  - {type: message, at: 2027-11-17T09:10:00Z, from: j, to: me, body: "Hi Ruth, hope you had a good week. Did you get a chance to think about your hiring plans?"}
  # sincere
  - {type: like, at: 2027-10-01T10:00:00Z, by: k, post: w1}
  - {type: comment, at: 2027-10-01T10:20:00Z, by: k, post: w1, text: "Great to see. Which river is still rising?"}
  - {type: invite, at: 2027-10-02T08:00:00Z, from: k, to: me}
  - {type: accept, at: 2027-10-02T09:00:00Z, by: me, from: k}
  - {type: message, at: 2027-10-15T09:00:00Z, from: k, to: me, body: "Hi Ruth, I run a nitrate monitoring project upstream of the Kelvin. If it helps, we could share our sensor data with your volunteers so you can compare it with the grab samples."}
  - {type: message, at: 2027-11-11T09:00:00Z, from: l, to: me, body: "Ruth, our board approved the next round of river grants. Your project fits the brief perfectly; the call opens on 1 December and closes in January. Happy to talk you through the criteria if useful."}
  - {type: invite, at: 2027-10-03T08:00:00Z, from: m, to: me}
  - {type: accept, at: 2027-10-03T09:00:00Z, by: me, from: m}
  - {type: message, at: 2027-10-03T09:20:00Z, from: m, to: me, body: "Hi Ruth, I coordinate volunteers for the Parks Trust. Some of our people would love to join your water sampling days. Who should I speak to about training slots?"}
  - {type: comment, at: 2027-10-20T10:00:00Z, by: n, post: w2, text: "Interested! Is it remote?"}
  - {type: invite, at: 2027-10-20T10:02:00Z, from: n, to: me}
  - {type: accept, at: 2027-10-20T11:00:00Z, by: me, from: n}
  - {type: message, at: 2027-10-20T11:30:00Z, from: n, to: me, body: "Hi Ruth, thanks for accepting. I've published open datasets for the Environment Agency before. Would the role involve building the publishing pipeline, or mainly cleaning the data?"}
  - {type: invite, at: 2027-11-12T08:00:00Z, from: o, to: me}
  - {type: accept, at: 2027-11-12T09:00:00Z, by: me, from: o}
  - {type: message, at: 2027-11-12T09:15:00Z, from: o, to: me, body: "Hi Ruth, I'm doing a story on river pollution for City News. Your volunteers' nitrate numbers would be a great local angle. Could I interview you by phone this week, and could you point me to where the data is published?"}
  - {type: message, at: 2027-11-13T09:00:00Z, from: me, to: p, body: "Hi Grace, would Aqua Beverages consider sponsoring our spring river clean-up?"}
  - {type: message, at: 2027-11-13T11:00:00Z, from: p, to: me, body: "Hi Ruth, thanks for reaching out! Possibly, yes. Could we set up a call next week to hear more about the volunteer numbers and the visibility for our staff?"}
  - {type: invite, at: 2027-10-05T08:00:00Z, from: q, to: me}
  - {type: accept, at: 2027-10-05T09:00:00Z, by: me, from: q}
  - {type: like, at: 2027-10-05T10:00:00Z, by: q, post: w1}
  - {type: message, at: 2027-11-14T09:00:00Z, from: q, to: me, body: "Hi Ruth, we're redesigning the outfall at the Millbrook works and your sampling points are right downstream. Would your volunteers be willing to add two extra sites so we can see the effect before and after?"}
  - {type: invite, at: 2027-11-15T08:00:00Z, from: r, to: me}
  - {type: accept, at: 2027-11-15T09:00:00Z, by: me, from: r}
  - {type: message, at: 2027-11-20T09:00:00Z, from: r, to: me, body: "Hi Ruth, I'm writing my dissertation on citizen science. Do your volunteers follow a written sampling protocol, and if so, is it something you'd be comfortable sharing?"}
"""#
}
