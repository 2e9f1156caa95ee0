import BundledFixtures
import InboxModel
import InboxUI
import OutreachPolicy
import Practice
import Testing

/// The bundled exercises, decoded.
func bundledExercises() throws -> [Exercise] {
    try Bundled.exercises.map { try ExerciseDecoder.decode($0.yaml, name: $0.name, file: "exercises/\($0.name).yaml") }
}

/// An exercise's inbox, as `thirsty practice` resolves bundled scenes.
func practiceScene(for exercise: Exercise) throws -> PracticeScene {
    let inbox: Inbox
    switch exercise.scene {
    case .builtin:
        inbox = try FixtureDecoder.decode(Bundled.seedInbox, format: .yaml)
    case .bundled(let name):
        let yaml = try #require((Bundled.exerciseScenes + Bundled.demos).first { $0.name == name }?.yaml, "no bundled scene \(name)")
        inbox = try FixtureDecoder.decode(yaml, format: .yaml, file: name)
    case .file(let path):
        Issue.record("bundled exercise \(exercise.name) names a file scene \(path)")
        throw ExerciseError(file: exercise.name, message: "file scene")
    }
    return try PracticeScene(exercise: exercise, scene: inbox, file: exercise.name)
}

@Suite struct BundledExerciseTests {
    @Test func atLeastEightDecodeAndCoverEveryKind() throws {
        let exercises = try bundledExercises()
        #expect(exercises.count >= 8)
        #expect(Set(exercises.map(\.kind)) == Set(Exercise.Kind.allCases))
        #expect(Set(exercises.map(\.name)).count == exercises.count)
    }

    @Test func namesDoNotCollideWithDemosOrScenes() {
        let demos = Set(Bundled.demos.map(\.name))
        let scenes = Set(Bundled.exerciseScenes.map(\.name))
        for e in Bundled.exercises {
            #expect(!demos.contains(e.name))
            #expect(!scenes.contains(e.name))
        }
        #expect(demos.isDisjoint(with: scenes))
    }

    @Test func everySceneLoadsAndThePersonCanBeWrittenTo() throws {
        for exercise in try bundledExercises() {
            let s = try practiceScene(for: exercise)
            #expect(s.inbox.person(s.person).id == exercise.person)
            if let at = exercise.at { #expect(s.at == at) }
            // Nothing after the exercise's moment is folded in.
            #expect(s.state.eventCount == s.inbox.eventCount(atOrBefore: s.at))
            #expect(!PracticeText.intro(s, number: 1, of: 1).isEmpty)
        }
    }

    @Test func theInvestmentPitchSceneEndsWithDariosAsk() throws {
        let e = try #require(try bundledExercises().first { $0.name == "answer-investment-pitch" })
        let s = try practiceScene(for: e)
        let thread = try #require(s.state.thread(with: s.person))
        #expect(thread.messages.count == 3)
        #expect(!thread.lastFromOwner)
        #expect(s.inbox.events[Int(try #require(thread.messages.last))].text.contains("invest a million dollars"))
        // Wrapped lines joined back into running text.
        let intro = PracticeText.intro(s, number: 5, of: 10).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(intro.contains("Exercise 5 of 10"))
        #expect(intro.contains("So far with Dario"))
        #expect(intro.contains("Would you like to invest a million dollars"))
    }

    @Test func theJustConnectedSceneIsFourMinutesAfterAccepting() throws {
        let e = try #require(try bundledExercises().first { $0.name == "first-message-just-connected" })
        let s = try practiceScene(for: e)
        let since = try #require(s.state.connectedSince[Int(s.person.index)])
        #expect(since.seconds(until: s.at) == 4 * 60)
        #expect(s.state.thread(with: s.person) == nil)
    }
}

@Suite struct ExerciseDecoderTests {
    private let valid = """
    version: 1
    title: "Reply to Dario"
    kind: decline
    scene: builtin
    person: dario
    at: 2026-03-12T09:30:00Z
    prompt: Reply.
    example: >-
      No, thank you.
    strong_answers:
      - Say no plainly.
    """

    @Test func decodesEveryField() throws {
        let e = try ExerciseDecoder.decode(valid, name: "x", file: "x.yaml")
        #expect(e.title == "Reply to Dario")
        #expect(e.kind == .decline)
        #expect(e.scene == .builtin)
        #expect(e.person == "dario")
        #expect(e.at == (try Timestamp.parse("2026-03-12T09:30:00Z")))
        #expect(e.example == "No, thank you.")
        #expect(e.strongAnswers == ["Say no plainly."])
    }

    @Test func atIsOptional() throws {
        let e = try ExerciseDecoder.decode(valid.replacingOccurrences(of: "at: 2026-03-12T09:30:00Z\n", with: ""), name: "x", file: "x.yaml")
        #expect(e.at == nil)
    }

    @Test func scenesAreBuiltinNamesOrPaths() {
        #expect(Exercise.SceneSource("builtin") == .builtin)
        #expect(Exercise.SceneSource("the-article") == .bundled("the-article"))
        #expect(Exercise.SceneSource("practice-studio") == .bundled("practice-studio"))
        #expect(Exercise.SceneSource("./inbox.yaml") == .file("./inbox.yaml"))
        #expect(Exercise.SceneSource("inbox.json") == .file("inbox.json"))
        #expect(Exercise.SceneSource("../inboxes/sales") == .file("../inboxes/sales"))
    }

    private func error(_ yaml: String) -> ExerciseError? {
        do {
            _ = try ExerciseDecoder.decode(yaml, name: "x", file: "x.yaml")
            return nil
        } catch {
            return error
        }
    }

    @Test func unknownFieldsAreErrorsWithTheirLine() throws {
        let e = try #require(error(valid.replacingOccurrences(of: "prompt:", with: "promt:")))
        #expect(e.field == "promt")
        #expect(e.line == 7)
        #expect(e.description.hasPrefix("x.yaml:7: promt: unknown field"))
    }

    @Test func missingFieldsAreNamed() throws {
        let e = try #require(error(valid.replacingOccurrences(of: "person: dario\n", with: "")))
        #expect(e.field == "person")
        #expect(e.message == "missing")
    }

    @Test func badValuesAreExplained() throws {
        let kind = try #require(error(valid.replacingOccurrences(of: "kind: decline", with: "kind: rant")))
        #expect(kind.field == "kind")
        #expect(kind.message.contains("first-message"))
        let at = try #require(error(valid.replacingOccurrences(of: "2026-03-12T09:30:00Z", with: "yesterday")))
        #expect(at.field == "at")
        let empty = try #require(error(valid.replacingOccurrences(of: "  - Say no plainly.", with: "  - ''")))
        #expect(empty.field == "strong_answers[0]")
        let notAList = try #require(error(valid.replacingOccurrences(of: "strong_answers:\n  - Say no plainly.", with: "strong_answers: Say no")))
        #expect(notAList.field == "strong_answers")
        let blank = try #require(error(valid.replacingOccurrences(of: "prompt: Reply.", with: "prompt: ' '")))
        #expect(blank.field == "prompt")
        #expect(blank.message == "is empty")
        let version = try #require(error(valid.replacingOccurrences(of: "version: 1", with: "version: 2")))
        #expect(version.field == "version")
    }

    @Test func notAMappingOrNotYAML() {
        #expect(error("- a list") != nil)
        #expect(error("title: [unclosed") != nil)
        #expect(error("") != nil)
        #expect((try? ExerciseDecoder.decode([0xFF, 0xFE], name: "x", file: "x.yaml")) == nil)
    }

    @Test func aSceneMustKnowThePerson() throws {
        let inbox = try FixtureDecoder.decode(Bundled.seedInbox, format: .yaml)
        var e = try ExerciseDecoder.decode(valid, name: "x", file: "x.yaml")
        e.person = "nobody"
        #expect(throws: ExerciseError.self) { try PracticeScene(exercise: e, scene: inbox, file: "x.yaml") }
        e.person = "me"
        #expect(throws: ExerciseError.self) { try PracticeScene(exercise: e, scene: inbox, file: "x.yaml") }
        // Mai's invitation is still pending: nobody to write to yet.
        e.person = "mai"
        e.at = nil
        #expect(throws: ExerciseError.self) { try PracticeScene(exercise: e, scene: inbox, file: "x.yaml") }
    }
}

@Suite struct PracticeSummaryTests {
    private func feedback(_ relax: CoachFeedback.Status, _ value: CoachFeedback.Status, _ sincere: CoachFeedback.Status, flagged: Bool = false) -> CoachFeedback {
        CoachFeedback(
            rules: [
                .init(rule: .relax, status: relax, advice: []),
                .init(rule: .value, status: value, advice: []),
                .init(rule: .sincere, status: sincere, advice: []),
            ],
            flagged: flagged, score: 0, threshold: 5, stages: [])
    }

    @Test func talliesPassRatesPerRule() throws {
        let e = try #require(try bundledExercises().first)
        let summary = PracticeSummary(attempts: [
            PracticeAttempt(exercise: e, answer: "a", feedback: feedback(.pass, .pass, .pass)),
            PracticeAttempt(exercise: e, answer: "b", feedback: feedback(.fail, .warn, .pass, flagged: true)),
            PracticeAttempt(exercise: e, answer: "c", feedback: feedback(.pass, .fail, .fail)),
            PracticeAttempt(exercise: e, answer: "d", feedback: feedback(.warn, .pass, .pass)),
        ])
        #expect(summary.tally(for: .relax) == PracticeSummary.Tally(pass: 2, warn: 1, fail: 1))
        #expect(summary.tally(for: .value).passRate == 0.5)
        #expect(summary.tally(for: .sincere).passRate == 0.75)
        #expect(summary.clean == 1)
        #expect(summary.flagged == 1)
        let text = PracticeText.summary(summary)
        #expect(text.contains("4 attempts, 1 with every rule passed, 1 that would be flagged"))
        #expect(text.contains("Relax    2/4 passed (50%)   1 warn, 1 fail"))
        #expect(text.contains("Sincere  3/4 passed (75%)"))
    }

    @Test func anEmptySessionSaysSo() {
        #expect(PracticeText.summary(PracticeSummary()).contains("No answers were scored"))
    }

    @Test func feedbackTextUsesMarksAndWords() throws {
        let e = try #require(try bundledExercises().first)
        var f = feedback(.pass, .warn, .fail, flagged: true)
        f.rules[2].advice = ["'truly an honour' reads as flattery\u{1B}[2J"]
        let text = PracticeText.feedback(PracticeAttempt(exercise: e, answer: "x", feedback: f))
        #expect(text.contains("✓ Relax    pass"))
        #expect(text.contains("! Value    warn"))
        #expect(text.contains("✗ Sincere  fail"))
        #expect(text.contains("'truly an honour' reads as flattery"))
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("FLAGGED"))
        #expect(text.contains("What strong answers do"))
        #expect(text.contains(e.strongAnswers[0].prefix(20)))
    }
}
