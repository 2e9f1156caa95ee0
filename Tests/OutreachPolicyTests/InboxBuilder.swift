// `Post` has no public initializer yet, hence @testable.
@testable import InboxModel

/// Builds inboxes for tests: people, posts and events at times relative to
/// a fixed start, without going through the fixture format.
struct InboxBuilder {
    static let start = Timestamp(seconds: 1_772_355_600)  // 2026-03-01T09:00:00Z

    var owner = Person(id: "me", name: "Robin Okafor", headline: "Head of Product")
    private(set) var people: [Person] = []
    private(set) var posts: [Post] = []
    private(set) var events: [Event] = []

    /// A time `days`, `hours` and `minutes` after the start.
    static func t(days: Double = 0, hours: Double = 0, minutes: Double = 0) -> Timestamp {
        Timestamp(milliseconds: start.milliseconds + Int64(((days * 24 + hours) * 60 + minutes) * 60_000))
    }

    @discardableResult
    mutating func person(
        _ id: String, _ name: String, headline: String = "Engineer", photo: Bool = true, connections: Int? = 400,
        joinedDaysBefore: Double? = 1500, mutual: Int? = 12, connectedDaysBefore: Double? = nil, label: ThreadLabel? = nil
    ) -> PersonRef {
        people.append(Person(
            id: id, name: name, headline: headline, photo: photo, connections: connections,
            joined: joinedDaysBefore.map { Self.t(days: -$0) }, mutual: mutual,
            connected: connectedDaysBefore.map { Self.t(days: -$0) }, label: label))
        return PersonRef(people.count)
    }

    private mutating func add(_ e: Event) {
        var e = e
        e.sequence = events.count
        events.append(e)
    }

    mutating func invite(from: PersonRef, to: PersonRef = .owner, at: Timestamp, note: String = "", label: InvitationLabel? = nil) {
        add(Event(type: .invite, at: at, actor: from, subject: to, text: note, label: label))
    }

    mutating func accept(by: PersonRef = .owner, from: PersonRef, at: Timestamp) {
        add(Event(type: .accept, at: at, actor: by, subject: from))
    }

    /// An invitation from `person` accepted by the owner `after` minutes later.
    mutating func connect(_ person: PersonRef, at: Timestamp, note: String = "") {
        invite(from: person, at: at.adding(minutes: -30), note: note)
        accept(from: person, at: at)
    }

    mutating func message(from: PersonRef, to: PersonRef = .owner, at: Timestamp, _ text: String) {
        add(Event(type: .message, at: at, actor: from, subject: to, text: text))
    }

    @discardableResult
    mutating func post(by author: PersonRef, id: String, at: Timestamp, _ text: String) -> PostRef {
        posts.append(Post(id: id, author: author, at: at, text: text))
        let ref = PostRef(posts.count - 1)
        add(Event(type: .post, at: at, actor: author, subject: author, post: ref, text: text))
        return ref
    }

    mutating func like(by: PersonRef, post: PostRef, at: Timestamp) {
        add(Event(type: .like, at: at, actor: by, subject: posts[Int(post.index)].author, post: post))
    }

    mutating func comment(by: PersonRef, post: PostRef, at: Timestamp, _ text: String) {
        add(Event(type: .comment, at: at, actor: by, subject: posts[Int(post.index)].author, post: post, text: text))
    }

    func build(now: Timestamp? = nil) -> Inbox {
        Inbox(title: "test", owner: owner, people: people, posts: posts, events: events, now: now)
    }
}
