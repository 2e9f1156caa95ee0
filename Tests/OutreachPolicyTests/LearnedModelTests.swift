import Foundation
import InboxModel
import Testing
@testable import OutreachPolicy

/// The learned rule's classifier: training, the shipped model, probabilities.
@Suite("Learned model")
struct LearnedModelTests {
    static var root: String {
        #filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(3).joined(separator: "/")
    }

    /// Every labelled thread of the corpus the shipped model is trained on:
    /// `Fixtures/corpus` and its subfolders, except `blind/` (held out so
    /// the blind figures stay honest) and hidden ones.
    static func corpusExamples() throws -> [LearnedExample] {
        let base = root + "/Fixtures/corpus"
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [String] = []
        while let item = walker.nextObject() as? String {
            let parts = item.split(separator: "/")
            if parts.contains(where: { $0.hasPrefix(".") || $0 == "blind" }) { continue }
            if [".yaml", ".yml", ".json"].contains(where: { item.lowercased().hasSuffix($0) }) { files.append(base + "/" + item) }
        }
        var out: [LearnedExample] = []
        for file in files.sorted() { out += LearnedTrainer.examples(in: try FixtureLoader.load(path: file)) }
        return out
    }

    static func probability(_ model: LearnedModel, _ texts: [String]) -> Double {
        model.probability(logOdds: texts.reduce(0) { $0 + Double(model.score(text: $1).logOdds) })
    }

    @Test func theShippedModelIsTheCorpusRetrained() throws {
        let examples = try Self.corpusExamples()
        try #require(examples.count >= 20)
        let rebuilt = LearnedModelFile.encode(LearnedTrainer.counts(examples))
        let onDisk = try String(contentsOfFile: Self.root + "/Sources/OutreachPolicy/Learned/model.tsv", encoding: .utf8)
        let shipped = String(decoding: PackageResources.model_tsv, as: UTF8.self)
        #expect(rebuilt == onDisk, "the shipped model is stale: run `\(LearnedModelFile.rebuildCommand)`")
        #expect(rebuilt == shipped, "the binary embeds an older model.tsv than the one on disk")
        #expect(LearnedModel.shipped != nil)
    }

    @Test func trainingIsDeterministicAndIgnoresOrder() throws {
        let examples = try Self.corpusExamples()
        let once = LearnedModelFile.encode(LearnedTrainer.counts(examples))
        #expect(LearnedModelFile.encode(LearnedTrainer.counts(examples)) == once)
        #expect(LearnedModelFile.encode(LearnedTrainer.counts(examples.reversed())) == once)
        var rng = LearnedShuffleRandom(seed: 7)
        #expect(LearnedModelFile.encode(LearnedTrainer.counts(examples.shuffled(using: &rng))) == once)
    }

    @Test func theModelFileRoundTrips() throws {
        let counts = LearnedTrainer.counts(try Self.corpusExamples())
        #expect(try LearnedModelFile.decode(LearnedModelFile.encode(counts)) == counts)
        #expect(throws: LearnedModelFile.FormatError.self) { try LearnedModelFile.decode("threads\t1\t1\n") }
        #expect(throws: LearnedModelFile.FormatError.self) {
            try LearnedModelFile.decode("# thirsty learned model v1\nthreads\t1\t1\nfeatures\t2\t2\n1\t0\tone two three\tx\n")
        }
        // A count is decimal digits, nothing else.
        for bad in ["+1", "-1", "1.0", "", "x"] {
            #expect(throws: LearnedModelFile.FormatError.self) {
                try LearnedModelFile.decode("# thirsty learned model v1\nthreads\t1\t1\nfeatures\t2\t2\n\(bad)\t0\tone\tOne\n")
            }
        }
        // A file edited by hand out of order reads as if sorted.
        let edited = try LearnedModelFile.decode("# thirsty learned model v1\nthreads\t1\t1\nfeatures\t2\t2\n1\t0\tzebra\tZebra\n0\t1\tant\tAnt\n")
        #expect(edited.features.map(\.words) == [["ant"], ["zebra"]])
    }

    /// A model trained on a handful of crafted threads judges new text
    /// by the words it shares with them.
    static let crafted: [LearnedExample] = [
        LearnedExample(label: .thirsty, texts: ["Exclusive offer just for you: our growth package, book a slot today.",
                                                "Did you see my last message? The exclusive offer ends Friday."]),
        LearnedExample(label: .thirsty, texts: ["Truly an honour to connect. Book a slot for a quick call about our package?"]),
        LearnedExample(label: .thirsty, texts: ["Our growth package doubles revenue. Exclusive discount, book a slot now."]),
        LearnedExample(label: .sincere, texts: ["Your post on rota planning made me rethink our night shifts. How did you handle handovers?"]),
        LearnedExample(label: .sincere, texts: ["Thanks for the talk on rota planning. Which tool did your team use for handovers?"]),
        LearnedExample(label: .sincere, texts: ["I read your post about handovers; we tried the same on our ward and it worked."]),
    ]

    @Test func probabilitiesFollowTheWordsTaught() {
        let model = LearnedModel(counts: LearnedTrainer.counts(Self.crafted))
        let pitch = Self.probability(model, ["An exclusive growth package for you. Book a slot?"])
        let question = Self.probability(model, ["Loved your post on rota planning. How do you run handovers?"])
        let neutral = Self.probability(model, ["Zebra quartz"])
        #expect(pitch > 0.95, "\(pitch)")
        #expect(question < 0.05, "\(question)")
        #expect(abs(neutral - 0.5) < 0.01, "\(neutral)")
        #expect(LearnedBand.index(of: pitch).map { LearnedBand.all[$0].id } == "LEARNED_THIRSTY_99")
        #expect(LearnedBand.index(of: neutral) == nil)
    }

    @Test func theShippedModelSeparatesAPitchFromAQuestion() throws {
        let model = try #require(LearnedModel.shipped)
        let pitch = Self.probability(model, [
            "Hi, I came across your profile and was truly impressed. Would love to hop on a quick Zoom call.",
            "Just following up on my last message. Perhaps you did not see it?",
            "We help companies like yours grow revenue with our proven solution. Limited offer this month.",
        ])
        let question = Self.probability(model, [
            "I read your post about the migration and had a question: how did you handle the data checks before the cutover?",
        ])
        #expect(pitch > 0.8, "\(pitch)")
        #expect(question < 0.2, "\(question)")
    }

    @Test func teachingsMoveTheModelTowardTheirLabel() {
        let model = LearnedModel(counts: LearnedTrainer.counts(Self.crafted))
        let text = ["Our allotment co-op sells seedlings; reply to reserve your tray."]
        let before = Self.probability(model, text)
        let taught = model.teaching(TeachingLog.counts([
            Teaching(kind: .teach, id: 1, label: .thirsty, source: "a.yaml", person: "p", name: "P", texts: text),
        ]))
        let after = Self.probability(taught, text)
        #expect(after > before + 0.3, "\(before) -> \(after)")
        let unlearned = taught.teaching(LearnedCounts())
        #expect(unlearned === taught)
    }
}

/// A small seeded generator, so shuffles are the same on every run.
struct LearnedShuffleRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
