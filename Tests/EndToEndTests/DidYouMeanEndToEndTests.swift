import Foundation
import Testing

/// A mistyped demo, exercise or person id gets the closest real one in the
/// one-line error, with the usual sysexits status.
@Suite(.terminalSlot) struct DidYouMeanEndToEndTests {
    static func run(_ arguments: [String]) throws -> Spawn.Result {
        try Spawn.run(TmuxSession.binary, arguments, timeout: .seconds(120))
    }

    static func oneLine(_ result: Spawn.Result) -> String {
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        return lines.first.map(String.init) ?? ""
    }

    @Test func aMistypedDemoName() throws {
        let result = try Self.run(["demo", "cold-pich", "--plain"])
        #expect(result.status == 64)
        #expect(Self.oneLine(result) == "thirsty: no demo named \"cold-pich\"; did you mean cold-pitch? (`thirsty demo` lists them; or give a fixture file)")
    }

    @Test func aNameFarFromEveryDemoListsThemAll() throws {
        let result = try Self.run(["demo", "zzzzzzzz"])
        #expect(result.status == 64)
        let line = Self.oneLine(result)
        #expect(!line.contains("did you mean"))
        #expect(line.contains("the-article, a-good-sequence"))
    }

    @Test func aMistypedExerciseName() throws {
        let result = try Self.run(["practice", "decline-sales-pich", "--list"])
        #expect(result.status == 66)
        #expect(Self.oneLine(result).contains("did you mean decline-sales-pitch?"))
    }

    @Test func aMistypedPersonID() throws {
        let result = try Self.run(["coach", "--with", "daro", "--draft", "Hello"])
        #expect(result.status == 64)
        #expect(Self.oneLine(result) == "thirsty: --with daro: is not in the built-in inbox; did you mean dario?")
    }

    /// `thirsty demos`: not a file, but close to a subcommand.
    @Test func aWordCloseToASubcommand() throws {
        let result = try Self.run(["demos"])
        #expect(result.status == 64)
        #expect(Self.oneLine(result).contains("did you mean demo?"))
    }
}
