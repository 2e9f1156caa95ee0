import InboxModel
import Testing
@testable import OutreachPolicy

/// Check sets written apart from the corpus, in other industries and
/// phrasings: the targets must hold on them too.
@Suite("Generalisation")
struct GeneralisationTests {
    static let sets: [(String, String)] = [
        ("health data", HealthDataCheckSet.yaml),
        ("games studio", GamesStudioCheckSet.yaml),
        ("logistics", LogisticsCheckSet.yaml),
        ("hard sincere cases", PaymentsSincereCheckSet.yaml),
        ("law firm", LawFirmCheckSet.yaml),
        ("hotel", HotelCheckSet.yaml),
        ("bank", BankCheckSet.yaml),
        ("charity", CharityCheckSet.yaml),
        ("architecture", ArchitectureCheckSet.yaml),
    ]

    @Test(arguments: 0..<9)
    func checkSetMeetsTheTargets(_ index: Int) throws {
        let (name, yaml) = Self.sets[index]
        let inbox = try FixtureDecoder.decode(yaml, format: .yaml, file: name)
        let e = Evaluation(inboxes: [(name, inbox)])
        let t = e.threadMetrics(threshold: e.threshold)
        let report = e.render()
        if t.truePositives + t.falseNegatives > 0 { #expect(t.recall >= 0.95, "\(report)") }
        #expect(t.falsePositiveRate <= 0.05, "\(report)")
        if e.invitationMetrics.total > 0 { #expect(e.invitationMetrics.accuracy >= 0.95, "\(report)") }
    }
}
