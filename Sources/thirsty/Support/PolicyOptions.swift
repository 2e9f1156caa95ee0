import ArgumentParser
import InboxModel
import OutreachPolicy

/// `--rules FILE`: replace the built-in rulebook, for every command that judges.
struct PolicyOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("A rulebook (YAML) to use instead of the built-in one.", valueName: "FILE"), completion: .file(extensions: ["yaml", "yml"]))
    var rulesFile: String?

    /// The built-in rulebook, its pattern tables from the user's cache
    /// when a run of this build left them there, with the scratch memory
    /// compiling used handed back (it runs on the second core while a
    /// fixture loads).
    static func builtIn(cache: RulebookCache? = RulebookCacheDirectory.standard()) -> Policy {
        let policy = Policy(rulebook: Rulebook.builtIn(cache: cache))
        Heap.trim()
        return policy
    }

    func policy() throws -> Policy {
        guard let rulesFile else { return Self.builtIn() }
        let bytes: [UInt8]
        do {
            bytes = try FixtureLoader.read(path: rulesFile)
        } catch {
            switch error {
            case .invalid: throw fail(error.description, status: Exit.dataError)
            default: throw fail(error.description, status: Exit.noInput)
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw fail("\(rulesFile): not valid UTF-8", status: Exit.dataError)
        }
        do {
            return Policy(rulebook: try Rulebook.load(yaml: text, source: rulesFile, cache: RulebookCacheDirectory.standard()))
        } catch {
            throw fail(error.description, status: Exit.dataError)
        }
    }
}
