/// A games studio CTO: AI intake pitches, pay-to-speak conferences, community invites, dev shops; a lent book, a reporter, a referral.
/// Written apart from Fixtures/corpus to check that the rules generalise
/// beyond the phrasings they were tuned on.
enum GamesStudioCheckSet {
    static let yaml = #"""
version: 1
title: "Second self-made check set"
owner: {id: me, name: Sam Okoro, headline: "CTO at Nimbus Games"}
now: 2026-06-30T09:00:00Z
people:
  - {id: b1, name: Claire Fox, headline: "Founder, IntakeAI for law firms", connections: 3000, joined: 2019-01-01, mutual: 2, label: thirsty}
  - {id: b2, name: Ahmed Rashid, headline: "Director, Global Institute of Research", connections: 9000, joined: 2020-01-01, mutual: 0, label: thirsty}
  - {id: b3, name: Zoe Patel, headline: "Community builder", connections: 3000, joined: 2021-01-01, mutual: 1, label: thirsty}
  - {id: b4, name: Andriy Koval, headline: "CEO at Devforge", connections: 8000, joined: 2017-01-01, mutual: 2, label: thirsty}
  - {id: b5, name: Peter Lang, headline: "Business consultant", connections: 40, joined: 2025-01-01, mutual: 0, label: thirsty}
  - {id: b6, name: Mia Stone, headline: "Account Executive at Hirely", connections: 2000, joined: 2019-01-01, mutual: 3, label: thirsty}
  - {id: b7, name: Rahul Verma, headline: "Final-year CS student", connections: 200, joined: 2023-01-01, mutual: 0, label: thirsty}
  - {id: b8, name: Victor Hale, headline: "Visionary | Thought leader | Speaker", connections: 14000, joined: 2015-01-01, mutual: 1, label: thirsty}
  - {id: b9, name: Dev Malik, headline: "Founder at Pixelhaven", connections: 1500, joined: 2020-01-01, mutual: 2, label: thirsty}
  - {id: b10, name: Tara Bloom, headline: "Sales at Chairly", connections: 1000, joined: 2020-01-01, mutual: 0, label: thirsty}
  - {id: b11, name: Ken Ito, headline: "Entrepreneur", connections: 300, joined: 2022-01-01, mutual: 0, label: thirsty}
  - {id: b12, name: Laura Diaz, headline: "Partnerships Manager", connections: 2500, joined: 2018-01-01, mutual: 1, label: thirsty}
  - {id: c1, name: Jonas Berg, headline: "Producer at Skyforge", connections: 800, joined: 2016-01-01, mutual: 10, label: sincere}
  - {id: c2, name: Elena Rossi, headline: "Art director", connections: 1200, joined: 2012-01-01, mutual: 60, connected: 2021-01-01, label: sincere}
  - {id: c3, name: Harriet Cole, headline: "Reporter at Games Weekly", connections: 2000, joined: 2014-01-01, mutual: 3, label: sincere}
  - {id: c4, name: Omar Said, headline: "Support engineer at Buildkite-ish", connections: 400, joined: 2018-01-01, mutual: 2, label: sincere}
  - {id: c5, name: Nora Kim, headline: "Level designer", connections: 300, joined: 2020-01-01, mutual: 4, label: sincere}
  - {id: c6, name: Felix Obi, headline: "Indie developer", connections: 500, joined: 2019-01-01, mutual: 7, label: sincere}
  - {id: c7, name: Ana Lopes, headline: "Tech artist at Ubisoft", connections: 700, joined: 2017-01-01, mutual: 15, connected: 2024-01-01, label: sincere}
  - {id: c8, name: Greg Moss, headline: "Enterprise AE at Enginekit", connections: 3000, joined: 2016-01-01, mutual: 5, label: sincere}
  - {id: c9, name: Priti Shah, headline: "Engine programmer", connections: 900, joined: 2015-01-01, mutual: 12, label: sincere}
  - {id: c10, name: Lukas Meyer, headline: "Student at TU Berlin", connections: 120, joined: 2024-01-01, mutual: 2, label: sincere}
  - {id: j1, name: Max Power, headline: "Consultant", connections: 100, joined: 2020-01-01, mutual: 0}
  - {id: j2, name: Tara Sells, headline: "Sales rep at Chairly", connections: 900, joined: 2020-01-01, mutual: 1}
  - {id: j3, name: HR Department, headline: "", photo: false, connections: 3, joined: 2026-06-01, mutual: 0}
  - {id: j4, name: Ines Duarte, headline: "Game designer", photo: false, connections: 450, joined: 2023-01-01, mutual: 0}
  - {id: j5, name: Mr Johnson Paul, headline: "Businessman", connections: 50, joined: 2025-01-01, mutual: 0}
  - {id: j6, name: Rick Sharp, headline: "Gamer", connections: 200, joined: 2022-01-01, mutual: 0}
  - {id: j7, name: Yuna Park, headline: "Student at DigiPen", connections: 3, joined: 2026-06-27, mutual: 0}
events:
  - {type: post, at: 2026-05-01T09:00:00Z, by: me, id: q1, text: "What's the best book on negotiation? Asking for our producers."}
  - {type: post, at: 2026-05-10T09:00:00Z, by: me, id: q2, text: "We moved the studio to four-day weeks. Six months in, here's what changed."}
  - {type: invite, at: 2026-06-01T08:00:00Z, from: b1, to: me}
  - {type: accept, at: 2026-06-01T09:00:00Z, by: me, from: b1}
  - {type: message, at: 2026-06-01T12:00:00Z, from: b1, to: me, body: "Hi Sam, congrats on the new role!! I help studios automate contract intake with AI. Would it make sense to connect for 20 minutes next week to see if there's a fit?"}
  - {type: invite, at: 2026-06-02T08:00:00Z, from: b2, to: me}
  - {type: accept, at: 2026-06-02T09:00:00Z, by: me, from: b2}
  - {type: message, at: 2026-06-05T09:00:00Z, from: b2, to: me, body: "Good day Sir. I am Dr. Ahmed, Director of a reputed institute. We are organizing an International Conference on Games and would like to invite you as Keynote speaker. Registration fee is only $300."}
  - {type: invite, at: 2026-06-03T08:00:00Z, from: b3, to: me}
  - {type: accept, at: 2026-06-03T09:00:00Z, by: me, from: b3}
  - {type: message, at: 2026-06-03T09:30:00Z, from: b3, to: me, body: "Hi! I'm building a community of like-minded founders. Would love to have you on board! Let me know and I'll send you the link."}
  - {type: message, at: 2026-06-06T09:30:00Z, from: b3, to: me, body: "Hey, just following up - spots are filling fast!"}
  - {type: invite, at: 2026-06-04T08:00:00Z, from: b4, to: me}
  - {type: accept, at: 2026-06-04T09:00:00Z, by: me, from: b4}
  - {type: message, at: 2026-06-10T09:00:00Z, from: b4, to: me, body: "Hey there! Love what you're doing at Nimbus. We're a dev shop in Kyiv with 50+ engineers. Are you hiring developers? We can scale your team in 2 weeks."}
  - {type: message, at: 2026-06-05T09:00:00Z, from: b5, to: me, body: "Hello, I am interested in your profile. I would like to discuss a business proposal with you. Kindly reply to my email."}
  - {type: invite, at: 2026-06-06T08:00:00Z, from: b6, to: me}
  - {type: accept, at: 2026-06-06T09:00:00Z, by: me, from: b6}
  - {type: message, at: 2026-06-07T09:00:00Z, from: b6, to: me, body: "Hi Sam! Quick one: what's your biggest challenge with hiring right now?"}
  - {type: message, at: 2026-06-11T09:00:00Z, from: b6, to: me, body: "Hi Sam, bumping this up! We've helped 100+ studios hire faster."}
  - {type: message, at: 2026-06-16T09:00:00Z, from: b6, to: me, body: "Hi Sam, should I stop reaching out?"}
  - {type: invite, at: 2026-06-07T08:00:00Z, from: b7, to: me}
  - {type: accept, at: 2026-06-07T09:00:00Z, by: me, from: b7}
  - {type: message, at: 2026-06-07T10:00:00Z, from: b7, to: me, body: "Hi, I see you are a CTO. I am a final-year student and I would be honoured if you could review my CV and tell me if I'm a fit for any roles at your company."}
  - {type: invite, at: 2026-06-08T08:00:00Z, from: b8, to: me}
  - {type: accept, at: 2026-06-08T09:00:00Z, by: me, from: b8}
  - {type: message, at: 2026-06-12T09:00:00Z, from: b8, to: me, body: "Sam, your insights on leadership are truly remarkable. As a fellow visionary, I'd be delighted to exchange ideas over a virtual coffee. Let me know your availability."}
  - {type: invite, at: 2026-06-09T08:00:00Z, from: b9, to: me}
  - {type: accept, at: 2026-06-09T09:00:00Z, by: me, from: b9}
  - {type: message, at: 2026-06-14T09:00:00Z, from: b9, to: me, body: "Hi Sam, I'm raising a $2M seed for my gaming studio. Since you're in gaming, would you be open to a quick intro call? Happy to send the deck."}
  - {type: invite, at: 2026-06-10T08:00:00Z, from: b10, to: me}
  - {type: accept, at: 2026-06-10T09:00:00Z, by: me, from: b10}
  - {type: message, at: 2026-06-20T09:00:00Z, from: b10, to: me, body: "Hi Sam. I noticed you liked a post about remote work. We sell ergonomic chairs for remote teams. 20% off this month!"}
  - {type: invite, at: 2026-06-11T08:00:00Z, from: b11, to: me}
  - {type: accept, at: 2026-06-11T09:00:00Z, by: me, from: b11}
  - {type: message, at: 2026-06-11T09:02:00Z, from: b11, to: me, body: "Hi Sam, do you have 2 minutes? I promise it's worth it."}
  - {type: message, at: 2026-06-12T09:02:00Z, from: b11, to: me, body: "Sam?"}
  - {type: invite, at: 2026-06-12T08:00:00Z, from: b12, to: me}
  - {type: accept, at: 2026-06-12T09:00:00Z, by: me, from: b12}
  - {type: message, at: 2026-06-12T09:20:00Z, from: b12, to: me, body: "Thanks for connecting! I'd love to learn more about what you do and see if there are ways we can support each other."}
  - {type: message, at: 2026-06-19T09:20:00Z, from: b12, to: me, body: "Hi Sam, checking in to see if you had a chance to read my previous message."}
  # sincere
  - {type: comment, at: 2026-05-01T10:00:00Z, by: c1, post: q1, text: "Never Split the Difference, no contest."}
  - {type: invite, at: 2026-05-01T10:05:00Z, from: c1, to: me}
  - {type: accept, at: 2026-05-01T12:00:00Z, by: me, from: c1}
  - {type: message, at: 2026-05-02T09:00:00Z, from: c1, to: me, body: "Hi Sam, saw your question about negotiation books. Never Split the Difference changed how I run vendor calls. Happy to lend my copy if you're in Berlin."}
  - {type: message, at: 2026-06-02T09:00:00Z, from: c2, to: me, body: "Sam! Are you going to be at GDC this year? Would be great to catch up over coffee."}
  - {type: invite, at: 2026-06-03T08:00:00Z, from: c3, to: me}
  - {type: accept, at: 2026-06-03T09:00:00Z, by: me, from: c3}
  - {type: message, at: 2026-06-05T09:00:00Z, from: c3, to: me, body: "Hi Sam, I'm writing a piece for Games Weekly on crunch culture and your post about four-day weeks stood out. Would you be willing to answer three questions by email this week? First: did output drop in the first month?"}
  - {type: message, at: 2026-06-04T09:00:00Z, from: me, to: c4, body: "Our build pipeline broke after your 4.2 update. Agents hang on checkout."}
  - {type: message, at: 2026-06-04T09:30:00Z, from: c4, to: me, body: "Sorry about that! Could we do a quick screen share this afternoon to debug? I've attached the rollback steps in the meantime."}
  - {type: invite, at: 2026-06-05T08:00:00Z, from: c5, to: me}
  - {type: accept, at: 2026-06-05T09:00:00Z, by: me, from: c5}
  - {type: message, at: 2026-06-08T09:00:00Z, from: c5, to: me, body: "Hi Sam, I applied for the level designer role last week. I wanted to share a short video walkthrough of my latest level in case it helps: video.example/level. Thanks for considering me!"}
  - {type: like, at: 2026-05-10T12:00:00Z, by: c6, post: q2}
  - {type: invite, at: 2026-05-20T08:00:00Z, from: c6, to: me, note: "We met at the IGDA mixer."}
  - {type: accept, at: 2026-05-20T09:00:00Z, by: me, from: c6}
  - {type: message, at: 2026-06-06T09:00:00Z, from: c6, to: me, body: "Hi Sam, we met briefly at the IGDA mixer. I'm deciding between Unity and Godot for a small 2D team, and you wrote that you switched last year. What was the biggest surprise?"}
  - {type: message, at: 2026-06-07T09:00:00Z, from: c7, to: me, body: "Hi Sam, you helped me last year with my portfolio. I'm now at Ubisoft and we have an opening for a tech artist that fits what you described wanting. Want me to refer you?"}
  - {type: message, at: 2026-06-08T09:00:00Z, from: me, to: c8, body: "Hi Greg, could you send me info on enterprise licensing?"}
  - {type: message, at: 2026-06-08T11:00:00Z, from: c8, to: me, body: "Here's the enterprise overview. Happy to set up a call with our solutions engineer when convenient."}
  - {type: message, at: 2026-06-15T11:00:00Z, from: c8, to: me, body: "Hi Sam, just checking whether the overview answered your questions?"}
  - {type: message, at: 2026-06-09T09:00:00Z, from: me, to: c9, body: "Hi Priti, would you give a talk on job systems at our engine meetup in July?"}
  - {type: message, at: 2026-06-09T10:00:00Z, from: c9, to: me, body: "I'd be honoured! Thank you for thinking of me. Which dates are you considering?"}
  - {type: invite, at: 2026-05-20T08:00:00Z, from: c10, to: me}
  - {type: accept, at: 2026-05-20T09:00:00Z, by: me, from: c10}
  - {type: like, at: 2026-05-21T09:00:00Z, by: c10, post: q2}
  - {type: message, at: 2026-06-10T09:00:00Z, from: c10, to: me, body: "Hi Sam! Thanks for the talk at our uni. You mentioned a free tool for profiling frame times, what was it called?"}
  # invitations
  - {type: invite, at: 2026-06-25T08:00:00Z, from: j1, to: me, note: "Hey handsome, want to chat?", label: ignore}
  - {type: invite, at: 2026-06-25T09:00:00Z, from: j2, to: me, note: "Hi Sam, I'm a sales rep at Chairly. Would love to connect!", label: accept}
  - {type: invite, at: 2026-06-25T10:00:00Z, from: j3, to: me, label: ignore}
  - {type: invite, at: 2026-06-25T11:00:00Z, from: j4, to: me, label: accept}
  - {type: invite, at: 2026-06-25T12:00:00Z, from: j5, to: me, note: "I have a business proposal worth $10M for you, reply urgently.", label: ignore}
  - {type: invite, at: 2026-06-25T13:00:00Z, from: j6, to: me, note: "Stop posting garbage about crunch, nobody cares, loser.", label: ignore}
  - {type: invite, at: 2026-06-28T13:00:00Z, from: j7, to: me, note: "Hi! Big fan of your games.", label: accept}
"""#
}
