import ScreenKit

/// The last row: the search prompt, a question, feedback, or key hints for
/// the current mode (neomutt's help line).
enum StatusBarView {
    static func draw(_ state: AppState, into screen: inout Screen, row: Int) {
        let line = Rect(x: 0, y: row, width: screen.width, height: 1)
        switch state.mode {
        case .search:
            screen.fill(line, style: Theme.status)
            let prompt = "/" + state.search.query
            let x = screen.put(prompt, x: 0, y: row, style: Theme.status)
            screen.put(" ", x: x, y: row, style: Theme.selected.merged(with: .bold))
            if state.search.waiting != nil {
                screen.put("  searching… (indexing the inbox)", x: x + 1, y: row, style: Theme.status)
            } else if state.search.failed {
                screen.put("  no match", x: x + 1, y: row, style: Theme.statusError)
            }
            return
        case .confirm(.sendFlagged):
            screen.fill(line, style: Theme.status)
            let questions = [" The coach would flag this: send anyway? [y/n]", " Coach would flag: send? [y/n]"]
            let question = questions.first { $0.displayWidth <= screen.width } ?? questions[questions.count - 1]
            screen.put(question, x: 0, y: row, style: Theme.statusError)
            return
        case .limit:
            LimitPromptView.draw(state, into: &screen, line: line)
            return
        case .confirm(.applyPolicyToAll(let accept, let ignore)):
            screen.fill(line, style: Theme.status)
            // The answer keys must show at any width, so narrow screens get the short question.
            let answers = "accept \(accept), ignore \(ignore)? [y/n]"
            let questions = [" Apply the policy to every pending invitation: " + answers, " Apply the policy: " + answers, " " + answers.prefix(1).uppercased() + answers.dropFirst()]
            let question = questions.first { $0.displayWidth <= screen.width } ?? questions[questions.count - 1]
            screen.put(question, x: 0, y: row, style: Theme.statusError)
            return
        default:
            break
        }
        // The list's position is in its frame's bottom edge (`InboxScreen.drawList`).
        drawStatusOrHints(state.status, hints: hints(state), into: &screen, row: row)
    }

    /// The status message if there is one, else the key hints that fit.
    static func drawStatusOrHints(_ status: StatusLine?, hints: [(String, String)], into screen: inout Screen, row: Int) {
        let line = Rect(x: 0, y: row, width: screen.width, height: 1)
        if let status {
            let style: Style
            switch status.kind {
            case .error, .warning: style = Theme.statusError
            case .success: style = Theme.statusSuccess
            case .info: style = Theme.status
            }
            screen.fill(line, style: style)
            screen.put(" " + status.text, x: 0, y: row, style: style)
            return
        }
        screen.fill(line, style: Theme.status)
        var x = 0
        for (keys, what) in fitting(hints, width: screen.width) {
            x += screen.put(" " + keys + " ", x: x, y: row, style: Theme.key)
            x += screen.put(" " + what + " ", x: x, y: row, style: Theme.status)
        }
    }

    /// The hints that fit whole, dropping from the end but keeping the
    /// last one (help), so a narrow screen never shows "/  se" and always
    /// says how to find the rest.
    static func fitting(_ hints: [(String, String)], width: Int) -> [(String, String)] {
        func size(_ h: (String, String)) -> Int { h.0.displayWidth + h.1.displayWidth + 4 }
        var kept = hints
        while kept.count > 1, kept.reduce(0, { $0 + size($1) }) > width {
            kept.remove(at: kept.count - 2)
        }
        return kept.reduce(0, { $0 + size($1) }) > width ? [] : kept
    }

    /// The key table's hints for the current context and view.
    static func hints(_ state: AppState) -> [(String, String)] { state.keys.hints(for: state) }
}
