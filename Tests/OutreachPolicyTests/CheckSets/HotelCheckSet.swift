/// A Cape Town hotel manager: revenue consultants, channel managers,
/// influencers wanting free stays, cash buyers, linen catalogues, team
/// workshops; a peer's question, a travel writer, a certification tip,
/// a conference booking.
/// Written apart from Fixtures/corpus to check that the rules generalise
/// beyond the phrasings they were tuned on.
enum HotelCheckSet {
    static let yaml = #"""
version: 1
title: "Sixth check set"
owner: {id: me, name: Grace Mbeki, headline: "General Manager, Harbour View Hotel, Cape Town"}
now: 2027-05-31T09:00:00Z
people:
  - {id: p1, name: Ryan Cole, headline: "Revenue management consultant", connections: 5000, joined: 2016-01-01, mutual: 3, label: thirsty}
  - {id: p2, name: Lerato Nkosi, headline: "Hospitality graduate", connections: 150, joined: 2026-10-01, mutual: 1, label: thirsty}
  - {id: p3, name: Hans Weber, headline: "CEO, BookFlow channel manager", connections: 7000, joined: 2014-01-01, mutual: 2, label: thirsty}
  - {id: p4, name: Zara Ali, headline: "Influencer | Travel | 200k followers", connections: 9000, joined: 2018-01-01, mutual: 0, label: thirsty}
  - {id: p5, name: Tim Nolan, headline: "Property investor", connections: 600, joined: 2021-01-01, mutual: 0, label: thirsty}
  - {id: p6, name: Mei Lin, headline: "Procurement, Global Linen Co", connections: 3000, joined: 2015-01-01, mutual: 1, label: thirsty}
  - {id: p7, name: Kwame Asante, headline: "Motivational speaker", connections: 18000, joined: 2013-01-01, mutual: 5, label: thirsty}
  - {id: p8, name: Olivia Ross, headline: "Talent partner at StaySearch", connections: 6000, joined: 2016-01-01, mutual: 7, label: thirsty}
  - {id: p9, name: Dieter Braun, headline: "Hotel investor relations", connections: 900, joined: 2019-01-01, mutual: 1, label: thirsty}
  - {id: p10, name: Sipho Dlamini, headline: "Entrepreneur", connections: 400, joined: 2022-01-01, mutual: 0, label: thirsty}
  - {id: q1, name: Anna Smit, headline: "GM at Bay Lodge", connections: 800, joined: 2014-01-01, mutual: 25, label: sincere}
  - {id: q2, name: Ben Adler, headline: "Travel writer", connections: 3000, joined: 2012-01-01, mutual: 6, label: sincere}
  - {id: q3, name: Chidi Okeke, headline: "Chef", connections: 500, joined: 2017-01-01, mutual: 12, connected: 2020-01-01, label: sincere}
  - {id: q4, name: Fatou Diallo, headline: "Sustainability lead, Green Key", connections: 1200, joined: 2015-01-01, mutual: 4, label: sincere}
  - {id: q5, name: Joel Park, headline: "Account manager at BookFlow", connections: 2000, joined: 2018-01-01, mutual: 3, label: sincere}
  - {id: q6, name: Nadia Petersen, headline: "Events coordinator, UCT", connections: 700, joined: 2016-01-01, mutual: 9, label: sincere}
  - {id: q7, name: Luis Romero, headline: "Front office manager", connections: 400, joined: 2019-01-01, mutual: 14, label: sincere}
  - {id: q8, name: Ivy Tan, headline: "Hospitality student", connections: 90, joined: 2026-06-01, mutual: 2, label: sincere}
  - {id: w1, name: Marketing Manager, headline: "", photo: false, connections: 2, joined: 2027-05-20, mutual: 0}
  - {id: w2, name: Peter Jones, headline: "Hotel guest", connections: 60, joined: 2020-01-01, mutual: 0}
  - {id: w3, name: Samira Khan, headline: "Hotel management student", photo: false, connections: 14, joined: 2027-05-01, mutual: 1}
  - {id: w4, name: Victor Stone, headline: "Investor | Forex | Crypto | Mentor", photo: false, connections: 30, joined: 2027-04-01, mutual: 0}
  - {id: w5, name: Amy Ford, headline: "Sales at Linenly", connections: 1500, joined: 2018-01-01, mutual: 0}
events:
  - {type: post, at: 2027-04-01T09:00:00Z, by: me, id: g1, text: "We cut food waste by 30% with a simple tray-less breakfast. Guests barely noticed."}
  - {type: post, at: 2027-04-20T09:00:00Z, by: me, id: g2, text: "Our front office team is hiring two night auditors."}
  - {type: invite, at: 2027-05-01T08:00:00Z, from: p1, to: me}
  - {type: accept, at: 2027-05-01T09:00:00Z, by: me, from: p1}
  - {type: message, at: 2027-05-01T09:30:00Z, from: p1, to: me, body: "Hi Grace, most hotels in Cape Town leave 15-20% of revenue on the table with static pricing. I'd love to share how we fixed that for three properties on the Atlantic seaboard. Open to a 20-min call next week?"}
  - {type: message, at: 2027-05-06T09:30:00Z, from: p1, to: me, body: "Hi Grace, just resurfacing my note. Would Wednesday or Thursday suit?"}
  - {type: invite, at: 2027-05-02T08:00:00Z, from: p2, to: me}
  - {type: accept, at: 2027-05-02T09:00:00Z, by: me, from: p2}
  - {type: message, at: 2027-05-02T09:10:00Z, from: p2, to: me, body: "Good morning ma'am. I am a recent hospitality graduate and I am very passionate about the industry. I would like you to give me a chance to work at your hotel in any position. I am hardworking and a fast learner."}
  - {type: message, at: 2027-05-04T09:10:00Z, from: p2, to: me, body: "Good morning ma'am, I am still waiting for your kind response."}
  - {type: invite, at: 2027-05-03T08:00:00Z, from: p3, to: me}
  - {type: accept, at: 2027-05-03T09:00:00Z, by: me, from: p3}
  - {type: message, at: 2027-05-10T09:00:00Z, from: p3, to: me, body: "Dear Grace, congratulations on Harbour View's fantastic reviews. BookFlow connects 400+ hotels to every major OTA and cuts commission costs. I would be delighted to arrange a short presentation for your team."}
  - {type: invite, at: 2027-05-04T08:00:00Z, from: p4, to: me}
  - {type: accept, at: 2027-05-04T09:00:00Z, by: me, from: p4}
  - {type: message, at: 2027-05-04T09:20:00Z, from: p4, to: me, body: "Hey Grace! I'm a travel creator with 200k followers and I'd love to feature Harbour View. In exchange for a complimentary 3-night stay I'll post 2 reels and 5 stories. Let me know which dates work!"}
  - {type: invite, at: 2027-05-05T08:00:00Z, from: p5, to: me}
  - {type: accept, at: 2027-05-05T09:00:00Z, by: me, from: p5}
  - {type: message, at: 2027-05-05T09:05:00Z, from: p5, to: me, body: "Hi Grace, is the hotel for sale? I have cash buyers looking for boutique properties in the Western Cape. Discretion guaranteed."}
  - {type: invite, at: 2027-05-06T08:00:00Z, from: p6, to: me}
  - {type: accept, at: 2027-05-06T09:00:00Z, by: me, from: p6}
  - {type: message, at: 2027-05-06T10:00:00Z, from: p6, to: me, body: "Dear Sir/Madam, we are a leading manufacturer of hotel linen with 20 years experience. We supply 5-star hotels worldwide. Please find our catalogue attached. Kindly send your requirements for a quotation."}
  - {type: message, at: 2027-05-13T10:00:00Z, from: p6, to: me, body: "Dear Sir/Madam, kindly confirm receipt of our catalogue."}
  - {type: invite, at: 2027-05-07T08:00:00Z, from: p7, to: me}
  - {type: accept, at: 2027-05-07T09:00:00Z, by: me, from: p7}
  - {type: message, at: 2027-05-07T09:15:00Z, from: p7, to: me, body: "Grace, leaders like you set the tone for everyone around them! I run transformational team workshops that have energised over 500 organisations. Your team deserves this. When can we talk?"}
  - {type: invite, at: 2027-05-08T08:00:00Z, from: p8, to: me}
  - {type: accept, at: 2027-05-08T09:00:00Z, by: me, from: p8}
  - {type: message, at: 2027-05-08T09:30:00Z, from: p8, to: me, body: "Hi Grace, I'm partnering with a luxury resort group in Mauritius looking for a GM. Your experience stood out immediately. Would you be open to a confidential conversation?"}
  - {type: message, at: 2027-05-15T09:30:00Z, from: p8, to: me, body: "Hi Grace, just following up in case this got lost. Happy to share more details."}
  - {type: invite, at: 2027-05-09T08:00:00Z, from: p9, to: me}
  - {type: accept, at: 2027-05-09T09:00:00Z, by: me, from: p9}
  - {type: message, at: 2027-05-09T09:40:00Z, from: p9, to: me, body: "Dear Grace, I represent a family office looking to acquire and reposition hotels in South Africa. Could you introduce me to the owners of Harbour View?"}
  - {type: invite, at: 2027-05-10T08:00:00Z, from: p10, to: me}
  - {type: accept, at: 2027-05-10T09:00:00Z, by: me, from: p10}
  - {type: message, at: 2027-05-10T09:01:00Z, from: p10, to: me, body: "Hello"}
  - {type: message, at: 2027-05-10T15:01:00Z, from: p10, to: me, body: "How are you"}
  - {type: message, at: 2027-05-11T09:01:00Z, from: p10, to: me, body: "I have something interesting for you"}
  # sincere
  - {type: like, at: 2027-04-01T10:00:00Z, by: q1, post: g1}
  - {type: message, at: 2027-04-05T09:00:00Z, from: q1, to: me, body: "Grace, loved the tray-less breakfast idea. Did you have to change anything in the buffet layout to stop queues forming at the hot station?"}
  - {type: invite, at: 2027-05-11T08:00:00Z, from: q2, to: me}
  - {type: accept, at: 2027-05-11T09:00:00Z, by: me, from: q2}
  - {type: message, at: 2027-05-12T09:00:00Z, from: q2, to: me, body: "Hi Grace, I'm writing a piece for Travel Weekly on hotels tackling food waste and your breakfast change came up twice in my research. Would you be willing to share the before and after numbers for the article?"}
  - {type: message, at: 2027-05-13T09:00:00Z, from: q3, to: me, body: "Grace! Heard you're launching a new restaurant concept. If you need someone to run a tasting menu night, I'd love to cook. No pressure at all."}
  - {type: invite, at: 2027-04-02T08:00:00Z, from: q4, to: me}
  - {type: accept, at: 2027-04-02T09:00:00Z, by: me, from: q4}
  - {type: comment, at: 2027-04-02T10:00:00Z, by: q4, post: g1, text: "This would count towards Green Key criterion 6."}
  - {type: message, at: 2027-04-15T09:00:00Z, from: q4, to: me, body: "Hi Grace, as I mentioned in my comment, the breakfast change counts towards Green Key certification. I've attached the criteria list and the application form in case you'd like to apply this year."}
  - {type: message, at: 2027-05-14T09:00:00Z, from: me, to: q5, body: "Hi Joel, our BookFlow sync keeps double-booking room 12. Can someone look at it?"}
  - {type: message, at: 2027-05-14T10:00:00Z, from: q5, to: me, body: "Hi Grace, so sorry! I've escalated to engineering. Could we do a 10 minute call at 2pm so I can check the room mapping with you?"}
  - {type: invite, at: 2027-05-15T08:00:00Z, from: q6, to: me}
  - {type: accept, at: 2027-05-15T09:00:00Z, by: me, from: q6}
  - {type: message, at: 2027-05-16T09:00:00Z, from: q6, to: me, body: "Hi Grace, I'm organising a conference for 120 academics in September and Harbour View is on our shortlist. Do you offer a conference rate for a block of 60 rooms over three nights?"}
  - {type: comment, at: 2027-04-20T10:00:00Z, by: q7, post: g2, text: "I'd love to apply. I did night audit at the Mount Nelson for two years."}
  - {type: invite, at: 2027-04-20T10:05:00Z, from: q7, to: me}
  - {type: accept, at: 2027-04-20T12:00:00Z, by: me, from: q7}
  - {type: message, at: 2027-04-20T12:30:00Z, from: q7, to: me, body: "Hi Grace, thanks for accepting. I've sent my CV to the careers address. Is the night audit role on a rotating roster or fixed nights?"}
  - {type: invite, at: 2027-05-17T08:00:00Z, from: q8, to: me}
  - {type: accept, at: 2027-05-17T09:00:00Z, by: me, from: q8}
  - {type: like, at: 2027-05-17T10:00:00Z, by: q8, post: g1}
  - {type: message, at: 2027-05-25T09:00:00Z, from: q8, to: me, body: "Hi Grace, I'm a second year hospitality student writing an assignment on food waste. How did you measure the 30% reduction, by weight of waste or by cost?"}
  # invitations
  - {type: invite, at: 2027-05-28T08:00:00Z, from: w1, to: me, label: ignore}
  - {type: invite, at: 2027-05-28T09:00:00Z, from: w2, to: me, note: "Your staff were rude to me last week. I will make sure everyone knows how useless your hotel is.", label: ignore}
  - {type: invite, at: 2027-05-28T10:00:00Z, from: w3, to: me, note: "Hello, I study hotel management and would like to learn from your posts.", label: accept}
  - {type: invite, at: 2027-05-28T11:00:00Z, from: w4, to: me, label: ignore}
  - {type: invite, at: 2027-05-28T12:00:00Z, from: w5, to: me, note: "Hi Grace, we make eco-friendly hotel linen. Let's connect!", label: accept}
"""#
}
