import InboxModel
import OutreachPolicy
import Practice

extension AppState {
    /// A practice session: each exercise's scene becomes the session, and
    /// the answer is written in the compose editor with the coach live.
    /// Nil with no exercises.
    public init?(practice scenes: [PracticeScene], policy: Policy = Policy(), savesProgress: Bool, width: Int = 80, height: Int = 24) {
        guard let first = scenes.first else { return nil }
        self.init(session: InboxSession(inbox: first.inbox, policy: policy), width: width, height: height)
        practice = PracticeState(scenes: scenes, savesProgress: savesProgress)
        beginExercise(0, draft: "")
    }

    /// Sets the scene of exercise `i` and opens an empty answer.
    mutating func beginExercise(_ i: Int, draft: String) {
        guard var p = practice, p.scenes.indices.contains(i) else { return }
        let scene = p.scenes[i]
        if i != p.index || session.inbox.now != scene.at || folded.eventCount != scene.state.eventCount {
            session = InboxSession(inbox: scene.inbox, policy: policy)
        }
        p.index = i
        p.phase = .writing
        p.attempt = nil
        p.strong = nil
        p.attemptSaved = false
        p.scroll = 0
        practice = p
        var c = ComposeState(person: scene.person, draft: draft)
        c.feedback = review(c)
        compose = c
        mode = .list
    }

    /// `C-d`: scores the answer (the exercise's checks and the coach),
    /// shows the verdict beside the strong answer, and asks the runtime to
    /// save the result.
    mutating func submitPractice() -> [Effect] {
        guard var p = practice, p.phase == .writing, let c = compose else { return [] }
        let answer = String(c.editor.text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        guard !answer.isEmpty else {
            status = StatusLine("Nothing to submit yet: write your answer first", kind: .warning)
            return []
        }
        let scene = p.scene
        let attempt = scene.attempt(answer, policy: policy)
        p.attempt = attempt
        p.strong = scene.judge(scene.exercise.example, policy: policy)
        p.tries += 1
        p.summary.add(attempt)
        p.phase = .verdict
        p.scroll = 0
        p.attemptSaved = false
        practice = p
        guard p.savesProgress, let verdict = attempt.verdict else {
            status = nil
            return []
        }
        status = StatusLine("Saving to your progress…")
        return [.savePractice(PracticeResult(at: scene.at, exercise: scene.exercise.name, verdict: verdict))]
    }

    /// The runtime has the latest result on disk.
    mutating func practiceSaved() {
        guard var p = practice else { return }
        p.saved += 1
        p.attemptSaved = true
        practice = p
        status = StatusLine("Saved to your progress", kind: .success)
    }

    /// `r`: back to the editor with the answer as it was, to change it.
    mutating func retryPractice() -> [Effect] {
        guard let p = practice, p.phase == .verdict else { return [] }
        beginExercise(p.index, draft: p.attempt?.answer ?? compose?.editor.text ?? "")
        status = StatusLine("Try again: edit your answer, then C-d")
        return []
    }

    /// `n`: the next exercise, or the summary after the last.
    mutating func nextPractice() -> [Effect] {
        guard var p = practice, p.phase != .summary else { return [] }
        p.tries = 0
        practice = p
        if p.isLast {
            endPractice()
        } else {
            beginExercise(p.index + 1, draft: "")
            status = nil
        }
        return []
    }

    /// `q` (or Esc while writing): the summary.
    mutating func endPractice() {
        guard var p = practice else { return }
        p.phase = .summary
        p.scroll = 0
        practice = p
        compose = nil
        status = nil
    }

    mutating func scrollPractice(by delta: Int) {
        guard var p = practice else { return }
        let limit = p.phase == .verdict ? PracticeView.verdictMaxScroll(self) : PracticeView.summaryMaxScroll(self)
        p.scroll = max(0, min(limit, p.scroll + delta))
        practice = p
    }
}
