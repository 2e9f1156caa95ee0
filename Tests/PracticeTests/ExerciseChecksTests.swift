import BundledFixtures
import InboxModel
import OutreachPolicy
import Practice
import Testing

/// The bundled exercises, decoded, each with its scene.
func bundledScenes() throws -> [PracticeScene] {
    try Bundled.exercises.map { entry in
        let exercise = try ExerciseDecoder.decode(entry.yaml, name: entry.name, file: "exercises/\(entry.name).yaml")
        let inbox: Inbox
        switch exercise.scene {
        case .builtin:
            inbox = try FixtureDecoder.decode(Bundled.seedInbox, format: .yaml)
        case .bundled(let name):
            let yaml = try #require((Bundled.exerciseScenes + Bundled.demos).first { $0.name == name }?.yaml, "no bundled scene \(name)")
            inbox = try FixtureDecoder.decode(yaml, format: .yaml, file: name)
        case .file(let path):
            throw ExerciseError(file: exercise.name, message: "a bundled exercise names a file scene \(path)")
        }
        return try PracticeScene(exercise: exercise, scene: inbox, file: exercise.name)
    }
}

@Suite struct ExerciseChecksTests {
    static let policy = Policy()

    /// The suite runs every example answer of every exercise: the strong
    /// example and each must-pass answer pass, each must-fail answer fails.
    @Test func everyExampleAnswerComesOutAsTheFileSays() throws {
        for scene in try bundledScenes() {
            let e = scene.exercise
            for answer in [e.example] + e.mustPass {
                let v = scene.judge(answer, policy: Self.policy)
                #expect(v.passed, "\(e.name) should accept \"\(answer)\": \(v.reasons)")
            }
            for answer in e.mustFail {
                let v = scene.judge(answer, policy: Self.policy)
                #expect(!v.passed, "\(e.name) should refuse \"\(answer)\"")
            }
        }
    }

    @Test func everyBundledExerciseHasChecksAndExamplesBothWays() throws {
        let scenes = try bundledScenes()
        #expect(scenes.count >= 14)
        for s in scenes {
            #expect(!s.exercise.checks.isEmpty, "\(s.exercise.name) has no checks")
            #expect(!s.exercise.mustPass.isEmpty, "\(s.exercise.name) has no must_pass answers")
            #expect(!s.exercise.mustFail.isEmpty, "\(s.exercise.name) has no must_fail answers")
        }
    }

    /// Each must-fail answer of a check-bearing exercise that the coach
    /// alone would let through is caught by the exercise's own checks: the
    /// checks are what hold the learner to the exercise.
    @Test func checksCatchWhatTheCoachLetsThrough() throws {
        var caughtOnlyByChecks = 0
        for scene in try bundledScenes() {
            for answer in scene.exercise.mustFail {
                var v = scene.judge(answer, policy: Self.policy)
                let byChecks = v.checks.contains { !$0.passed }
                v.checks = []
                if !v.passed { continue }
                #expect(byChecks, "\(scene.exercise.name): \"\(answer)\"")
                caughtOnlyByChecks += 1
            }
        }
        #expect(caughtOnlyByChecks >= 5)
    }

    @Test func everyDemoSceneHasAnExercise() throws {
        let used = Set(try bundledScenes().compactMap { s -> String? in
            if case .bundled(let name) = s.exercise.scene { return name }
            return nil
        })
        // fake-profile's scene is two invitations; its one connection (a
        // student) is what the exercise writes to.
        for demo in Bundled.demos.map(\.name) { #expect(used.contains(demo), "no exercise set in the \(demo) demo") }
    }

    @Test func checksReadRulesTheRulebookHas() {
        let book = Rulebook.default
        let all: [ExerciseCheck] = [.declines, .noSarcasm, .asksQuestion, .offers, .noCall, .noPitch, .maxWords(10)]
        #expect(all.map(\.name) == ExerciseCheck.names)
        for check in all {
            for id in check.ruleIDs { #expect(book.rule(id) != nil, "\(check.name) reads \(id), which the rulebook lacks") }
        }
    }

    /// The two answers the issue saw accepted.
    @Test func declineClearlyRefusesLaterAndNoSarcasmRefusesALecture() throws {
        let scenes = try bundledScenes()
        let decline = try #require(scenes.first { $0.exercise.checks.contains(.declines) })
        #expect(!decline.judge("later", policy: Self.policy).passed)
        #expect(!decline.judge("Maybe later.", policy: Self.policy).passed)
        let calm = try #require(scenes.first { $0.exercise.checks.contains(.noSarcasm) })
        let lecture = "Newsflash: nobody invests a million dollars from a LinkedIn message. Maybe do your homework before pitching strangers."
        let v = calm.judge(lecture, policy: Self.policy)
        #expect(!v.passed)
        #expect(v.checks.contains { $0.check == .noSarcasm && !$0.passed })
    }

    @Test func eachCheckReadsTheEngine() {
        let book = Rulebook.default
        func holds(_ c: ExerciseCheck, _ text: String) -> Bool { c.evaluate(book.signals(onMessage: text)).passed }
        #expect(holds(.declines, "Thanks, but we'll pass on this one."))
        #expect(!holds(.declines, "later"))
        #expect(!holds(.declines, "No thanks for now, maybe later."))
        #expect(!holds(.noSarcasm, "Good luck with that."))
        #expect(holds(.noSarcasm, "Thanks, but I'll pass."))
        #expect(holds(.asksQuestion, "How did you decide which onboarding steps to cut first?"))
        #expect(!holds(.asksQuestion, "Interested?"))
        #expect(holds(.offers, "Here's the link to the checklist we used for the migration."))
        #expect(!holds(.offers, "Let me know what you think."))
        #expect(!holds(.noCall, "Are you free for a quick call next week?"))
        #expect(holds(.maxWords(5), "Thanks, but I'll pass."))
        #expect(!holds(.maxWords(3), "Thanks, but I'll pass on this."))
    }
}

@Suite struct ExerciseCheckDecodingTests {
    private let base = """
    title: t
    kind: decline
    scene: builtin
    person: dario
    prompt: p
    example: e
    strong_answers: [s]
    """

    @Test func checksAndExamplesDecode() throws {
        let e = try ExerciseDecoder.decode(base + "\nchecks: [declines, no-sarcasm, {max-words: 40}]\nmust_pass: [a]\nmust_fail: [b, c]", name: "x", file: "x.yaml")
        #expect(e.checks == [.declines, .noSarcasm, .maxWords(40)])
        #expect(e.mustPass == ["a"])
        #expect(e.mustFail == ["b", "c"])
    }

    @Test func theyAreOptional() throws {
        let e = try ExerciseDecoder.decode(base, name: "x", file: "x.yaml")
        #expect(e.checks.isEmpty && e.mustPass.isEmpty && e.mustFail.isEmpty)
    }

    @Test func badChecksAreExplained() {
        func error(_ extra: String) -> ExerciseError? {
            do {
                _ = try ExerciseDecoder.decode(base + "\n" + extra, name: "x", file: "x.yaml")
                return nil
            } catch { return error }
        }
        #expect(error("checks: [be-nice]")?.message.contains("declines, no-sarcasm") == true)
        #expect(error("checks: [be-nice]")?.field == "checks[0]")
        #expect(error("checks: [{max-words: lots}]")?.message.contains("whole number") == true)
        #expect(error("checks: [{max-words: 0}]") != nil)
        #expect(error("checks: [declines, declines]")?.message.contains("twice") == true)
        #expect(error("checks: declines")?.field == "checks")
        #expect(error("must_fail: later")?.field == "must_fail")
        #expect(error("must_pass: ['']")?.field == "must_pass[0]")
    }
}
