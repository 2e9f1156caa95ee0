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
        on invite events. A YAML file with a top-level `drafts:` list is a coach check set: each draft is \
        reviewed as the owner's next message in its context fixture and counts as judged bad when that \
        thread would be flagged or any article rule fails. With the learned rule on, a section compares \
        the figures with and without it. The last line is the overall result at the rulebook's threshold.
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
        let policy = try policyOptions.policy()
        var inboxes: [(source: String, inbox: Inbox)] = []
        var coach: [CoachEvaluation] = []
        for file in files {
            if let set = try Self.draftSet(file) {
                coach.append(try Self.evaluate(set, from: file, policy: policy))
            } else {
                inboxes.append((file, try FixtureInput.load(file)))
            }
        }
        let evaluation = Evaluation(policy: policy, inboxes: inboxes)
        // The overall thread and invitation figures stay the last line; the
        // learned rule's comparison and the coach's section go before it.
        var report = evaluation.render()
        report.removeLast(evaluation.summaryLine.count + 1)
        if policy.learned != nil {
            var without = policy
            without.learned = nil
            report += LearnedComparison(
                with: evaluation, without: Evaluation(policy: without, inboxes: inboxes),
                heldOut: LearnedComparison.heldOut(policy: policy, inboxes: inboxes)).render()
        }
        if !coach.isEmpty { report += CoachEvaluation(combining: coach).render() + "\n" }
        Stdout.write(report + evaluation.summaryLine + "\n")
    }

    /// A coach drafts file (top-level `drafts:`), or nil for a fixture.
    static func draftSet(_ file: String) throws -> CoachDraftSet? {
        guard file.hasSuffix(".yaml") || file.hasSuffix(".yml") else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try FixtureLoader.read(path: file)
        } catch {
            return nil  // the fixture loader reports it
        }
        guard let text = String(validating: bytes, as: UTF8.self), CoachDraftSet.looksLikeDrafts(text) else { return nil }
        do {
            return try CoachDraftSet.parse(text, source: file)
        } catch {
            throw UserError(status: Exit.dataError, message: error.description)
        }
    }

    /// Scores a drafts file, each draft in its context fixture (a path
    /// relative to the drafts file).
    static func evaluate(_ set: CoachDraftSet, from file: String, policy: Policy) throws -> CoachEvaluation {
        let folder = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        var contexts: [String: Inbox] = [:]
        for name in Set(set.drafts.map(\.context)) {
            let path = name.hasPrefix("/") || folder.isEmpty ? name : folder + "/" + name
            contexts[name] = try FixtureInput.load(path)
        }
        do {
            return try CoachEvaluation(policy: policy, source: file, set: set, contexts: contexts)
        } catch {
            throw UserError(status: Exit.dataError, message: error.description)
        }
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
