import Foundation
import InboxGenerator
import InboxModel
import Testing
@testable import OutreachPolicy

/// A rulebook's compiled pattern tables can be kept between runs; what
/// comes back from a cache is used only when it is exactly what compiling
/// would give.
@Suite("Rulebook cache")
struct RulebookCacheTests {
    /// A cache in memory that counts what it is asked.
    final class MemoryCache: RulebookCache, @unchecked Sendable {
        let programIdentity: [UInt8]
        private let lock = NSLock()
        private var files: [String: [UInt8]] = [:]
        private(set) var reads = 0, writes = 0

        init(identity: [UInt8] = [1, 2, 3]) { programIdentity = identity }

        func read(_ name: String) -> [UInt8]? {
            lock.lock()
            defer { lock.unlock() }
            reads += 1
            return files[name]
        }

        func write(_ name: String, _ bytes: @escaping @Sendable () -> [UInt8]) {
            let made = bytes()
            lock.lock()
            defer { lock.unlock() }
            writes += 1
            files[name] = made
        }

        var names: [String] {
            lock.lock()
            defer { lock.unlock() }
            return Array(files.keys)
        }

        func change(_ name: String, _ edit: (inout [UInt8]) -> Void) {
            lock.lock()
            defer { lock.unlock() }
            if var bytes = files[name] {
                edit(&bytes)
                files[name] = bytes
            }
        }
    }

    static let inbox = InboxGenerator.generate(GeneratorOptions(people: 120, messages: 1_500))

    static func tables(_ book: Rulebook) -> TextTables {
        let c = book.compiled
        return TextTables(
            vocabularySlots: [], idCount: 0,
            matchers: [c.body.tables, c.note.tables, c.headline.tables, c.name.tables],
            gapPatterns: Array(c.gaps.patterns), gapSegments: Array(c.gaps.segments),
            gapLimits: Array(c.gaps.limits), segmentOwners: Array(c.gaps.owners))
    }

    @Test func tablesFromTheCacheJudgeExactlyAsCompiledOnes() throws {
        let cache = MemoryCache()
        let first = try Rulebook.builtIn(cache: cache)
        #expect(cache.writes == 1)
        let second = try Rulebook.builtIn(cache: cache)
        #expect(cache.writes == 1, "a cached rulebook is not written again")
        #expect(Self.tables(second) == Self.tables(.default))
        #expect(Self.tables(first) == Self.tables(.default))
        let state = Self.inbox.state()
        let fresh = Policy().analyze(Self.inbox, state: state)
        let cached = Policy(rulebook: second).analyze(Self.inbox, state: state)
        #expect(fresh.threads == cached.threads)
        #expect(fresh.invitations == cached.invitations)
    }

    @Test func anotherBuildOrOtherPatternsMissTheCache() throws {
        let cache = MemoryCache(identity: [1])
        _ = try Rulebook.builtIn(cache: cache)
        let rebuilt = MemoryCache(identity: [2])
        #expect(TextTables.inputs(rules: Rulebook.default.rules, program: cache.programIdentity)
            != TextTables.inputs(rules: Rulebook.default.rules, program: rebuilt.programIdentity))
        // Another rulebook over the same cache gets its own entry.
        _ = try Rulebook.load(yaml: """
            extends: default
            rules:
              - id: MY_PITCH
                description: My own pitch phrase
                category: pitch
                score: 1.0
                patterns: ["quantum synergy platform"]
            """, source: "mine.yaml", cache: cache)
        #expect(cache.names.count == 2)
    }

    @Test func damagedOrForeignTablesAreNotUsed() throws {
        let rules = Rulebook.default.rules
        let inputs = TextTables.inputs(rules: rules, program: [9])
        let cache = MemoryCache(identity: [9])
        _ = try Rulebook.builtIn(cache: cache)
        let name = TextTables.name(of: inputs)
        let bytes = try #require(cache.read(name))
        #expect(TextTables(decoding: bytes, inputs: inputs, ruleCount: rules.count) != nil)
        // Any flipped byte, a cut, or other inputs: not used.
        for offset in [0, TextTables.magic.count + 3, bytes.count / 2, bytes.count - 1] {
            var damaged = bytes
            damaged[offset] ^= 0x40
            #expect(TextTables(decoding: damaged, inputs: inputs, ruleCount: rules.count) == nil, "byte \(offset)")
        }
        #expect(TextTables(decoding: Array(bytes.dropLast(100)), inputs: inputs, ruleCount: rules.count) == nil)
        #expect(TextTables(decoding: bytes, inputs: inputs + [0], ruleCount: rules.count) == nil)
        #expect(TextTables(decoding: [], inputs: inputs, ruleCount: rules.count) == nil)
        // A damaged file in the cache is recompiled over, and judging is unchanged.
        cache.change(name) { $0[$0.count / 3] ^= 1 }
        let book = try Rulebook.builtIn(cache: cache)
        #expect(cache.writes == 2)
        #expect(Self.tables(book) == Self.tables(.default))
    }

    @Test func tablesWithAnIndexOutOfRangeAreRejectedEvenWithAGoodChecksum() throws {
        let rules = Rulebook.default.rules
        let inputs = TextTables.inputs(rules: rules, program: [7])
        let cache = MemoryCache(identity: [7])
        _ = try Rulebook.builtIn(cache: cache)
        let bytes = try #require(cache.read(TextTables.name(of: inputs)))
        let good = try #require(TextTables(decoding: bytes, inputs: inputs, ruleCount: rules.count))
        var edits: [(String, (inout TextTables) -> Void)] = [
            ("fail link", { $0.matchers[0].fail[1] = Int32($0.matchers[0].fail.count) }),
            ("output payload", { $0.matchers[0].outputs[0].payload = 1_000_000 }),
            ("vocabulary id", { t in
                if let i = t.vocabularySlots.firstIndex(where: { $0.key != 0 }) { t.vocabularySlots[i].id = t.idCount }
            }),
            ("gap segment", { $0.gapSegments[0] = Int32($0.segmentOwners.count) }),
            ("root size", { $0.matchers[1].root.removeLast() }),
        ]
        edits.append(("spilled range", { $0.matchers[0].spilled[0].count = Int32($0.matchers[0].outputs.count + 1) }))
        for (what, edit) in edits {
            var bad = good
            edit(&bad)
            #expect(TextTables(decoding: bad.encoded(inputs: inputs), inputs: inputs, ruleCount: rules.count) == nil, "\(what)")
        }
    }
}
