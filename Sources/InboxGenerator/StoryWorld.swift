import InboxModel

/// What every generated person's story shares: the owner, the time window
/// and the owner's posts people can like and comment on.
struct StoryWorld {
    struct Owner {
        var person: Person
        var firstName: String
        var company: String
        var city: String
    }

    let now: Timestamp
    let windowStart: Timestamp
    let owner: Owner
    /// The owner's posts in time order.
    let posts: [Post]
    let topics: [String]

    /// Index of the last post published at or before `t`, or -1 if none.
    func latestPost(atOrBefore t: Timestamp) -> Int {
        var lo = 0, hi = posts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if posts[mid].at <= t { lo = mid + 1 } else { hi = mid }
        }
        return lo - 1
    }
}
