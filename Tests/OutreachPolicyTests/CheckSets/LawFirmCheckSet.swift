/// An employment-law partner: contract-review AI, SEO audits, wealth
/// advisers, sponsorship packs, free trials, advisory-board equity, a
/// Dubai property scheme; a client's question, a referral from an old
/// colleague, a journalist, a lecturer's invitation.
/// Written apart from Fixtures/corpus to check that the rules generalise
/// beyond the phrasings they were tuned on.
enum LawFirmCheckSet {
    static let yaml = #"""
version: 1
title: "Fifth check set"
owner: {id: me, name: Joanna Reyes, headline: "Partner at Reyes & Olsen, employment law"}
now: 2027-02-28T09:00:00Z
people:
  - {id: x1, name: Trevor Banks, headline: "Legal tech founder", connections: 4000, joined: 2018-01-01, mutual: 2, label: thirsty}
  - {id: x2, name: Melissa Grant, headline: "SEO specialist", connections: 600, joined: 2021-01-01, mutual: 0, label: thirsty}
  - {id: x3, name: Paul Whitby, headline: "Financial adviser", connections: 1500, joined: 2016-01-01, mutual: 1, label: thirsty}
  - {id: x4, name: Irina Popova, headline: "Law student", connections: 250, joined: 2023-01-01, mutual: 0, label: thirsty}
  - {id: x5, name: Gavin Shaw, headline: "Executive Search | Legal", connections: 11000, joined: 2013-01-01, mutual: 12, label: thirsty}
  - {id: x6, name: Nico Alvarez, headline: "Founder, LexiBot", connections: 2200, joined: 2020-01-01, mutual: 1, label: thirsty}
  - {id: x7, name: Wendy Cho, headline: "Author | Speaker | Mindset coach", connections: 25000, joined: 2012-01-01, mutual: 4, label: thirsty}
  - {id: x8, name: Ahmad Karimi, headline: "Marketing agency owner", connections: 3000, joined: 2017-01-01, mutual: 0, label: thirsty}
  - {id: x9, name: Bella Hunt, headline: "Events manager at LegalSummit", connections: 8000, joined: 2015-01-01, mutual: 6, label: thirsty}
  - {id: x10, name: Frank Ellis, headline: "CEO at Cloudfile", connections: 5000, joined: 2014-01-01, mutual: 3, label: thirsty}
  - {id: x11, name: Jade Moreau, headline: "Aspiring lawyer", connections: 80, joined: 2024-06-01, mutual: 0, label: thirsty}
  - {id: x12, name: Sergei Volkov, headline: "Investor", connections: 400, joined: 2022-01-01, mutual: 0, label: thirsty}
  - {id: y1, name: Kate Morgan, headline: "HR Director at Beacon Retail", connections: 900, joined: 2014-01-01, mutual: 8, label: sincere}
  - {id: y2, name: Liam O'Neill, headline: "Trainee solicitor", connections: 300, joined: 2022-01-01, mutual: 5, label: sincere}
  - {id: y3, name: Dana Frost, headline: "Journalist, The Ledger", connections: 2500, joined: 2013-01-01, mutual: 3, label: sincere}
  - {id: y4, name: Rob Kline, headline: "Partner at Kline LLP", connections: 1800, joined: 2011-01-01, mutual: 40, connected: 2015-01-01, label: sincere}
  - {id: y5, name: Sunil Mehta, headline: "Founder at Shiftly", connections: 1200, joined: 2019-01-01, mutual: 2, label: sincere}
  - {id: y6, name: Emma Lowe, headline: "Law lecturer", connections: 700, joined: 2016-01-01, mutual: 10, label: sincere}
  - {id: y7, name: Marco Ricci, headline: "Paralegal", connections: 200, joined: 2021-01-01, mutual: 4, label: sincere}
  - {id: y8, name: Heidi Berg, headline: "Sales at DocuVault", connections: 3000, joined: 2017-01-01, mutual: 2, label: sincere}
  - {id: y9, name: Owen Price, headline: "Union rep", connections: 500, joined: 2018-01-01, mutual: 3, label: sincere}
  - {id: y10, name: Nina Harlow, headline: "In-house counsel at Brightway", connections: 1100, joined: 2015-01-01, mutual: 9, label: sincere}
  - {id: z1, name: Alex Morgan, headline: "Recruiter", connections: 2000, joined: 2016-01-01, mutual: 1}
  - {id: z2, name: Linda Carter, headline: "", photo: false, connections: 4, joined: 2027-02-20, mutual: 0}
  - {id: z3, name: Tom Brady, headline: "Retired", connections: 30, joined: 2026-12-01, mutual: 0}
  - {id: z4, name: Wealth Coach, headline: "Financial freedom in 90 days | DM me", photo: false, connections: 50, joined: 2027-01-10, mutual: 0}
  - {id: z5, name: Paula Diaz, headline: "Paralegal student", photo: false, connections: 20, joined: 2027-02-10, mutual: 3}
  - {id: z6, name: Chris Bell, headline: "Consultant", connections: 600, joined: 2019-01-01, mutual: 2}
events:
  - {type: post, at: 2027-01-10T09:00:00Z, by: me, id: r1, text: "Tribunal claims for unfair dismissal rose 20% this quarter. Three mistakes employers keep making."}
  - {type: post, at: 2027-01-25T09:00:00Z, by: me, id: r2, text: "We are looking for a trainee solicitor to join in September."}
  - {type: invite, at: 2027-02-01T08:00:00Z, from: x1, to: me}
  - {type: accept, at: 2027-02-01T09:00:00Z, by: me, from: x1}
  - {type: message, at: 2027-02-01T09:25:00Z, from: x1, to: me, body: "Joanna, thanks for having me in your network! Our AI reviews employment contracts in 30 seconds and firms like yours save 12 hours a week. Could I get 15 of your minutes?"}
  - {type: message, at: 2027-02-08T09:25:00Z, from: x1, to: me, body: "Hey Joanna, pushing this back up in case it slipped through. Still keen to show you what we built!"}
  - {type: invite, at: 2027-02-02T08:00:00Z, from: x2, to: me}
  - {type: accept, at: 2027-02-02T09:00:00Z, by: me, from: x2}
  - {type: message, at: 2027-02-05T09:00:00Z, from: x2, to: me, body: "Hi Joanna, I checked your firm's website and it's not showing up on the first page of Google for employment lawyer searches. I can fix that in 60 days. Can I send over a free audit?"}
  - {type: invite, at: 2027-02-03T08:00:00Z, from: x3, to: me}
  - {type: accept, at: 2027-02-03T09:00:00Z, by: me, from: x3}
  - {type: message, at: 2027-02-03T10:00:00Z, from: x3, to: me, body: "Hi Joanna, as a successful partner you've probably thought about tax-efficient ways to grow your wealth. I help professionals like you plan for early retirement. Fancy a no-obligation chat?"}
  - {type: invite, at: 2027-02-04T08:00:00Z, from: x4, to: me}
  - {type: accept, at: 2027-02-04T09:00:00Z, by: me, from: x4}
  - {type: message, at: 2027-02-04T09:03:00Z, from: x4, to: me, body: "Dear Ms Reyes, I am a second year law student and I admire your achievements enormously. Could you please offer me a training contract or at least a vacation scheme?"}
  - {type: message, at: 2027-02-06T09:03:00Z, from: x4, to: me, body: "Dear Ms Reyes, I have not received a response yet. I would really appreciate an answer."}
  - {type: message, at: 2027-02-09T09:03:00Z, from: x4, to: me, body: "Dear Ms Reyes, this is my third message. Please respond."}
  - {type: invite, at: 2027-02-05T08:00:00Z, from: x5, to: me}
  - {type: accept, at: 2027-02-05T09:00:00Z, by: me, from: x5}
  - {type: message, at: 2027-02-12T09:00:00Z, from: x5, to: me, body: "Joanna, I'm retained on an exceptional General Counsel opportunity with a FTSE 250 business. Given your profile I suspect you'd be a superb fit. Can we speak this week?"}
  - {type: invite, at: 2027-02-06T08:00:00Z, from: x6, to: me}
  - {type: accept, at: 2027-02-06T09:00:00Z, by: me, from: x6}
  - {type: message, at: 2027-02-06T09:40:00Z, from: x6, to: me, body: "Hi Joanna! I'm a huge admirer of your work. We're building the future of legal services at LexiBot and we'd love you on our advisory board. It's a small time commitment with equity. Can we discuss?"}
  - {type: invite, at: 2027-02-07T08:00:00Z, from: x7, to: me}
  - {type: accept, at: 2027-02-07T09:00:00Z, by: me, from: x7}
  - {type: message, at: 2027-02-07T11:00:00Z, from: x7, to: me, body: "Joanna, your energy radiates through your profile! I'd love to gift you a copy of my bestselling book and invite you to my private mastermind for high achievers. Shall I send the details?"}
  - {type: invite, at: 2027-02-08T08:00:00Z, from: x8, to: me}
  - {type: accept, at: 2027-02-08T09:00:00Z, by: me, from: x8}
  - {type: message, at: 2027-02-15T09:00:00Z, from: x8, to: me, body: "Hello Joanna, we are a full-service digital marketing agency helping law firms generate more client enquiries through paid ads and content. We would love to partner with Reyes & Olsen. When would be a good time to talk?"}
  - {type: invite, at: 2027-02-09T08:00:00Z, from: x9, to: me}
  - {type: accept, at: 2027-02-09T09:00:00Z, by: me, from: x9}
  - {type: message, at: 2027-02-09T09:30:00Z, from: x9, to: me, body: "Hi Joanna, LegalSummit 2027 is coming to London on 12 May! We'd love Reyes & Olsen to sponsor. Our gold package gets you a keynote slot and a booth. Can I send the sponsorship pack?"}
  - {type: message, at: 2027-02-16T09:30:00Z, from: x9, to: me, body: "Hi Joanna, just a quick nudge on the sponsorship pack. Early bird rates end Friday!"}
  - {type: invite, at: 2027-02-10T08:00:00Z, from: x10, to: me}
  - {type: accept, at: 2027-02-10T09:00:00Z, by: me, from: x10}
  - {type: message, at: 2027-02-20T09:00:00Z, from: x10, to: me, body: "Joanna, law firms are drowning in paper. Cloudfile fixes that. Free for 30 days, no credit card. Shall I set you up?"}
  - {type: invite, at: 2027-02-11T08:00:00Z, from: x11, to: me}
  - {type: accept, at: 2027-02-11T09:00:00Z, by: me, from: x11}
  - {type: message, at: 2027-02-11T09:02:00Z, from: x11, to: me, body: "Hello!! Can you be my mentor please? I want to become a lawyer like you."}
  - {type: invite, at: 2027-02-12T08:00:00Z, from: x12, to: me}
  - {type: accept, at: 2027-02-12T09:00:00Z, by: me, from: x12}
  - {type: message, at: 2027-02-12T09:10:00Z, from: x12, to: me, body: "Good morning Joanna. I am an investor looking for partners with capital for a very profitable real estate project in Dubai. Returns are 25% per year. Let me know if you want the details."}
  # sincere
  - {type: like, at: 2027-01-10T10:00:00Z, by: y1, post: r1}
  - {type: comment, at: 2027-01-10T10:05:00Z, by: y1, post: r1, text: "Number two is painfully familiar."}
  - {type: invite, at: 2027-01-11T08:00:00Z, from: y1, to: me}
  - {type: accept, at: 2027-01-11T09:00:00Z, by: me, from: y1}
  - {type: message, at: 2027-01-20T09:00:00Z, from: y1, to: me, body: "Hi Joanna, following your post on tribunal claims: when an employee is on a final written warning and then goes off sick, can we continue the disciplinary process during the sick leave, or should we pause it?"}
  - {type: comment, at: 2027-01-25T10:00:00Z, by: y2, post: r2, text: "Is the September role open to people finishing the SQE this summer?"}
  - {type: invite, at: 2027-01-25T10:02:00Z, from: y2, to: me}
  - {type: accept, at: 2027-01-25T11:00:00Z, by: me, from: y2}
  - {type: message, at: 2027-01-25T11:30:00Z, from: y2, to: me, body: "Hi Joanna, thanks for connecting. I'll be finishing SQE2 in July. Would that timing work for the September start, or do you need candidates who have already qualified?"}
  - {type: invite, at: 2027-02-13T08:00:00Z, from: y3, to: me}
  - {type: accept, at: 2027-02-13T09:00:00Z, by: me, from: y3}
  - {type: message, at: 2027-02-13T09:20:00Z, from: y3, to: me, body: "Hi Joanna, I'm a reporter at The Ledger working on a story about the rise in unfair dismissal claims. Your post had the clearest numbers I've seen. Could I quote it, and would you be willing to answer two questions by phone on Thursday?"}
  - {type: message, at: 2027-02-14T09:00:00Z, from: y4, to: me, body: "Jo, long time! We've got a conflict on a Beacon Retail matter and I thought of you. Are you taking on new respondent work at the moment? Happy to send the papers over."}
  - {type: invite, at: 2027-02-15T08:00:00Z, from: y5, to: me}
  - {type: accept, at: 2027-02-15T09:00:00Z, by: me, from: y5}
  - {type: message, at: 2027-02-22T09:00:00Z, from: y5, to: me, body: "Hi Joanna, I run a small staffing startup and we're about to put our first 20 contractors on zero-hours contracts. Is there a standard clause you'd recommend for notice of shift cancellation, or is that always case by case?"}
  - {type: message, at: 2027-02-22T15:00:00Z, from: me, to: y5, body: "Case by case, but give at least 48 hours. Happy to review your template for a fixed fee."}
  - {type: message, at: 2027-02-22T15:30:00Z, from: y5, to: me, body: "That would be great, sending it over now. What's your fee for that kind of review?"}
  - {type: invite, at: 2027-02-01T08:00:00Z, from: y6, to: me, note: "I teach employment law at Leeds and use your blog in seminars."}
  - {type: accept, at: 2027-02-01T09:00:00Z, by: me, from: y6}
  - {type: message, at: 2027-02-03T09:00:00Z, from: y6, to: me, body: "Hi Joanna, my final year students are running a mock tribunal in March. Would you be willing to sit as the employment judge for an afternoon? I can share the case file and the schedule."}
  - {type: message, at: 2027-02-24T09:00:00Z, from: me, to: y7, body: "Hi Marco, are you still looking for a paralegal role?"}
  - {type: message, at: 2027-02-24T10:00:00Z, from: y7, to: me, body: "Hi Joanna, yes I am! Thank you so much for thinking of me. Shall I send my CV, and would a quick call this week suit you?"}
  - {type: message, at: 2027-02-25T09:00:00Z, from: me, to: y8, body: "Heidi, can you send me DocuVault's pricing for a 12-person firm?"}
  - {type: message, at: 2027-02-25T11:00:00Z, from: y8, to: me, body: "Of course, pricing attached. The 12-seat plan includes unlimited storage. Happy to set up a trial for your team if useful."}
  - {type: invite, at: 2027-02-16T08:00:00Z, from: y9, to: me}
  - {type: accept, at: 2027-02-16T09:00:00Z, by: me, from: y9}
  - {type: message, at: 2027-02-16T09:45:00Z, from: y9, to: me, body: "Hi Joanna, I'm a union rep at a warehouse where 40 staff were moved to new shifts without consultation. Is that something your firm handles for groups of employees, and roughly what would it cost to get initial advice?"}
  - {type: like, at: 2027-01-12T09:00:00Z, by: y10, post: r1}
  - {type: invite, at: 2027-01-13T08:00:00Z, from: y10, to: me}
  - {type: accept, at: 2027-01-13T09:00:00Z, by: me, from: y10}
  - {type: message, at: 2027-02-17T09:00:00Z, from: y10, to: me, body: "Hi Joanna, your post's third point saved us from a messy dismissal last week, thank you. I've written a one-page checklist based on it for our managers; happy to share it if it's useful for your clients."}
  # invitations
  - {type: invite, at: 2027-02-26T08:00:00Z, from: z1, to: me, note: "Hi Joanna, I recruit lawyers in Manchester, would be great to connect.", label: accept}
  - {type: invite, at: 2027-02-26T09:00:00Z, from: z2, to: me, label: ignore}
  - {type: invite, at: 2027-02-26T10:00:00Z, from: z3, to: me, note: "Hello my dear, I am a widower looking for a kind woman to share my life with.", label: ignore}
  - {type: invite, at: 2027-02-26T11:00:00Z, from: z4, to: me, label: ignore}
  - {type: invite, at: 2027-02-26T12:00:00Z, from: z5, to: me, note: "Hi, I'm starting a paralegal course and would love to follow your posts.", label: accept}
  - {type: invite, at: 2027-02-26T13:00:00Z, from: z6, to: me, note: "You lawyers are all parasites. Enjoy your blood money.", label: ignore}
"""#
}
