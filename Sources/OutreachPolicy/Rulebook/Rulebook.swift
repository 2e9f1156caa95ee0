import Shared

/// The rules and settings the policy judges with: the built-in rulebook
/// (YAML files in `Sources/OutreachPolicy/Rules/`, compiled into the binary)
/// or one loaded from a user file. Compiling is done once, when the
/// rulebook is made; judging never parses YAML or patterns.
public struct Rulebook: Sendable {
    public let rules: [Rule]
    public let settings: RulebookSettings
    let compiled: CompiledRulebook

    /// The built-in rulebook, compiled once, or why it does not load. Its
    /// files are part of the program and covered by tests; should a build
    /// ever break one, the program reports it as one line (exit 70) through
    /// `builtIn(cache:)` instead of trapping.
    public static let builtInResult: Result<Rulebook, RulebookError> = Result { () throws(RulebookError) in
        try Rulebook.merge(files: BuiltInRules.files, base: nil)
    }

    /// The built-in rulebook, for the defaults of initialisers (tests,
    /// tools). The program itself never starts here: it loads the rulebook
    /// with `builtIn(cache:)`, which throws, and only then judges, so a
    /// broken one has been reported before this could be reached.
    public static var `default`: Rulebook {
        switch builtInResult {
        case .success(let rulebook): return rulebook
        case .failure(let error): preconditionFailure("the built-in rulebook does not load: \(error)")
        }
    }

    /// The built-in rulebook, with its compiled pattern tables kept in
    /// `cache` between runs (see `RulebookCache`): the same rules as
    /// `default`, without compiling every pattern at every start.
    public static func builtIn(cache: RulebookCache?) throws(RulebookError) -> Rulebook {
        guard let cache else { return try builtInResult.get() }
        return try Rulebook.merge(files: BuiltInRules.files, base: nil, cache: cache)
    }

    /// Reads a rulebook file. A file that starts with `extends: default`
    /// adjusts the built-in rulebook (rules with an existing id replace it,
    /// new ids are added, `scores:` changes scores, `settings:` overrides
    /// the keys it names); any other file is a complete rulebook on its own.
    public static func load(yaml: String, source: String? = nil, cache: RulebookCache? = nil) throws(RulebookError) -> Rulebook {
        var parser = RulebookParser(source: source)
        let file = try parser.parse(yaml)
        return try merge(files: [(file, source)], base: file.extendsDefault ? builtIn(cache: cache) : nil, cache: cache)
    }

    /// Builds a rulebook from rules already in memory (tests, tools).
    public init(rules: [Rule], settings: RulebookSettings = RulebookSettings()) throws(RulebookError) {
        self.rules = rules
        self.settings = settings
        self.compiled = try CompiledRulebook(rules: rules, settings: settings, lines: [:], source: nil)
    }

    private init(rules: [Rule], settings: RulebookSettings, compiled: CompiledRulebook) {
        self.rules = rules
        self.settings = settings
        self.compiled = compiled
    }

    public func rule(_ id: String) -> Rule? { compiled.index[id].map { rules[$0] } }

    /// This rulebook with different thresholds.
    public func with(threadThreshold: Double? = nil, invitationThreshold: Double? = nil) -> Rulebook {
        var s = settings
        if let threadThreshold { s.threadThreshold = threadThreshold }
        if let invitationThreshold { s.invitationThreshold = invitationThreshold }
        return Rulebook(rules: rules, settings: s, compiled: compiled.with(settings: s))
    }

    private static func merge(files: [(RulebookFile, String?)], base: Rulebook?, cache: RulebookCache? = nil) throws(RulebookError) -> Rulebook {
        var rules = base?.rules ?? []
        var settings = base?.settings ?? RulebookSettings()
        var position: [String: Int] = [:]
        for (i, r) in rules.enumerated() { position[r.id] = i }
        var lines: [String: (String?, Int?)] = [:]
        for (file, source) in files {
            let parser = RulebookParser(source: source)
            if let node = file.settings { settings = try parser.apply(settings: node, to: settings) }
            for parsed in file.rules {
                lines[parsed.rule.id] = (source, parsed.line)
                if let i = position[parsed.rule.id] {
                    rules[i] = parsed.rule
                } else {
                    position[parsed.rule.id] = rules.count
                    rules.append(parsed.rule)
                }
            }
            for (id, score, line) in file.scores {
                guard let i = position[id] else {
                    var message = "no rule \(id) to score"
                    if let known = DidYouMean.closest(to: id, in: rules.map(\.id)) { message += "; did you mean \(known)?" }
                    throw RulebookError(source: source, line: line, field: "scores", message: message)
                }
                if rules[i].isHelper, score != 0 {
                    throw RulebookError(source: source, line: line, rule: id, field: "scores", message: "helpers (__…) are never scored")
                }
                rules[i].score = score
            }
        }
        let compiled = try CompiledRulebook(rules: rules, settings: settings, lines: lines, source: files.last?.1, cache: cache)
        return Rulebook(rules: rules, settings: settings, compiled: compiled)
    }
}

/// The rulebook files compiled into the binary, in merge order.
enum BuiltInRules {
    /// Parsed on all cores (the program compiles its rulebook at every
    /// start); errors are reported in merge order, as one by one.
    static var files: [(RulebookFile, String?)] {
        get throws(RulebookError) {
            let parsed = ParallelSlots<Result<RulebookFile, RulebookError>>(count: sources.count)
            forEachIndex(sources.count, parallel: true) { i in
                let (name, bytes) = sources[i]
                var parser = RulebookParser(source: name)
                parsed.set(i, Result { () throws(RulebookError) in try parser.parse(String(decoding: bytes, as: UTF8.self)) })
            }
            var out: [(RulebookFile, String?)] = []
            for (i, result) in parsed.all().enumerated() {
                guard let result else { continue }
                out.append((try result.get(), sources[i].0))
            }
            return out
        }
    }

    static let sources: [(String, [UInt8])] = [
        ("settings.yaml", PackageResources.settings_yaml),
        ("signals.yaml", PackageResources.signals_yaml),
        ("invitations.yaml", PackageResources.invitations_yaml),
        ("stages.yaml", PackageResources.stages_yaml),
        ("article-rules.yaml", PackageResources.article_rules_yaml),
        ("credits.yaml", PackageResources.credits_yaml),
    ]
}
