import Testing
import Shared

@Suite("Score format: one decimal everywhere")
struct ScoreFormatTests {
    @Test(arguments: [
        (6.0, "6.0"), (2.25, "2.3"), (-1.5, "-1.5"), (-1.25, "-1.3"), (0.0, "0.0"), (-0.04, "0.0"),
        (0.05, "0.1"), (9.5, "9.5"), (2.2499999999, "2.3"), (2.24, "2.2"), (10.0, "10.0"), (123.45, "123.5"),
    ])
    func oneDecimal(_ value: Double, _ shown: String) {
        #expect(formatScore(value) == shown)
    }

    @Test("screens and JSON reports print a score the same way")
    func jsonAgrees() {
        for x in stride(from: -10.0, through: 10.0, by: 0.05) {
            #expect(JSONWriter.score(x) == formatScore(x))
        }
        #expect(JSONWriter.score(.nan) == "null")
        #expect(JSONWriter.score(.infinity) == "null")
    }

    @Test("huge values do not trap")
    func huge() {
        #expect(!formatScore(1e300).isEmpty)
        #expect(!formatScore(-.infinity).isEmpty)
    }

    @Test(arguments: [
        (0.9684, 3, "0.968"), (1.0, 3, "1.000"), (-0.5, 1, "-0.5"), (-0.04, 1, "0.0"), (12.345, 0, "12"), (0.05, 2, "0.05"),
    ])
    func fixedDecimals(_ value: Double, _ digits: Int, _ shown: String) {
        #expect(fixed(value, digits: digits) == shown)
    }

    @Test func fixedNotFinite() {
        #expect(fixed(.nan) == "0")
    }
}
