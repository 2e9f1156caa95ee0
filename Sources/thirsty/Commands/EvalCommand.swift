import ArgumentParser
import Foundation
import InboxModel
import OutreachPolicy

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Mass-check labelled fixtures: per-rule hit rates and recall / false positives / accuracy.",
        discussion: """
        Reads every .yaml, .yml and .json fixture under the given folders (recursively) or files. \
        Threads are labelled by `label: thirsty|sincere` on people, invitations by `label: accept|ignore` \
        on invite events. The last line is the overall result at the rulebook's threshold.
        """
    )

    @Argument(help: "Folders or fixture files holding the labelled corpus.", completion: .file(extensions: Completions.fixtureExtensions))
    var paths: [String] = []

    @OptionGroup var policyOptions: PolicyOptions

    func run() throws {
        guard !paths.isEmpty else { throw ValidationError("give a corpus folder, e.g. `thirsty eval Fixtures/corpus`") }
        var files: [String] = []
        for path in paths { files += try CorpusFiles.list(path) }
        guard !files.isEmpty else { throw UserError(status: Exit.noInput, message: "no fixtures (.yaml, .yml, .json) found in \(paths.joined(separator: ", "))") }
        var inboxes: [(source: String, inbox: Inbox)] = []
        for file in files { inboxes.append((file, try FixtureInput.load(file))) }
        let evaluation = Evaluation(policy: try policyOptions.policy(), inboxes: inboxes)
        Stdout.write(evaluation.render())
    }
}

/// Fixture files under a path, in a stable order.
enum CorpusFiles {
    static let extensions = [".yaml", ".yml", ".json"]

    static func list(_ path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw UserError(status: Exit.noInput, message: "\(path): no such file or folder")
        }
        guard isDirectory.boolValue else { return [path] }
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            throw UserError(status: Exit.noInput, message: "\(path): cannot list folder")
        }
        var out: [String] = []
        while let item = walker.nextObject() as? String {
            let name = item.split(separator: "/").last.map(String.init) ?? item
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            if extensions.contains(where: { name.lowercased().hasSuffix($0) }) {
                out.append(path.hasSuffix("/") ? path + item : path + "/" + item)
            }
        }
        return out.sorted()
    }
}
