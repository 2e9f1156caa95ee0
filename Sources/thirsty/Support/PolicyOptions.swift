import ArgumentParser
import InboxModel
import OutreachPolicy
import Shared

/// `--rules FILE`: replace the built-in rulebook, for every command that
/// judges; `--no-learned`: leave the learned rule out.
struct PolicyOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("A rulebook (YAML) to use instead of the built-in one.", valueName: "FILE"), completion: .file(extensions: ["yaml", "yml"]))
    var rulesFile: String?

    @Flag(name: .customLong("no-learned"), help: "Judge without the learned rule (the built-in model and your teachings).")
    var noLearned = false

    /// The built-in model with the user's teachings on top. A teachings
    /// file that cannot be read leaves the built-in model alone;
    /// `thirsty learn --list` reports what is wrong with it.
    static func learnedModel() -> LearnedModel? {
        guard let shipped = LearnedModel.shipped else { return nil }
        guard let contents = try? TeachingStore.read(), !contents.teachings.isEmpty else { return shipped }
        return shipped.teaching(TeachingLog.counts(contents.teachings))
    }

    /// The built-in rulebook, its pattern tables from the user's cache
    /// when a run of this build left them there, with the scratch memory
    /// compiling used handed back (it runs on the second core while a
    /// fixture loads).
    static func builtIn(cache: RulebookCache? = RulebookCacheDirectory.standard(), learned: Bool = true) throws(UserError) -> Policy {
        let rulebook: Rulebook
        do {
            rulebook = try Rulebook.builtIn(cache: cache)
        } catch {
            throw UserError.broken("the built-in rulebook", error)
        }
        let policy = Policy(rulebook: rulebook, learned: learned ? learnedModel() : nil)
        Heap.trim()
        return policy
    }

    /// `builtIn` on another core, its error kept for whoever collects it.
    static func builtInInBackground(
        cache: RulebookCache? = RulebookCacheDirectory.standard(), learned: Bool = true
    ) -> BackgroundWork<Result<Policy, UserError>> {
        BackgroundWork { Result { () throws(UserError) in try builtIn(cache: cache, learned: learned) } }
    }

    func policy() throws -> Policy {
        guard let rulesFile else { return try Self.builtIn(learned: !noLearned) }
        let bytes: [UInt8]
        do {
            bytes = try FixtureLoader.read(path: rulesFile)
        } catch {
            switch error {
            case .invalid: throw UserError(status: Exit.dataError, message: error.description)
            default: throw UserError(status: Exit.noInput, message: error.description)
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw UserError(status: Exit.dataError, message: "\(rulesFile): not valid UTF-8")
        }
        do {
            // A file that `extends: default` can also find the built-in rulebook broken.
            return Policy(
                rulebook: try Rulebook.load(yaml: text, source: rulesFile, cache: RulebookCacheDirectory.standard()),
                learned: noLearned ? nil : Self.learnedModel())
        } catch {
            throw UserError(status: Exit.dataError, message: error.description)
        }
    }
}
