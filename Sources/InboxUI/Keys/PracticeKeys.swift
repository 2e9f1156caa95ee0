import ScreenKit

/// The practice screen's bindings, part of the standard key table. The
/// answer is written with the compose editor's keys (see `EditDraft`).
extension StandardKeys {
    static let practice: [KeyBinding] = [
        KeyBinding(.practice, [.ctrl("d")], Command(PracticeStep.self, "submit"), "Submit the answer", hint: Hint("submit", order: 0)),
        KeyBinding(.practice, [.esc], Command(PracticeStep.self, "end"), "End the session (the summary)", hint: Hint("end", order: 2)),
        KeyBinding(.practice, [.function(1)], Command(ToggleHelp.self), "This help", hint: Hint("help", order: 9)),
        KeyBinding(.practiceVerdict, [.char("r")], Command(PracticeStep.self, "retry"), "Retry: edit the answer and submit again", hint: Hint("retry", order: 0)),
        KeyBinding(.practiceVerdict, [.char("n")], Command(PracticeStep.self, "next"), "Next exercise", hint: Hint("next", order: 1)),
        KeyBinding(.practiceVerdict, [.char("q")], Command(PracticeStep.self, "end"), "End the session (the summary)", hint: Hint("summary", order: 2)),
        KeyBinding([.practiceVerdict, .practiceSummary], [.char("j"), .down], Command(PracticeStep.self, "down"), "Scroll down", hints: [Hint("scroll", order: 3)]),
        KeyBinding([.practiceVerdict, .practiceSummary], [.char("k"), .up], Command(PracticeStep.self, "up"), "Scroll up", hints: [Hint("scroll", order: 3)]),
        KeyBinding([.practiceVerdict, .practiceSummary], [.char("?"), .function(1)], Command(ToggleHelp.self), "This help", hints: [Hint("help", order: 9)]),
        KeyBinding(.practiceSummary, [.char("q"), .esc, .enter], Command(PracticeStep.self, "quit"), "Quit", hint: Hint("quit", order: 0, allKeys: false)),
    ]
}
