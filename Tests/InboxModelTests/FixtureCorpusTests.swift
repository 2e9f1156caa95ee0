import BundledFixtures
import Foundation
import InboxModel
import Testing

/// Every inbox fixture the package ships decodes. Files under `Fixtures/`
/// that are not inboxes (exercise descriptions, READMEs) are recognised by
/// lacking a top-level `version:` or `events:` key and left alone; the
/// malformed and schema folders have their own tests.
@Suite struct FixtureCorpusTests {
    static let excludedFolders = ["Fixtures/malformed/", "Fixtures/schema/"]

    static let candidates: [String] = PackagePaths.files(under: PackagePaths.fixtures)
        .map(PackagePaths.relative)
        .filter { path in !excludedFolders.contains { path.hasPrefix($0) } }

    static let inboxFixtures: [String] = candidates.filter { isInboxFixture(PackagePaths.root.appendingPathComponent($0)) }

    /// A top-level `version` and `events`: the mark of fixture format v1.
    static func isInboxFixture(_ url: URL) -> Bool {
        guard let data = try? Data(contentsOf: url) else { return false }
        if url.pathExtension.lowercased() == "json" {
            let object = try? JSONSerialization.jsonObject(with: data)
            guard let top = object as? [String: Any] else { return true }
            return top["version"] != nil && top["events"] != nil
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        return lines.contains { $0.hasPrefix("version:") } && lines.contains { $0.hasPrefix("events:") }
    }

    @Test func findsTheShippedFixtures() {
        #expect(Self.inboxFixtures.contains("Fixtures/seed-inbox.yaml"))
        #expect(Self.inboxFixtures.count >= 10, "\(Self.inboxFixtures)")
        #expect(!Self.inboxFixtures.contains { $0.hasPrefix("Fixtures/malformed/") })
    }

    @Test(arguments: inboxFixtures)
    func decodes(path: String) throws {
        let url = PackagePaths.root.appendingPathComponent(path)
        do {
            let inbox = try FixtureLoader.load(path: url.path)
            #expect(!inbox.owner.id.isEmpty)
            #expect(zip(inbox.events, inbox.events.dropFirst()).allSatisfy { $0.at <= $1.at })
            // Folding resolves every reference in the log; it must not trap.
            let middle = inbox.events.isEmpty ? inbox.now : inbox.events[inbox.events.count / 2].at
            for t in [inbox.start, middle, inbox.now] {
                let state = inbox.state(at: t)
                #expect(state.eventCount == inbox.eventCount(atOrBefore: t))
                #expect(state.pendingIncoming.allSatisfy { $0.to.isOwner })
            }
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func bundledSeedInboxDecodes() throws {
        let inbox = try FixtureDecoder.decode(Bundled.seedInbox, format: .yaml, file: Bundled.seedInboxName)
        #expect(inbox.events.count > 0)
        #expect(inbox.others.count > 0)
        let onDisk = try FixtureLoader.load(path: PackagePaths.fixtures.appendingPathComponent("seed-inbox.yaml").path)
        #expect(inbox.events == onDisk.events, "the embedded copy is the file in Fixtures/")
        #expect(inbox.people == onDisk.people)
    }
}
