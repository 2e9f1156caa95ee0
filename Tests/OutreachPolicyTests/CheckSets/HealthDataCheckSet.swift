/// A health-data owner: recruiters, coaches, crypto, webinars, job asks; a reader's question, a bug report, an intro offer.
/// Written apart from Fixtures/corpus to check that the rules generalise
/// beyond the phrasings they were tuned on.
enum HealthDataCheckSet {
    static let yaml = #"""
version: 1
title: "Self-made check set"
owner: {id: me, name: Priya Raman, headline: "Head of Data at Lumen Health"}
now: 2026-05-30T09:00:00Z
people:
  - {id: a1, name: Marcus Webb, headline: "Founder at Synergia", connections: 3000, joined: 2019-01-01, mutual: 2, label: thirsty}
  - {id: a2, name: Tessa Lowe, headline: "Senior Talent Acquisition Partner", connections: 9000, joined: 2015-01-01, mutual: 4, label: thirsty}
  - {id: a3, name: Daniel Koh, headline: "Investment manager", connections: 800, joined: 2023-01-01, mutual: 1, label: thirsty}
  - {id: a4, name: Brooke Hale, headline: "Leadership coach | 7-figure mastermind", connections: 12000, joined: 2018-01-01, mutual: 3, label: thirsty}
  - {id: a5, name: Ravi Sood, headline: "CEO at PixelCraft Studios", connections: 4000, joined: 2017-01-01, mutual: 1, label: thirsty}
  - {id: a6, name: Arjun Das, headline: "Fresher | Seeking opportunities", connections: 60, joined: 2025-11-01, mutual: 0, label: thirsty}
  - {id: a7, name: Sophie Grant, headline: "Aspiring analyst", connections: 300, joined: 2021-01-01, mutual: 2, label: thirsty}
  - {id: a8, name: Leo Marsh, headline: "Founder at Barkly", connections: 1500, joined: 2020-01-01, mutual: 3, label: thirsty}
  - {id: a9, name: Nina Petrov, headline: "Entrepreneur", connections: 500, joined: 2022-01-01, mutual: 0, label: thirsty}
  - {id: a10, name: Owen Fry, headline: "Events at FutureLeaders", connections: 7000, joined: 2016-01-01, mutual: 5, label: thirsty}
  - {id: a11, name: Gemma Roy, headline: "Consultant", connections: 2000, joined: 2016-01-01, mutual: 6, label: thirsty}
  - {id: a12, name: Felix Brandt, headline: "LinkedIn growth for executives", connections: 15000, joined: 2019-01-01, mutual: 2, label: thirsty}
  - {id: a13, name: Carla Mendes, headline: "Business Development Manager", connections: 5000, joined: 2014-01-01, mutual: 7, label: thirsty}
  - {id: a14, name: Hugo Lind, headline: "Partner at Ardent Capital Advisory", connections: 2500, joined: 2018-01-01, mutual: 1, label: thirsty}
  - {id: s1, name: Ellie Ward, headline: "Data Engineer at Brightline", connections: 700, joined: 2014-01-01, mutual: 40, connected: 2019-05-01, label: sincere}
  - {id: s2, name: Tom Becker, headline: "Organiser, Leeds Data Meetup", connections: 1200, joined: 2016-01-01, mutual: 12, label: sincere}
  - {id: s3, name: Aisha Karim, headline: "DBA at Northwind", connections: 400, joined: 2018-01-01, mutual: 3, label: sincere}
  - {id: s4, name: Ben Ito, headline: "SRE at Coldwave", connections: 600, joined: 2017-01-01, mutual: 9, label: sincere}
  - {id: s5, name: Lara Quinn, headline: "Analyst at Meridian Clinics", connections: 300, joined: 2020-01-01, mutual: 2, label: sincere}
  - {id: s6, name: Jon Park, headline: "Recruiter at Hexa", connections: 5000, joined: 2015-01-01, mutual: 8, label: sincere}
  - {id: s7, name: Maya Singh, headline: "ML Engineer", connections: 900, joined: 2016-01-01, mutual: 30, connected: 2020-02-01, label: sincere}
  - {id: s8, name: Chloe Dunn, headline: "MSc student, Health Data Science", connections: 150, joined: 2024-09-01, mutual: 3, label: sincere}
  - {id: s9, name: Karl Weiss, headline: "Product Manager at Stratus", connections: 1100, joined: 2015-01-01, mutual: 6, label: sincere}
  - {id: s10, name: Rosa Bell, headline: "Account Executive at Tablestack", connections: 2000, joined: 2018-01-01, mutual: 5, label: sincere}
  - {id: s11, name: Sam Ortiz, headline: "Design lead", connections: 1000, joined: 2015-01-01, mutual: 20, label: sincere}
  - {id: s12, name: Ivy Chen, headline: "Platform engineer at Orbit", connections: 500, joined: 2019-01-01, mutual: 4, label: sincere}
  - {id: i1, name: Kevin Moore, headline: "Recruiter at Talentify", connections: 4000, joined: 2016-01-01, mutual: 3}
  - {id: i2, name: Dana Reed, headline: "Sales at Quanta", connections: 1000, joined: 2019-01-01, mutual: 0}
  - {id: i3, name: Lily Tran, headline: "Student at UCL", photo: false, connections: 8, joined: 2026-05-20, mutual: 1}
  - {id: i4, name: Robert Miles, headline: "Engineer", connections: 200, joined: 2020-01-01, mutual: 1}
  - {id: i5, name: Greg Hall, headline: "Consultant", connections: 100, joined: 2020-01-01, mutual: 0}
  - {id: i6, name: Investment Manager, headline: "Helping you earn daily profits", photo: false, connections: 8, joined: 2026-05-01, mutual: 0}
  - {id: i7, name: Jennifer Smith, headline: "", photo: false, connections: 2, joined: 2026-05-28, mutual: 0}
  - {id: i8, name: James Walker, headline: "General, US Army", connections: 30, joined: 2026-04-01, mutual: 0}
  - {id: i9, name: Olga Berg, headline: "Nurse at St Mary's", photo: false, connections: 25, joined: 2026-05-10, mutual: 6}
events:
  - {type: post, at: 2026-04-01T09:00:00Z, by: me, id: p1, text: "Anyone have a good template for incident reviews? Ours is a mess."}
  - {type: post, at: 2026-04-20T09:00:00Z, by: me, id: p2, text: "We moved our warehouse to declarative partitioning. Lessons below."}
  # thirsty
  - {type: invite, at: 2026-05-01T08:00:00Z, from: a1, to: me}
  - {type: accept, at: 2026-05-01T09:00:00Z, by: me, from: a1}
  - {type: message, at: 2026-05-01T09:40:00Z, from: a1, to: me, body: "Greetings Priya! I trust you are doing great. I'm reaching out because I believe there is tremendous potential for us to create value together. Let's schedule a brief call at your earliest convenience."}
  - {type: invite, at: 2026-05-02T08:00:00Z, from: a2, to: me}
  - {type: accept, at: 2026-05-02T09:00:00Z, by: me, from: a2}
  - {type: message, at: 2026-05-05T09:00:00Z, from: a2, to: me, body: "Hi Priya, hope you're well! I have a fantastic role that matches your profile perfectly: Series B, fully remote, great equity. Open to a quick chat?"}
  - {type: message, at: 2026-05-09T09:00:00Z, from: a2, to: me, body: "Hi Priya, did you see my message about the role?"}
  - {type: invite, at: 2026-05-03T08:00:00Z, from: a3, to: me}
  - {type: accept, at: 2026-05-03T10:00:00Z, by: me, from: a3}
  - {type: message, at: 2026-05-03T10:30:00Z, from: a3, to: me, body: "Hello dear, I'm an investment manager and I have helped many people earn passive income through crypto trading. Are you interested?"}
  - {type: invite, at: 2026-05-04T08:00:00Z, from: a4, to: me}
  - {type: accept, at: 2026-05-04T12:00:00Z, by: me, from: a4}
  - {type: message, at: 2026-05-04T13:00:00Z, from: a4, to: me, body: "Hey! Loved your profile. I run a mastermind for leaders like you to scale to 7 figures. Would you be open to a free strategy session this week?"}
  - {type: invite, at: 2026-04-01T08:00:00Z, from: a5, to: me}
  - {type: accept, at: 2026-04-01T12:00:00Z, by: me, from: a5}
  - {type: message, at: 2026-04-25T09:00:00Z, from: a5, to: me, body: "Hi, we build websites and mobile apps at affordable rates. Check out our portfolio at pixelcraft.example. Let me know if you need any help!"}
  - {type: invite, at: 2026-05-06T08:00:00Z, from: a6, to: me}
  - {type: accept, at: 2026-05-06T12:00:00Z, by: me, from: a6}
  - {type: message, at: 2026-05-06T12:05:00Z, from: a6, to: me, body: "Respected Madam, please guide me how to get job in your company. I am fresher. Kindly refer me."}
  - {type: message, at: 2026-05-08T12:05:00Z, from: a6, to: me, body: "Madam please reply"}
  - {type: invite, at: 2026-05-07T08:00:00Z, from: a7, to: me}
  - {type: accept, at: 2026-05-07T12:00:00Z, by: me, from: a7}
  - {type: message, at: 2026-05-07T14:00:00Z, from: a7, to: me, body: "Your journey is so inspiring! I'd really love to connect one on one and learn from you. When would suit you?"}
  - {type: invite, at: 2026-05-08T08:00:00Z, from: a8, to: me}
  - {type: accept, at: 2026-05-08T12:00:00Z, by: me, from: a8}
  - {type: message, at: 2026-05-09T08:00:00Z, from: a8, to: me, body: "We're disrupting the pet food industry and closing our pre-seed. Could I send you our deck? Any intros to angels would be amazing."}
  - {type: invite, at: 2026-05-09T08:00:00Z, from: a9, to: me}
  - {type: accept, at: 2026-05-09T12:00:00Z, by: me, from: a9}
  - {type: message, at: 2026-05-09T12:10:00Z, from: a9, to: me, body: "Hi"}
  - {type: message, at: 2026-05-10T12:10:00Z, from: a9, to: me, body: "Hello?"}
  - {type: message, at: 2026-05-12T12:10:00Z, from: a9, to: me, body: "Are you there?"}
  - {type: message, at: 2026-05-15T12:10:00Z, from: a9, to: me, body: "??"}
  - {type: invite, at: 2026-05-10T08:00:00Z, from: a10, to: me}
  - {type: accept, at: 2026-05-10T12:00:00Z, by: me, from: a10}
  - {type: message, at: 2026-05-10T12:30:00Z, from: a10, to: me, body: "Join our exclusive webinar on AI leadership next Thursday! Limited seats available, register here: futureleaders.example/ai"}
  - {type: invite, at: 2026-05-11T08:00:00Z, from: a11, to: me}
  - {type: accept, at: 2026-05-11T12:00:00Z, by: me, from: a11}
  - {type: message, at: 2026-05-11T13:00:00Z, from: a11, to: me, body: "I'm a big fan of your work! I'd love to pick your brain over a 15 min call sometime."}
  - {type: invite, at: 2026-05-12T08:00:00Z, from: a12, to: me}
  - {type: accept, at: 2026-05-12T12:00:00Z, by: me, from: a12}
  - {type: message, at: 2026-05-13T12:00:00Z, from: a12, to: me, body: "I noticed your posts get very little engagement. I help executives grow their LinkedIn presence and build authority. Interested?"}
  - {type: invite, at: 2026-05-13T08:00:00Z, from: a13, to: me}
  - {type: accept, at: 2026-05-13T12:00:00Z, by: me, from: a13}
  - {type: message, at: 2026-05-13T12:30:00Z, from: a13, to: me, body: "Hope this message finds you well. I came across your profile and was impressed by your experience. I'd love to explore potential synergies between our organisations."}
  - {type: invite, at: 2026-05-14T08:00:00Z, from: a14, to: me}
  - {type: accept, at: 2026-05-14T12:00:00Z, by: me, from: a14}
  - {type: message, at: 2026-05-14T15:00:00Z, from: a14, to: me, body: "Dear Priya, we advise healthcare companies on capital raising and M&A. Given Lumen's growth, I believe a conversation could be mutually beneficial. Would you have time next week?"}
  - {type: message, at: 2026-05-21T15:00:00Z, from: a14, to: me, body: "Dear Priya, I wanted to follow up on my note below. Happy to work around your schedule."}
  # sincere
  - {type: message, at: 2026-05-02T10:00:00Z, from: s1, to: me, body: "Hey Priya! Hope the new role is going well. Quick favour: my team is hiring a data engineer, do you know anyone who might be interested? No worries if not."}
  - {type: invite, at: 2026-04-10T08:00:00Z, from: s2, to: me}
  - {type: accept, at: 2026-04-10T12:00:00Z, by: me, from: s2}
  - {type: like, at: 2026-04-20T12:00:00Z, by: s2, post: p2}
  - {type: message, at: 2026-05-01T09:00:00Z, from: s2, to: me, body: "Hi Priya, I run the Leeds Data meetup. Your post on partitioning was great. Would you consider giving a 20 minute talk in June? Happy to share details on the audience and format."}
  - {type: invite, at: 2026-04-21T08:00:00Z, from: s3, to: me}
  - {type: accept, at: 2026-04-21T12:00:00Z, by: me, from: s3}
  - {type: message, at: 2026-04-21T13:00:00Z, from: s3, to: me, body: "Hi Priya, I read your partitioning write-up. When you moved to declarative partitioning, how did you handle the foreign keys pointing at the parent table?"}
  - {type: comment, at: 2026-04-01T10:00:00Z, by: s4, post: p1, text: "We have one we like, I'll send it over."}
  - {type: invite, at: 2026-04-01T10:01:00Z, from: s4, to: me}
  - {type: accept, at: 2026-04-01T11:00:00Z, by: me, from: s4}
  - {type: message, at: 2026-04-01T11:30:00Z, from: s4, to: me, body: "Here's the template we use for post-mortems, hope it helps: docs.example/postmortem"}
  - {type: invite, at: 2026-05-15T08:00:00Z, from: s5, to: me}
  - {type: accept, at: 2026-05-15T12:00:00Z, by: me, from: s5}
  - {type: message, at: 2026-05-16T09:00:00Z, from: s5, to: me, body: "Hi, I use your patient dashboard every day. The CSV export drops the last row when a filter is on. Steps: filter by clinic, export, compare counts. Is this a known issue?"}
  - {type: message, at: 2026-05-17T09:00:00Z, from: me, to: s6, body: "Hi Jon, I saw the staff data scientist role at Hexa. Is it open to remote candidates?"}
  - {type: message, at: 2026-05-17T11:00:00Z, from: s6, to: me, body: "Hi Priya, yes it is! Could we do a quick call this week so I can walk you through the team? Thursday 2pm works for me."}
  - {type: message, at: 2026-05-18T09:00:00Z, from: s7, to: me, body: "Thanks again for the referral last week, the interview went really well!"}
  - {type: invite, at: 2026-04-02T08:00:00Z, from: s8, to: me}
  - {type: accept, at: 2026-04-02T12:00:00Z, by: me, from: s8}
  - {type: like, at: 2026-04-20T10:00:00Z, by: s8, post: p2}
  - {type: message, at: 2026-05-02T12:00:00Z, from: s8, to: me, body: "Hi Priya, I'm studying health data science. In your talk you said most of your dashboards fail on data freshness, not design. Could you recommend a book or paper on data quality monitoring?"}
  - {type: invite, at: 2026-05-19T19:00:00Z, from: s9, to: me, note: "Great meeting you at PyData yesterday!"}
  - {type: accept, at: 2026-05-19T20:00:00Z, by: me, from: s9}
  - {type: message, at: 2026-05-19T20:30:00Z, from: s9, to: me, body: "Great meeting you at PyData yesterday! As promised, here are the slides from my talk: slides.example/ab. Let me know if you want to chat more about A/B testing."}
  - {type: message, at: 2026-05-20T09:00:00Z, from: me, to: s10, body: "Hi Rosa, could you send me pricing for 40 seats?"}
  - {type: message, at: 2026-05-20T10:00:00Z, from: s10, to: me, body: "Sure, pricing for 40 seats is attached. Happy to hop on a call if you have questions."}
  - {type: invite, at: 2026-04-03T08:00:00Z, from: s11, to: me}
  - {type: accept, at: 2026-04-03T12:00:00Z, by: me, from: s11}
  - {type: message, at: 2026-05-21T09:00:00Z, from: s11, to: me, body: "Saw your post about hiring a designer. My former colleague Ana is looking for a new team and is brilliant with dashboards. Want an intro?"}
  - {type: invite, at: 2026-04-04T08:00:00Z, from: s12, to: me}
  - {type: accept, at: 2026-04-04T12:00:00Z, by: me, from: s12}
  - {type: like, at: 2026-04-20T11:00:00Z, by: s12, post: p2}
  - {type: message, at: 2026-05-01T09:00:00Z, from: s12, to: me, body: "Hi Priya, in the partitioning post you mention detaching old partitions nightly. Do you run that from pg_cron or an external scheduler?"}
  - {type: message, at: 2026-05-12T09:00:00Z, from: s12, to: me, body: "Hi Priya, did you get a chance to look at my question? Totally understand if you're busy."}
  # invitations
  - {type: invite, at: 2026-05-25T08:00:00Z, from: i1, to: me, note: "Hi Priya, I'm a recruiter at Talentify and would love to connect.", label: accept}
  - {type: invite, at: 2026-05-25T09:00:00Z, from: i2, to: me, note: "I'd love to show you our analytics tool sometime!", label: accept}
  - {type: invite, at: 2026-05-25T10:00:00Z, from: i3, to: me, label: accept}
  - {type: invite, at: 2026-05-25T11:00:00Z, from: i4, to: me, note: "Hello dear, I saw your profile and I would like to know you better. Can we chat on WhatsApp?", label: ignore}
  - {type: invite, at: 2026-05-25T12:00:00Z, from: i5, to: me, note: "You are going to regret ignoring me.", label: ignore}
  - {type: invite, at: 2026-05-25T13:00:00Z, from: i6, to: me, label: ignore}
  - {type: invite, at: 2026-05-25T14:00:00Z, from: i7, to: me, label: ignore}
  - {type: invite, at: 2026-05-25T15:00:00Z, from: i8, to: me, note: "I am on a peacekeeping mission and need a trustworthy person to receive some funds on my behalf.", label: ignore}
  - {type: invite, at: 2026-05-25T16:00:00Z, from: i9, to: me, label: accept}
"""#
}
