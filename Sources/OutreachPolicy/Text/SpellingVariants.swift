/// British and American spellings of a normalised word, so a pattern
/// written either way matches both ("honored" also matches "honoured",
/// "organise" also "organize"). Applied to patterns when they are compiled,
/// never to message text.
enum SpellingVariants {
    static func variants(of word: String) -> [String] {
        // Nearly every word is ASCII, where comparing bytes is comparing
        // characters; the general path below is slower by an order of
        // magnitude, and it runs for every word of the vocabulary at start.
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return asciiVariants(of: Array(word.utf8)) }
        return characterVariants(of: word)
    }

    /// The rules on characters, for any word.
    static func characterVariants(of word: String) -> [String] {
        var out = [word]
        func add(_ w: String) { if !out.contains(w) { out.append(w) } }
        if let pair = wordPairs[word] { add(pair) }
        for (uk, us) in stemPairs {
            if word.hasPrefix(uk) { add(us + word.dropFirst(uk.count)) }
            if word.hasPrefix(us), !word.hasPrefix(uk) { add(uk + word.dropFirst(us.count)) }
        }
        for (z, s) in suffixPairs where word.count > z.count + 1 {
            if word.hasSuffix(z) { add(word.dropLast(z.count) + s) }
            if word.hasSuffix(s) { add(word.dropLast(s.count) + z) }
        }
        for stem in doubledL where word.hasPrefix(stem) {
            let rest = word.dropFirst(stem.count)
            for ending in ["ed", "ing", "er", "ers", "or", "ors"] {
                if rest == "l" + ending { add(stem + ending) }
                if rest == ending { add(stem + "l" + ending) }
            }
        }
        return out
    }

    /// `variants(of:)` for an ASCII word, step for step on its bytes.
    static func asciiVariants(of word: [UInt8]) -> [String] {
        var out = [word]
        func add(_ w: [UInt8]) { if !out.contains(w) { out.append(w) } }
        func hasSuffix(_ w: [UInt8], _ suffix: [UInt8]) -> Bool { w.count >= suffix.count && w[(w.count - suffix.count)...].elementsEqual(suffix) }
        if let pair = wordPairs[String(decoding: word, as: UTF8.self)] { add(Array(pair.utf8)) }
        for (uk, us) in stemPairBytes {
            if word.starts(with: uk) { add(us + word[uk.count...]) }
            if word.starts(with: us), !word.starts(with: uk) { add(uk + word[us.count...]) }
        }
        for (z, s) in suffixPairBytes where word.count > z.count + 1 {
            if hasSuffix(word, z) { add(word.dropLast(z.count) + s) }
            if hasSuffix(word, s) { add(word.dropLast(s.count) + z) }
        }
        for stem in doubledLBytes where word.starts(with: stem) {
            let rest = word[stem.count...]
            for ending in doubledLEndings {
                if rest.elementsEqual([UInt8(ascii: "l")] + ending) { add(stem + ending) }
                if rest.elementsEqual(ending) { add(stem + [UInt8(ascii: "l")] + ending) }
            }
        }
        return out.map { String(decoding: $0, as: UTF8.self) }
    }

    private static let stemPairBytes = stemPairs.map { (Array($0.0.utf8), Array($0.1.utf8)) }
    private static let suffixPairBytes = suffixPairs.map { (Array($0.0.utf8), Array($0.1.utf8)) }
    private static let doubledLBytes = doubledL.map { Array($0.utf8) }
    private static let doubledLEndings = ["ed", "ing", "er", "ers", "or", "ors"].map { Array($0.utf8) }

    /// Stems whose spellings differ at the start of a word; derived forms
    /// follow ("honoured", "favourite", "neighbourhood").
    private static let stemPairs: [(String, String)] = [
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
    private static let wordPairs: [String: String] = {
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

    private static let suffixPairs: [(String, String)] = [
        ("ization", "isation"), ("izations", "isations"), ("izing", "ising"), ("ized", "ised"),
        ("izes", "ises"), ("izer", "iser"), ("izers", "isers"), ("ize", "ise"),
        ("yzing", "ysing"), ("yzed", "ysed"), ("yzes", "yses"), ("yze", "yse"),
    ]

    /// Verbs that double their final l in British spelling ("travelled").
    private static let doubledL = [
        "travel", "cancel", "model", "label", "counsel", "fuel", "signal", "level",
        "channel", "dial", "equal", "tunnel", "total", "marshal", "pencil", "shovel",
    ]
}
