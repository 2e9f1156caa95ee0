import InboxModel
import Shared

/// Where a program keeps compiled rulebook tables between runs. The policy
/// engine does no I/O itself: the program hands it a cache, and the engine
/// decides what goes in and whether what comes out may be used.
public protocol RulebookCache: Sendable {
    /// Bytes that change whenever the program does (its build): tables
    /// written by another build of the tokenizer or matcher are never read.
    var programIdentity: [UInt8] { get }
    func read(_ name: String) -> [UInt8]?
    /// Stores what `bytes` makes; a cache may make and store it later, off
    /// the path to the first frame.
    func write(_ name: String, _ bytes: @escaping @Sendable () -> [UInt8])
}

/// What compiling a rulebook's patterns produces: the vocabulary, a phrase
/// matcher per text field and the gap tables. It depends only on the
/// patterns (and the program that compiled them), and it is most of what
/// compiling a rulebook costs, so a program can keep it between runs.
///
/// Stored, it carries its exact inputs (the program's identity and every
/// rule's field and patterns) and a checksum: it is used only when the
/// inputs are byte for byte those of the rulebook being compiled and the
/// tables are whole, and every index in them is checked before any pointer
/// is built on them.
struct TextTables: Equatable, Sendable {
    var vocabularySlots: [VocabularySlot]
    var idCount: Int32
    /// Body, note, headline and name matchers, in `TextField` order.
    var matchers: [PhraseMatcher.Tables]
    var gapPatterns: [GapPattern]
    var gapSegments: [Int32]
    var gapLimits: [Int32]
    var segmentOwners: [SegmentOwner]

    static let fields: [TextField] = [.body, .note, .headline, .name]
    static let magic: [UInt8] = Array("thirsty-text-tables-v1\n".utf8)

    /// The inputs the tables are compiled from, as bytes to compare.
    static func inputs(rules: [Rule], program: [UInt8]) -> [UInt8] {
        var w = ByteWriter()
        w.bytes(program)
        w.int(rules.count)
        for r in rules {
            w.string(r.field.rawValue)
            w.int(r.patterns.count)
            for p in r.patterns { w.string(p) }
        }
        return w.out
    }

    /// A short name for the inputs, for a file name.
    static func name(of inputs: [UInt8]) -> String {
        let hex = String(checksum(inputs[...]), radix: 16)
        return "rules-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    func encoded(inputs: [UInt8]) -> [UInt8] {
        var w = ByteWriter()
        w.bytes(inputs)
        w.array(vocabularySlots)
        w.int(Int(idCount))
        for m in matchers {
            w.array(m.root)
            w.array(m.steps)
            w.int(Int(m.stepShift))
            w.array(m.fail)
            w.array(m.spilled)
            w.array(m.outputs)
        }
        w.array(gapPatterns)
        w.array(gapSegments)
        w.array(gapLimits)
        w.array(segmentOwners)
        return Self.magic + w.out + Self.bytes(of: Self.checksum(w.out[...]))
    }

    /// Every index the matchers and scans follow is in range, so a table
    /// that checks out cannot lead a scan outside its memory.
    func isConsistent(ruleCount: Int) -> Bool {
        let slotCount = vocabularySlots.count
        guard idCount >= 1, slotCount >= 1, slotCount & (slotCount - 1) == 0,
              vocabularySlots.allSatisfy({ $0.id >= 0 && $0.id < idCount }) else { return false }
        let segmentCount = segmentOwners.count
        let payloads = ruleCount + segmentCount
        for t in matchers {
            let n = t.fail.count
            let stepCount = t.steps.count
            guard n >= 1, t.root.count == Int(idCount), t.spilled.count == n, stepCount >= 16, stepCount & (stepCount - 1) == 0,
                  t.stepShift < 64, 1 << (64 - t.stepShift) == stepCount,
                  t.fail.allSatisfy({ $0 >= 0 && Int($0) < n }),
                  t.outputs.allSatisfy({ $0.payload >= 0 && Int($0.payload) < payloads && $0.length >= 1 }),
                  t.spilled.allSatisfy({ $0.first >= 0 && $0.count >= 0 && Int($0.first) + Int($0.count) <= t.outputs.count })
            else { return false }
            func fits(_ to: Int32, _ packed: UInt32) -> Bool {
                guard to >= 0 && Int(to) < n else { return false }
                if packed == 0 || packed == PhraseMatcher.Step.spill { return true }
                return Int(packed >> 8) + Int(packed & 0xff) <= t.outputs.count
            }
            guard t.root.allSatisfy({ fits($0.to, $0.outputs) }),
                  t.steps.allSatisfy({ $0.key == 0 || fits($0.to, $0.outputs) }) else { return false }
        }
        guard gapLimits.count == gapSegments.count,
              gapSegments.allSatisfy({ $0 >= 0 && Int($0) < segmentCount }),
              segmentOwners.allSatisfy({ $0.pattern >= 0 && Int($0.pattern) < gapPatterns.count && $0.position >= 0 }),
              gapPatterns.allSatisfy({ $0.rule >= 0 && Int($0.rule) < ruleCount && $0.first >= 0 && $0.count >= 0
                  && Int($0.first) + Int($0.count) <= gapSegments.count })
        else { return false }
        return true
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hasher = ContentHasher(totalCount: bytes.count)
        bytes.withUnsafeBytes { hasher.update($0) }
        return hasher.value
    }

    static func bytes(of v: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
}

extension TextTables {
    /// The tables in `bytes` if they were written for exactly `inputs`,
    /// are whole, and hold only indices in range; else nil.
    init?(decoding bytes: [UInt8], inputs: [UInt8], ruleCount: Int) {
        let m = Self.magic.count
        guard bytes.count >= m + 8, bytes.starts(with: Self.magic) else { return nil }
        let body = bytes[m..<(bytes.count - 8)]
        guard Self.bytes(of: Self.checksum(body)) == Array(bytes[(bytes.count - 8)...]) else { return nil }
        var r = ByteReader(body)
        guard let stored = r.bytes(), stored == inputs,
              let slots: [VocabularySlot] = r.array(), let ids = r.int() else { return nil }
        var matchers: [PhraseMatcher.Tables] = []
        for _ in Self.fields {
            guard let root: [PhraseMatcher.RootStep] = r.array(), let steps: [PhraseMatcher.Step] = r.array(),
                  let shift = r.int(), let fail: [Int32] = r.array(), let spilled: [PhraseMatcher.OutputRange] = r.array(),
                  let outputs: [PhraseMatcher.Output] = r.array() else { return nil }
            matchers.append(PhraseMatcher.Tables(
                root: root, steps: steps, stepShift: UInt64(truncatingIfNeeded: shift), fail: fail, spilled: spilled, outputs: outputs))
        }
        guard let patterns: [GapPattern] = r.array(), let segments: [Int32] = r.array(),
              let limits: [Int32] = r.array(), let owners: [SegmentOwner] = r.array(), r.isAtEnd else { return nil }
        self.init(vocabularySlots: slots, idCount: Int32(truncatingIfNeeded: ids), matchers: matchers,
                  gapPatterns: patterns, gapSegments: segments, gapLimits: limits, segmentOwners: owners)
        guard isConsistent(ruleCount: ruleCount) else { return nil }
    }
}

/// Little-endian lengths and values, and arrays of plain values as their
/// bytes: the tables are only ever read back by the build that wrote them.
private struct ByteWriter {
    var out: [UInt8] = []

    mutating func int(_ v: Int) {
        let u = UInt64(truncatingIfNeeded: v)
        for k in 0..<8 { out.append(UInt8(truncatingIfNeeded: u >> (8 * k))) }
    }

    mutating func bytes(_ b: [UInt8]) {
        int(b.count)
        out += b
    }

    mutating func string(_ s: String) { bytes(Array(s.utf8)) }

    mutating func array<T: BitwiseCopyable>(_ values: [T]) {
        int(values.count)
        values.withUnsafeBytes { out += $0 }
    }
}

private struct ByteReader {
    private let data: ArraySlice<UInt8>
    private var at: Int

    init(_ data: ArraySlice<UInt8>) {
        self.data = data
        at = data.startIndex
    }

    var isAtEnd: Bool { at == data.endIndex }

    mutating func int() -> Int? {
        guard data.endIndex - at >= 8 else { return nil }
        var u: UInt64 = 0
        for k in 0..<8 { u |= UInt64(data[at + k]) << (8 * k) }
        at += 8
        return Int(truncatingIfNeeded: u)
    }

    mutating func bytes() -> [UInt8]? {
        guard let n = int(), n >= 0, n <= data.endIndex - at else { return nil }
        defer { at += n }
        return Array(data[at..<(at + n)])
    }

    mutating func array<T: BitwiseCopyable>() -> [T]? {
        let stride = MemoryLayout<T>.stride
        guard let n = int(), n >= 0, n <= (data.endIndex - at) / stride else { return nil }
        let size = n * stride
        let values = [T](unsafeUninitializedCapacity: n) { buffer, count in
            data[at..<(at + size)].withUnsafeBytes { src in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: src)
            }
            count = n
        }
        at += size
        return values
    }
}
