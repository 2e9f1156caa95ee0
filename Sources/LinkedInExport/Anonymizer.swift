import InboxModel

/// Makes a real inbox shareable: every name, id and URL replaced, and
/// long numbers (phones, amounts, order numbers) changed digit for digit,
/// the same way everywhere, so the threads read as before and the policy
/// judges them the same. Short numbers ("15 minutes", "2 weeks") stay:
/// the rules read them, and they identify no one.
public enum Anonymizer {
    static let firstNames = [
        "Avery", "Blake", "Carmen", "Dara", "Eli", "Farah", "Gideon", "Hollis", "Ines", "Jonah", "Kiri", "Lior",
        "Mara", "Nico", "Orla", "Pax", "Quinn", "Rafe", "Sana", "Tobin", "Uma", "Vero", "Wren", "Yael",
    ]
    static let lastNames = [
        "Abara", "Bellweather", "Castellan", "Dunmore", "Eskildsen", "Fairbrook", "Greaves", "Halloran", "Ivers",
        "Jessup", "Kettering", "Lindqvale", "Marchetti", "Nakagawa-Reed", "Oduya", "Pellegrin", "Quist", "Rosander",
    ]

    public static func anonymize(_ inbox: Inbox) -> Inbox {
        var words: [String: String] = [:]
        var people: [Person] = []
        var groups = 0, sponsors = 0, members = 0
        for (k, p) in inbox.people.enumerated() {
            var q = p
            switch p.kind {
            case .person where p.name == "LinkedIn Member":
                // A closed account: no one's name, and "LinkedIn" is a word.
                members += 1
                q.id = "member-\(members)"
            case .person:
                let first = firstNames[k % firstNames.count]
                let last = lastNames[(k / firstNames.count) % lastNames.count] + (k >= firstNames.count * lastNames.count ? "-\(k)" : "")
                q.name = first + " " + last
                q.id = k == 0 ? "me" : "member-\(members + 1)"
                if k > 0 { members += 1 }
                let old = p.name.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }).map(String.init)
                let new = [first, last]
                for (i, w) in old.enumerated() where w.count > 1 && w.first?.isUppercase == true && words[w] == nil {
                    words[w] = new[min(i, 1)]
                }
            case .group:
                groups += 1
                q.id = "group-\(groups)"
                q.name = "Group conversation \(groups)"
            case .sponsored:
                sponsors += 1
                q.id = "sponsored-\(sponsors)"
                q.name = "Sponsor \(sponsors)"
            }
            people.append(q)
        }
        // Members of a group speak in its messages as "Name: text".
        var extra = inbox.people.count
        for e in inbox.events where e.type == .message && inbox.person(e.actor).kind == .group {
            guard let colon = e.text.range(of: ": ") else { continue }
            for w in e.text[..<colon.lowerBound].split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }).map(String.init)
            where w.count > 1 && w.first?.isUppercase == true && words[w] == nil {
                words[w] = firstNames[extra % firstNames.count]
                extra += 1
            }
        }
        var numbers: [String: String] = [:]
        func clean(_ s: String) -> String { text(s, words: words, numbers: &numbers) }
        for k in people.indices {
            people[k].headline = clean(people[k].headline)
            if people[k].kind == .group { people[k].headline = "Group conversation" }
        }
        let posts = inbox.posts.enumerated().map { k, p in Post(id: "post-\(k + 1)", author: p.author, at: p.at, text: clean(p.text)) }
        let events = inbox.events.map { e -> Event in
            var f = e
            f.text = clean(e.text)
            f.caption = e.caption.map(clean)
            return f
        }
        var out = Inbox(
            title: inbox.title.map(clean), owner: people[0], people: Array(people.dropFirst()), posts: posts, events: events,
            now: inbox.nowIsExplicit ? inbox.now : nil)
        out.source = inbox.source
        out.engagementKnown = inbox.engagementKnown
        return out
    }

    /// Names word by word, URLs whole, numbers of three digits or more.
    static func text(_ s: String, words: [String: String], numbers: inout [String: String]) -> String {
        guard !s.isEmpty else { return s }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            let rest = s[i...]
            if rest.hasPrefix("http://") || rest.hasPrefix("https://") || rest.hasPrefix("www.") {
                let end = rest.firstIndex(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" }) ?? s.endIndex
                out += "https://example.com/link"
                i = end
                continue
            }
            let c = s[i]
            if c.isLetter {
                let end = rest.firstIndex(where: { !$0.isLetter && $0 != "'" }) ?? s.endIndex
                let w = String(s[i..<end])
                out += words[w] ?? w
                i = end
                continue
            }
            if c.isASCII && c.isNumber {
                let end = rest.firstIndex(where: { !($0.isASCII && $0.isNumber) }) ?? s.endIndex
                let n = String(s[i..<end])
                if n.count >= 3 {
                    if numbers[n] == nil { numbers[n] = scrambled(n, salt: numbers.count) }
                    out += numbers[n] ?? n
                } else {
                    out += n
                }
                i = end
                continue
            }
            out.append(c)
            i = s.index(after: i)
        }
        return out
    }

    /// Same length, first digit not zero, from a hash of the number.
    private static func scrambled(_ n: String, salt: Int) -> String {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ UInt64(salt)
        var out = ""
        for (k, b) in n.utf8.enumerated() {
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            let d = Int((h >> 33) % 10)
            out += String(k == 0 && d == 0 ? 7 : d)
        }
        return out
    }
}
