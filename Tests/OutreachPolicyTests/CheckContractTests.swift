import BundledFixtures
import Foundation
import InboxModel
import Testing
@testable import OutreachPolicy

/// The `check --format json` contract, pinned whole. The report is written
/// by `VerdictReport`, the code `thirsty check` prints, with the built-in
/// rulebook `check` uses. Goldens live in `Goldens/`; run the tests with
/// `THIRSTY_UPDATE_GOLDENS=1` to write them anew, then review the diff.
@Suite("Check contract")
struct CheckContractTests {
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
    static var updating: Bool { ProcessInfo.processInfo.environment["THIRSTY_UPDATE_GOLDENS"] == "1" }

    /// The keys README's "The `check` report (JSON contract)" documents, per object.
    static let documented: [String: Set<String>] = [
        "top": ["version", "invitations", "threads", "summary"],
        "invitation": ["from", "name", "decision", "reasons", "score", "required", "at", "explanation", "findings", "signals"],
        "thread": ["with", "name", "flagged", "score", "required", "stages", "rules", "messages", "flagged_at", "turned_at", "explanation", "findings"],
        "finding": ["rule", "score", "category", "at", "evidence"],
        "signal": ["kind", "weak", "text"],
        "summary": ["title", "owner", "at", "people", "connections", "events", "invitations_received",
                    "pending_invitations", "threads", "flagged_threads", "recommended_ignores"],
    ]

    static func report(_ inbox: Inbox) throws -> String {
        let state = inbox.state()
        let policy = Policy(rulebook: try Rulebook.builtIn(cache: nil))
        return VerdictReport(inbox: inbox, state: state, verdicts: policy.analyze(inbox, state: state)).json + "\n"
    }

    static func seed() throws -> Inbox {
        try FixtureDecoder.decode(Bundled.seedInbox, format: .yaml, file: Bundled.seedInboxName)
    }

    static func corpusFixture() throws -> Inbox {
        try FixtureLoader.load(path: CorpusTests.directory + "/blind-2/construction-and-hospitality.yaml")
    }

    /// Compares `actual` with the golden `name`, or writes it when updating.
    /// `update: false` only compares, whatever the environment says.
    static func compare(_ actual: String, golden name: String, update: Bool = updating) throws -> String? {
        let url = goldens.appendingPathComponent(name)
        if update {
            try FileManager.default.createDirectory(at: goldens, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "no golden at Goldens/\(name); run with THIRSTY_UPDATE_GOLDENS=1 to write it"
        }
        return expected == actual ? nil : "check --format json differs from Goldens/\(name) (THIRSTY_UPDATE_GOLDENS=1 rewrites it)"
    }

    @Test func theSeedInboxReportIsPinnedWhole() throws {
        let failure = try Self.compare(Self.report(Self.seed()), golden: "check-seed.json")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test func aCorpusFixtureReportIsPinnedWhole() throws {
        let failure = try Self.compare(Self.report(Self.corpusFixture()), golden: "check-construction-and-hospitality.json")
        #expect(failure == nil, "\(failure ?? "")")
    }

    /// Every object of the report has exactly the documented keys; returns what differs.
    static func keyMismatches(_ json: String) throws -> [String] {
        let top = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var out: [String] = []
        func check(_ object: [String: Any], as kind: String) {
            let keys = Set(object.keys), want = documented[kind] ?? []
            if keys != want {
                out.append("\(kind): missing \(want.subtracting(keys).sorted()), undocumented \(keys.subtracting(want).sorted())")
            }
        }
        check(top, as: "top")
        if let s = top["summary"] as? [String: Any] { check(s, as: "summary") }
        for i in top["invitations"] as? [[String: Any]] ?? [] {
            check(i, as: "invitation")
            for f in i["findings"] as? [[String: Any]] ?? [] { check(f, as: "finding") }
            for s in i["signals"] as? [[String: Any]] ?? [] { check(s, as: "signal") }
        }
        for t in top["threads"] as? [[String: Any]] ?? [] {
            check(t, as: "thread")
            for f in t["findings"] as? [[String: Any]] ?? [] { check(f, as: "finding") }
        }
        return out
    }

    @Test func everyObjectHasExactlyTheDocumentedKeys() throws {
        for inbox in [try Self.seed(), try Self.corpusFixture()] {
            let json = try Self.report(inbox)
            let top = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            // The check must have every kind of object to look at.
            let invitations = top["invitations"] as? [[String: Any]] ?? []
            let threads = top["threads"] as? [[String: Any]] ?? []
            #expect(invitations.contains { !($0["findings"] as? [Any] ?? []).isEmpty })
            #expect(invitations.contains { !($0["signals"] as? [Any] ?? []).isEmpty })
            #expect(threads.contains { !($0["findings"] as? [Any] ?? []).isEmpty })
            #expect(try Self.keyMismatches(json) == [])
        }
    }

    /// The comparisons can fail: a report with one key removed differs from
    /// the golden and from the documented key set.
    @Test func removingOneKeyFailsBothComparisons() throws {
        let json = try Self.report(Self.seed())
        let removed = json.replacingOccurrences(of: #", "turned_at": null"#, with: "", options: [], range: json.range(of: #", "turned_at": null"#))
        try #require(removed != json)
        #expect(try Self.compare(removed, golden: "check-seed.json", update: false) != nil)
        let mismatches = try Self.keyMismatches(removed)
        #expect(mismatches == [#"thread: missing ["turned_at"], undocumented []"#])
    }
}
