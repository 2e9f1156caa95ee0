import InboxModel

/// The words that fill a template's slots for one conversation.
struct Voice {
    var owner: String
    var ownerCompany: String
    var sender: String
    var senderCompany: String
    var topic: String
    var industry: String
    var city: String

    /// `template` with its `%x` slots filled (see `PhraseBank`). Weekdays and
    /// link tokens are drawn from `rng`, so they vary between messages.
    func fill(_ template: String, _ rng: inout SeededRandom) -> String {
        var out = ""
        out.reserveCapacity(template.utf8.count + 32)
        var pendingSlot = false
        for ch in template.unicodeScalars {
            if pendingSlot {
                pendingSlot = false
                switch ch {
                case "o": out += owner
                case "n": out += sender
                case "k": out += ownerCompany
                case "c": out += senderCompany
                case "t": out += topic
                case "i": out += industry
                case "y": out += city
                case "d": out += rng.pick(PhraseBank.weekdays)
                case "s": out += Voice.token(&rng)
                default:
                    // A literal percent sign ("40%."): keep both characters.
                    out.unicodeScalars.append("%")
                    out.unicodeScalars.append(ch)
                }
            } else if ch == "%" {
                pendingSlot = true
            } else {
                out.unicodeScalars.append(ch)
            }
        }
        if pendingSlot { out += "%" }
        return out
    }

    /// Parts joined by single spaces, skipping empty ones.
    func compose(_ parts: [String], _ rng: inout SeededRandom) -> String {
        var out = ""
        for p in parts where !p.isEmpty {
            if !out.isEmpty { out += " " }
            out += fill(p, &rng)
        }
        return out
    }

    private static let tokenAlphabet = Array("abcdefghijkmnpqrstuvwxyz23456789".unicodeScalars)

    static func token(_ rng: inout SeededRandom) -> String {
        var s = ""
        for _ in 0..<6 { s.unicodeScalars.append(tokenAlphabet[rng.below(tokenAlphabet.count)]) }
        return s
    }
}
