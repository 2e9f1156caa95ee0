import Foundation
import InboxModel
import PropertyBased
import Testing

/// Random damage to valid fixtures: the decoder either decodes the result
/// or throws a `FixtureError` that prints as one line. It never traps, and
/// whatever it accepts folds and re-encodes cleanly.
@Suite struct MutationPropertyTests {
    /// One edit to a document's bytes; `position` and `amount` are reduced
    /// modulo the document's size when applied.
    struct Mutation: Sendable, CustomStringConvertible {
        enum Kind: Int, Sendable, CaseIterable { case flipByte, truncate, insertToken, deleteLine, swapKeys, duplicateLine, deleteBytes }
        var kind: Kind
        var position: Int
        var byte: UInt8
        var amount: Int

        var description: String { "\(kind)(at: \(position), byte: \(byte), amount: \(amount))" }

        /// Fragments that mean something to one of the two parsers.
        static let tokens: [[UInt8]] = [
            ":", "{", "}", "[", "]", ",", "\"", "'", "\n", "\n  - ", "- ", "&a ", "*a", "!!str ", "? ", "\\", "\\u",
            "\\ud800", "#", "|", ">-", "\t", "null", "~", "1e999", "-1", "99999999999999999999", "2026-02-30T00:00:00Z",
        ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0xE2, 0x80, 0xA8]]

        func apply(to input: [UInt8]) -> [UInt8] {
            var b = input
            let n = b.count
            switch kind {
            case .flipByte:
                guard n > 0 else { return b }
                b[position % n] ^= byte | 1
            case .truncate:
                b.removeSubrange((position % (n + 1))...)
            case .insertToken:
                let token = Self.tokens[Int(byte) % Self.tokens.count]
                let at = position % (n + 1)
                for _ in 0..<(amount % 3 + 1) { b.insert(contentsOf: token, at: at) }
            case .deleteLine, .duplicateLine:
                var lines = b.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                guard !lines.isEmpty else { return b }
                let i = position % lines.count
                if kind == .deleteLine {
                    lines.remove(at: i)
                } else {
                    lines.insert(lines[i], at: (i + amount) % (lines.count + 1))
                }
                b = Array(lines.joined(separator: [0x0A]))
            case .swapKeys:
                let keys = Self.keyRanges(b)
                guard keys.count >= 2 else { return b }
                let i = position % keys.count
                let j = (i + 1 + amount % (keys.count - 1)) % keys.count
                let (first, second) = keys[i].lowerBound < keys[j].lowerBound ? (keys[i], keys[j]) : (keys[j], keys[i])
                let a = Array(b[first]), c = Array(b[second])
                b.replaceSubrange(second, with: a)
                b.replaceSubrange(first, with: c)
            case .deleteBytes:
                guard n > 0 else { return b }
                let start = position % n
                b.removeSubrange(start..<min(n, start + amount))
            }
            return b
        }

        /// Ranges of words followed by `:` (or `":`): the keys of both spellings.
        static func keyRanges(_ b: [UInt8]) -> [Range<Int>] {
            var ranges: [Range<Int>] = []
            var i = 0
            while i < b.count {
                let isLetter = { (c: UInt8) in (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F }
                guard isLetter(b[i]) else {
                    i += 1
                    continue
                }
                let start = i
                while i < b.count, isLetter(b[i]) { i += 1 }
                var end = i
                if end < b.count, b[end] == 0x22 { end += 1 }
                if end < b.count, b[end] == 0x3A { ranges.append(start..<i) }
            }
            return ranges
        }
    }

    static let seeds: [(name: String, bytes: [UInt8], format: FixtureFormat)] = {
        var seeds: [(String, [UInt8], FixtureFormat)] = [
            ("sample.yaml", Array(SampleInbox.yaml.utf8), .yaml),
            ("sample.json", Array(SampleInbox.json.utf8), .json),
        ]
        for name in ["example-v1.yaml", "example-v1.json"] {
            if let data = try? Data(contentsOf: PackagePaths.schema.appendingPathComponent(name)) {
                seeds.append((name, [UInt8](data), .guess(path: name, bytes: [])))
            }
        }
        return seeds
    }()

    static let mutations = zip(
        Gen<Int>.int(in: 0...(Mutation.Kind.allCases.count - 1)),
        Gen<Int>.int(in: 0...1_000_000),
        Gen<UInt8>.uint8(in: 0...255),
        Gen<Int>.int(in: 1...24)
    ).map { kind, position, byte, amount in
        Mutation(kind: Mutation.Kind(rawValue: kind) ?? .flipByte, position: position, byte: byte, amount: amount)
    }.array(of: 1...3)

    @Test func seedsAreValid() throws {
        #expect(Self.seeds.count == 4)
        for seed in Self.seeds {
            #expect(decodingError(seed.bytes, seed.format) == nil, "\(seed.name)")
        }
    }

    @Test func mutatedFixturesDecodeOrFailCleanly() async {
        await propertyCheck(count: 400, input: Gen<Int>.int(in: 0...(Self.seeds.count - 1)), Self.mutations) { seedIndex, edits in
            let seed = Self.seeds[seedIndex]
            var bytes = seed.bytes
            for edit in edits { bytes = edit.apply(to: bytes) }
            // JSON is also YAML, so damaged JSON is read both ways.
            for format in seed.format == .json ? [FixtureFormat.json, .yaml] : [.yaml] {
                Self.check(bytes, format, "\(seed.name) as \(format) after \(edits)")
            }
        }
    }

    static func check(_ bytes: [UInt8], _ format: FixtureFormat, _ what: String) {
        do throws(FixtureError) {
            let inbox = try FixtureDecoder.decode(bytes, format: format, file: "mutated")
            for t in [inbox.start, inbox.now, Timestamp.distantFuture] {
                let state = inbox.state(at: t)
                #expect(state.connectionCount >= 0)
                #expect(state.pendingIncoming.count <= state.invitations.count)
            }
            let again = try FixtureDecoder.decode(FixtureEncoder.encode(inbox, format: .json), format: .json)
            #expect(again.people == inbox.people, "\(what)")
            #expect(again.events.count == inbox.events.count, "\(what)")
            #expect(again.posts.count == inbox.posts.count, "\(what)")
        } catch {
            #expect(error.description.isPrintableLine, "\(what): \(error.description.debugDescription)")
            #expect(!error.message.isEmpty, "\(what)")
            #expect(error.file == "mutated", "\(what)")
        }
    }
}
