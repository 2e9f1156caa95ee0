/// British and American spellings of a normalised word, so a pattern
/// written either way matches both ("honored" also matches "honoured",
/// "organise" also "organize"). Applied to patterns when they are compiled,
/// never to message text.
enum SpellingVariants {
    static func variants(of word: String) -> [String] {
        // Nearly every word is ASCII, where comparing bytes is comparing
        // characters and an order of magnitude faster; this runs for every
        // word of the vocabulary at start.
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return asciiVariants(of: Array(word.utf8)) }
        return characterVariants(of: word)
    }

    /// The rules on characters, for any word.
    static func characterVariants(of word: String) -> [String] {
        apply(to: Array(word), CharacterRules.rules).map { String($0) }
    }

    /// The same rules on the bytes of an ASCII word.
    static func asciiVariants(of word: [UInt8]) -> [String] {
        apply(to: word, ByteRules.rules).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The rules spelt in one kind of unit (characters or bytes).
    struct Rules<Unit: Hashable & Sendable>: Sendable {
        var wordPairs: [[Unit]: [Unit]]
        var stemPairs: [([Unit], [Unit])]
        var suffixPairs: [([Unit], [Unit])]
        var doubledL: [[Unit]]
        var endings: [[Unit]]
        var l: Unit

        init(_ convert: (String) -> [Unit], l: Unit) {
            var pairs: [[Unit]: [Unit]] = [:]
            for (k, v) in SpellingVariants.wordPairs { pairs[convert(k)] = convert(v) }
            wordPairs = pairs
            stemPairs = SpellingVariants.stemPairs.map { (convert($0.0), convert($0.1)) }
            suffixPairs = SpellingVariants.suffixPairs.map { (convert($0.0), convert($0.1)) }
            doubledL = SpellingVariants.doubledL.map(convert)
            endings = ["ed", "ing", "er", "ers", "or", "ors"].map(convert)
            self.l = l
        }
    }

    private enum CharacterRules { static let rules = Rules<Character>({ Array($0) }, l: "l") }
    private enum ByteRules { static let rules = Rules<UInt8>({ Array($0.utf8) }, l: UInt8(ascii: "l")) }

    /// The word, then its other spellings, each once, in rule order.
    private static func apply<Unit: Hashable & Sendable>(to word: [Unit], _ rules: Rules<Unit>) -> [[Unit]] {
        var out = [word]
        func add(_ w: [Unit]) { if !out.contains(w) { out.append(w) } }
        func hasSuffix(_ suffix: [Unit]) -> Bool { word.count >= suffix.count && word.suffix(suffix.count).elementsEqual(suffix) }
        if let pair = rules.wordPairs[word] { add(pair) }
        for (uk, us) in rules.stemPairs {
            if word.starts(with: uk) { add(us + word.dropFirst(uk.count)) }
            if word.starts(with: us), !word.starts(with: uk) { add(uk + word.dropFirst(us.count)) }
        }
        for (z, s) in rules.suffixPairs where word.count > z.count + 1 {
            if hasSuffix(z) { add(word.dropLast(z.count) + s) }
            if hasSuffix(s) { add(word.dropLast(s.count) + z) }
        }
        for stem in rules.doubledL where word.starts(with: stem) {
            let rest = word.dropFirst(stem.count)
            for ending in rules.endings {
                if rest.elementsEqual([rules.l] + ending) { add(stem + ending) }
                if rest.elementsEqual(ending) { add(stem + [rules.l] + ending) }
            }
        }
        return out
    }

    /// Stems whose spellings differ at the start of a word; derived forms
    /// follow ("honoured", "favourite", "neighbourhood").
    static let stemPairs: [(String, String)] = [
        ("honour", "honor"), ("favour", "favor"), ("colour", "color"), ("labour", "labor"),
        ("neighbour", "neighbor"), ("behaviour", "behavior"), ("endeavour", "endeavor"),
        ("humour", "humor"), ("rumour", "rumor"), ("flavour", "flavor"), ("harbour", "harbor"),
        ("vigour", "vigor"), ("saviour", "savior"), ("glamour", "glamor"), ("armour", "armor"),
        ("valour", "valor"), ("candour", "candor"), ("rigour", "rigor"), ("splendour", "splendor"),
        ("odour", "odor"), ("clamour", "clamor"), ("parlour", "parlor"), ("demeanour", "demeanor"),
        ("savour", "savor"), ("fervour", "fervor"), ("ardour", "ardor"),
        ("centre", "center"), ("theatre", "theater"), ("fibre", "fiber"), ("litre", "liter"),
        ("calibre", "caliber"), ("sombre", "somber"), ("manoeuvre", "maneuver"),
        ("defence", "defense"), ("offence", "offense"), ("licence", "license"), ("pretence", "pretense"),
        ("judgement", "judgment"), ("acknowledgement", "acknowledgment"),
        ("practis", "practic"), ("ageing", "aging"), ("grey", "gray"), ("mould", "mold"),
        ("enrolment", "enrollment"), ("fulfilment", "fulfillment"), ("instalment", "installment"),
        ("skilful", "skillful"), ("wilful", "willful"), ("jewellery", "jewelry"), ("marvellous", "marvelous"),
    ]

    /// Whole words whose spellings differ in a way no stem rule covers.
    static let wordPairs: [String: String] = {
        let pairs: [(String, String)] = [
            ("programme", "program"), ("programmes", "programs"),
            ("catalogue", "catalog"), ("catalogues", "catalogs"),
            ("dialogue", "dialog"), ("dialogues", "dialogs"),
            ("analogue", "analog"), ("centred", "centered"), ("centring", "centering"),
            ("enrol", "enroll"), ("enrols", "enrolls"), ("fulfil", "fulfill"), ("fulfils", "fulfills"),
            ("distil", "distill"), ("cosy", "cozy"),
        ]
        var d: [String: String] = [:]
        for (uk, us) in pairs { d[uk] = us; d[us] = uk }
        return d
    }()

    static let suffixPairs: [(String, String)] = [
        ("ization", "isation"), ("izations", "isations"), ("izing", "ising"), ("ized", "ised"),
        ("izes", "ises"), ("izer", "iser"), ("izers", "isers"), ("ize", "ise"),
        ("yzing", "ysing"), ("yzed", "ysed"), ("yzes", "yses"), ("yze", "yse"),
    ]

    /// Verbs that double their final l in British spelling ("travelled").
    static let doubledL = [
        "travel", "cancel", "model", "label", "counsel", "fuel", "signal", "level",
        "channel", "dial", "equal", "tunnel", "total", "marshal", "pencil", "shovel",
    ]
}
