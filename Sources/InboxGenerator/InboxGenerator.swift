import InboxModel

/// Builds a synthetic inbox of any size for benchmarks, demos and evaluation:
/// a mix of thirsty and sincere threads, the owner's posts with likes and
/// comments, and invitations (mostly fine, some inappropriate or fake). The
/// same options always give the same inbox; the system random generator is
/// never used.
public enum InboxGenerator {
    /// The generated inbox's present: every event happens at or before it.
    public static let now = Timestamp(seconds: CivilCalendar.daysFromCivil(2026, 3, 20) * 86_400 + 9 * 3_600)

    /// `progress` is called with the fraction done, from 0 to 1, now and then.
    public static func generate(_ options: GeneratorOptions, progress: ((Double) -> Void)? = nil) -> Inbox {
        let peopleCount = max(0, options.people)
        let messageCount = max(0, options.messages)
        var rng = SeededRandom(seed: options.seed, stream: 0)

        // Long enough that threads of the average length fit with room to
        // spare, and two years at most (a big network is built over years).
        let perPerson = peopleCount == 0 ? 0 : messageCount / peopleCount
        let windowDays = Int64(min(730, max(90, peopleCount / 20, perPerson * 12)))
        let windowStart = now.adding(days: -windowDays)
        let owner = makeOwner(&rng)
        let posts = makePosts(peopleCount: peopleCount, from: windowStart, owner: owner, &rng)

        let roles = assignRoles(people: peopleCount, messages: messageCount, pending: options.pendingInvitations, &rng)
        let counts = messageCounts(roles: roles, total: messageCount, &rng)

        let world = StoryWorld(now: now, windowStart: windowStart, owner: owner, posts: posts.map(\.post), topics: posts.map(\.topic))
        var events: [Event] = []
        events.reserveCapacity(messageCount + peopleCount * 3 + posts.count)
        for (k, p) in posts.enumerated() {
            events.append(Event(type: .post, at: p.post.at, actor: .owner, subject: .owner, post: PostRef(k), text: p.post.text, sequence: events.count))
        }
        var people: [Person] = []
        people.reserveCapacity(peopleCount)
        let step = max(1, peopleCount / 100)
        for i in 0..<peopleCount {
            var writer = StoryWriter(world: world, ref: PersonRef(i + 1), index: i, rng: SeededRandom(seed: options.seed, stream: UInt64(i + 1)))
            people.append(writer.write(role: roles[i], messages: counts[i], into: &events))
            if i % step == 0 { progress?(Double(i) / Double(max(1, peopleCount))) }
        }
        progress?(1)
        let title = "Generated inbox: \(peopleCount) people, \(messageCount) messages (seed \(options.seed))"
        return Inbox(title: title, owner: owner.person, people: people, posts: posts.map(\.post), events: events, now: now)
    }

    // MARK: The owner and their posts

    private static func makeOwner(_ rng: inout SeededRandom) -> StoryWorld.Owner {
        let culture = rng.pick(NamePools.cultures)
        let given = rng.pick(culture.given)
        let family = rng.pick(culture.family)
        let company = rng.pick(NamePools.companyFirst) + rng.pick(NamePools.companySecond)
        let person = Person(
            id: "me", name: given + " " + family, headline: "Head of Product at \(company)",
            connections: 30_000, joined: Timestamp(seconds: CivilCalendar.daysFromCivil(2009, 4, 14) * 86_400)
        )
        return StoryWorld.Owner(person: person, firstName: given, company: company, city: rng.pick(culture.cities))
    }

    /// Evenly spread over the window, one for every hundred people (3 to 400).
    private static func makePosts(peopleCount: Int, from start: Timestamp, owner: StoryWorld.Owner, _ rng: inout SeededRandom) -> [(post: Post, topic: String)] {
        let count = min(400, max(3, peopleCount / 100 + 3))
        let span = now.adding(days: -1).milliseconds - start.milliseconds
        let spacing = span / Int64(count)
        let first = rng.below(PhraseBank.posts.count)
        let voice = Voice(owner: owner.firstName, ownerCompany: owner.company, sender: owner.firstName, senderCompany: owner.company,
                          topic: "", industry: "", city: owner.city)
        var out: [(Post, String)] = []
        out.reserveCapacity(count)
        for k in 0..<count {
            let jitter = Int64(rng.below(Int(max(1, spacing / 2))))
            let at = Timestamp(milliseconds: start.milliseconds + spacing * Int64(k) + jitter).minuteAligned
            let entry = PhraseBank.posts[(first + k) % PhraseBank.posts.count]
            let post = Post(id: "post-\(k + 1)", author: .owner, at: at, text: voice.fill(entry.text, &rng))
            out.append((post, entry.topic))
        }
        return out
    }

    // MARK: Who does what

    /// One role per person, in a shuffled order so roles are spread through the file.
    private static func assignRoles(people: Int, messages: Int, pending: Int, _ rng: inout SeededRandom) -> [StoryWriter.Role] {
        let rest = people - pending
        let messaging = (messages == 0 || rest == 0) ? 0 : min(rest, messages, max(1, rest * 17 / 20))
        let ignored = (rest - messaging) / 4
        var roles = [StoryWriter.Role](repeating: .pending, count: pending)
        roles += [StoryWriter.Role](repeating: .messaging, count: messaging)
        roles += [StoryWriter.Role](repeating: .ignored, count: ignored)
        roles += [StoryWriter.Role](repeating: .plain, count: rest - messaging - ignored)
        var i = roles.count - 1
        while i > 0 {
            roles.swapAt(i, rng.below(i + 1))
            i -= 1
        }
        return roles
    }

    /// Messages per person, summing exactly to `total`: everyone who messages
    /// gets at least one, most get a few, a long tail gets many.
    private static func messageCounts(roles: [StoryWriter.Role], total: Int, _ rng: inout SeededRandom) -> [Int] {
        var counts = [Int](repeating: 0, count: roles.count)
        let writers = roles.indices.filter { roles[$0] == .messaging }
        guard !writers.isEmpty, total > 0 else { return counts }
        var weights = [Double]()
        weights.reserveCapacity(writers.count)
        for _ in writers {
            let u = rng.unit()
            let tail = rng.chance(0.04) ? 6 * rng.unit() : 0
            weights.append(0.2 + 2.4 * u * u + tail)
        }
        let sum = weights.reduce(0, +)
        var assigned = 0
        for (k, i) in writers.enumerated() {
            let c = max(1, Int(Double(total) * weights[k] / sum))
            counts[i] = c
            assigned += c
        }
        // Rounding leaves a small difference; spread it one message at a time.
        var k = 0
        while assigned < total {
            counts[writers[k % writers.count]] += 1
            assigned += 1
            k += 1
        }
        k = 0
        var stuck = 0
        while assigned > total && stuck < writers.count {
            let i = writers[k % writers.count]
            if counts[i] > 1 {
                counts[i] -= 1
                assigned -= 1
                stuck = 0
            } else {
                stuck += 1
            }
            k += 1
        }
        return counts
    }
}
