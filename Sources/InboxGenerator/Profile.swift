import InboxModel

/// A generated person's name, id and profile fields.
struct Profile {
    enum Style { case ordinary, loud, fake }

    var person: Person
    var given: String
    var company: String
    var industry: String
    var city: String

    /// `index` makes the id unique. The caller sets `joined` once it knows
    /// when the person first appears.
    static func make(style: Style, index: Int, _ rng: inout SeededRandom) -> Profile {
        let culture = rng.pick(NamePools.cultures)
        var given = rng.pick(culture.given)
        let family = rng.pick(culture.family)
        var name = culture.familyFirst ? family + " " + given : given + " " + family
        if style == .fake && rng.chance(0.5) {
            name = rng.pick(NamePools.fakeNames)
            given = String(name.split(separator: " ").first ?? Substring(name))
        } else if rng.chance(0.02) {
            name = rng.pick(NamePools.nativeScript)
            given = String(name.split(separator: " ").last ?? Substring(name))
        }
        let company = rng.pick(NamePools.companyFirst) + rng.pick(NamePools.companySecond)
        let industry = rng.pick(NamePools.industries)
        let city = rng.pick(culture.cities)
        let role = rng.pick(NamePools.roles)

        var p = Person(id: slug(given) + "-" + String(index + 1), name: name)
        switch style {
        case .ordinary:
            switch rng.below(4) {
            case 0: p.headline = "\(role) at \(company)"
            case 1: p.headline = "\(role) | \(industry) | \(city)"
            case 2: p.headline = "\(role), \(company) · \(city)"
            default: p.headline = "\(role) at \(company) | \(industry)"
            }
            p.photo = !rng.chance(0.04)
            let u = rng.unit()
            p.connections = 30 + Int(3_000 * u * u)
            p.mutual = Int(80 * rng.unit() * rng.unit())
        case .loud:
            let voice = Voice(owner: "", ownerCompany: "", sender: given, senderCompany: company, topic: "", industry: industry, city: city)
            p.headline = voice.fill(rng.pick(NamePools.loudHeadlines), &rng)
            p.connections = 500 + rng.below(15_000)
            p.mutual = rng.below(12)
        case .fake:
            p.headline = rng.pick(NamePools.fakeHeadlines)
            p.photo = rng.chance(0.2)
            p.connections = rng.below(31)
            p.mutual = 0
        }
        if let c = p.connections, let m = p.mutual { p.mutual = min(m, c) }
        return Profile(person: p, given: given, company: company, industry: industry, city: city)
    }

    /// A midnight between 2008 and `latest`.
    static func joinDate(before latest: Timestamp, _ rng: inout SeededRandom) -> Timestamp {
        let earliest = CivilCalendar.daysFromCivil(2008, 1, 1)
        let last = max(earliest + 1, latest.startOfDay.seconds / 86_400)
        return Timestamp(seconds: (earliest + Int64(rng.below(Int(last - earliest)))) * 86_400)
    }

    /// Lowercase ASCII letters of `name`, accents dropped; "person" if none are left.
    static func slug(_ name: String) -> String {
        var out = ""
        for u in name.unicodeScalars {
            switch u.value {
            case 0x61...0x7A: out.unicodeScalars.append(u)
            case 0x41...0x5A: out.unicodeScalars.append(Unicode.Scalar(u.value + 32) ?? u)
            default:
                if let folded = folding[u] { out += folded }
            }
        }
        return out.isEmpty ? "person" : out
    }

    private static let folding: [Unicode.Scalar: String] = {
        var map: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("a", "àáâãäåāăą"), ("c", "çćč"), ("e", "èéêëēęě"), ("i", "ìíîïıī"), ("l", "ł"), ("n", "ñńň"),
            ("o", "òóôõöøő"), ("s", "śşšș"), ("u", "ùúûüūů"), ("y", "ýÿ"), ("z", "źżž"), ("g", "ğ"),
            ("a", "ÀÁÂÃÄÅ"), ("c", "ÇĆČ"), ("e", "ÈÉÊË"), ("i", "ÌÍÎÏİ"), ("o", "ÒÓÔÕÖØ"), ("s", "ŚŞŠ"), ("u", "ÙÚÛÜ"), ("z", "ŹŻŽ"),
        ]
        for (plain, accented) in groups {
            for u in accented.unicodeScalars { map[u] = plain }
        }
        map["ß"] = "ss"
        return map
    }()
}
