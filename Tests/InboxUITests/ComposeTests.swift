import BundledFixtures
import InboxModel
import InboxUI
import ScreenKit
import Testing

/// The built-in inbox in the browser, at a given terminal size.
func composeFixtureState(width: Int = 120, height: Int = 40) throws -> AppState {
    let inbox = try FixtureDecoder.decode(Bundled.seedInbox, format: .yaml, file: Bundled.seedInboxName)
    var state = AppState(inbox: inbox, width: width, height: height)
    _ = state.update(.resize(width: width, height: height))
    return state
}

extension AppState {
    /// Switches to `view` and moves the cursor onto the person with `id`.
    mutating func selectPerson(_ id: String, in view: InboxView) throws {
        _ = update(.command(view == .messages ? .showMessages : view == .network ? .showNetwork : .showInvitations))
        let target = try #require(inbox.ref(forPersonID: id))
        _ = update(.command(.top))
        for _ in 0..<visibleRows.count where selectedPerson != target { _ = update(.command(.moveDown)) }
        try #require(selectedPerson == target, "\(id) is not listed in \(view.title)")
    }

    /// Sends each character of `text` as a key, as a terminal would.
    @discardableResult
    mutating func typeDraft(_ text: String) -> [Effect] {
        var effects: [Effect] = []
        for c in text { effects += update(.key(c == "\n" ? .enter : .char(c))) }
        return effects
    }

    func personRef(_ id: String) -> PersonRef? { inbox.ref(forPersonID: id) }
}

@Suite struct ComposeFlowTests {
    @Test func replyOnAThreadOpensComposeForThatPerson() throws {
        var s = try composeFixtureState()
        try s.selectPerson("hana", in: .messages)
        _ = s.update(.key(.char("r")))
        #expect(s.mode == .compose)
        #expect(s.compose?.person == s.personRef("hana"))
        #expect(s.compose?.editor.isEmpty == true)
    }

    @Test func replyOnAConnectionWithNoThreadOpensAFirstMessage() throws {
        var s = try composeFixtureState()
        try s.selectPerson("yusuf", in: .network)
        let yusuf = try #require(s.personRef("yusuf"))
        #expect(s.folded.thread(with: yusuf) == nil)
        _ = s.update(.key(.char("r")))
        #expect(s.mode == .compose)
        #expect(s.compose?.person == yusuf)
    }

    @Test func replyOnAnInvitationSaysToAcceptFirst() throws {
        var s = try composeFixtureState()
        try s.selectPerson("mai", in: .invitations)
        _ = s.update(.key(.char("r")))
        #expect(s.mode == .list)
        #expect(s.compose == nil)
        #expect(s.status?.text.contains("Accept") == true)
    }

    @Test func enterInsertsANewlineAndDoesNotSend() throws {
        var s = try composeFixtureState()
        try s.selectPerson("hana", in: .messages)
        _ = s.update(.key(.char("r")))
        let events = s.inbox.events.count
        s.typeDraft("line one\nline two")
        #expect(s.compose?.editor.text == "line one\nline two")
        #expect(s.mode == .compose)
        #expect(s.inbox.events.count == events)
    }

    @Test func escKeepsTheDraftForThatPersonOnly() throws {
        var s = try composeFixtureState()
        try s.selectPerson("hana", in: .messages)
        _ = s.update(.key(.char("r")))
        s.typeDraft("Half a thought")
        let effects = s.update(.key(.esc))
        #expect(s.mode == .list)
        #expect(effects == [.persistDraft(person: "hana", text: "Half a thought")])
        #expect(s.drafts[try #require(s.personRef("hana"))] == "Half a thought")

        try s.selectPerson("kwame", in: .messages)
        _ = s.update(.key(.char("r")))
        #expect(s.compose?.editor.isEmpty == true)
        _ = s.update(.key(.esc))

        try s.selectPerson("hana", in: .messages)
        _ = s.update(.key(.char("r")))
        #expect(s.compose?.editor.text == "Half a thought")
        #expect(s.compose?.editor.cursor == "Half a thought".count)
    }

    @Test func closingAnEmptyDraftForgetsIt() throws {
        var s = try composeFixtureState()
        try s.selectPerson("hana", in: .messages)
        _ = s.update(.key(.char("r")))
        s.typeDraft("gone")
        _ = s.update(.key(.ctrl("u")))
        let effects = s.update(.key(.esc))
        #expect(effects == [.persistDraft(person: "hana", text: "")])
        #expect(s.drafts.isEmpty)
    }

    @Test func ctrlDSendsAsTheOwnerAtTheSimulatedNow() throws {
        var s = try composeFixtureState()
        try s.selectPerson("hana", in: .messages)
        let hana = try #require(s.personRef("hana"))
        _ = s.update(.key(.char("r")))
        s.typeDraft("  How did the cut turn out?\n")
        let before = try #require(s.folded.thread(with: hana)).messages.count
        let effects = s.answering(.key(.ctrl("d")))

        #expect(s.mode == .list)
        #expect(s.compose == nil)
        #expect(s.view == .messages)
        #expect(s.selectedPerson == hana)
        let thread = try #require(s.folded.thread(with: hana))
        #expect(thread.messages.count == before + 1)
        #expect(thread.lastFromOwner)
        let sent = s.inbox.events[Int(try #require(thread.messages.last))]
        #expect(sent.type == .message)
        #expect(sent.actor.isOwner)
        #expect(sent.subject == hana)
        #expect(sent.at == s.inbox.now)
        #expect(sent.text == "How did the cut turn out?")
        #expect(effects.first?.action == sent.asAction)
        #expect(effects.contains(.persistDraft(person: "hana", text: "")))
    }

    @Test func theSentMessageShowsInTheTimeline() throws {
        var s = try composeFixtureState()
        try s.selectPerson("hana", in: .messages)
        _ = s.update(.key(.char("r")))
        s.typeDraft("Sharing the churn query as promised")
        _ = s.answering(.key(.ctrl("d")))
        let text = InboxScreen.render(s).text
        #expect(text.contains("Sharing the churn query as promised"))
    }

    @Test func aFirstMessageFromNetworkStartsAThreadWithAVerdict() throws {
        var s = try composeFixtureState()
        try s.selectPerson("yusuf", in: .network)
        let yusuf = try #require(s.personRef("yusuf"))
        #expect(s.analysis.thread(with: yusuf) == nil)
        _ = s.update(.key(.char("r")))
        s.typeDraft("Yusuf, could you review the sync design doc before Friday?")
        _ = s.answering(.key(.ctrl("d")))
        #expect(s.view == .messages)
        #expect(s.selectedPerson == yusuf)
        #expect(s.folded.thread(with: yusuf)?.messages.count == 1)
        #expect(s.analysis.thread(with: yusuf) != nil)
    }

    @Test func anEmptyDraftIsNotSent() throws {
        var s = try composeFixtureState()
        try s.selectPerson("hana", in: .messages)
        _ = s.update(.key(.char("r")))
        s.typeDraft(" \n ")
        let events = s.inbox.events.count
        let effects = s.answering(.key(.ctrl("d")))
        #expect(effects.isEmpty)
        #expect(s.mode == .compose)
        #expect(s.inbox.events.count == events)
        #expect(s.status?.kind == .warning)
    }

    @Test func ctrlEHandsTheDraftToTheEditorAndTakesItBack() throws {
        var s = try composeFixtureState()
        try s.selectPerson("hana", in: .messages)
        _ = s.update(.key(.char("r")))
        s.typeDraft("draft")
        #expect(s.update(.key(.ctrl("e"))) == [.openEditor(text: "draft")])
        _ = s.update(.editorFinished(text: "rewritten\nin vi"))
        #expect(s.compose?.editor.text == "rewritten\nin vi")
        _ = s.update(.editorFinished(text: nil))
        #expect(s.compose?.editor.text == "rewritten\nin vi")
    }

    @Test func editingKeysReachTheEditor() throws {
        var s = try composeFixtureState()
        try s.selectPerson("hana", in: .messages)
        _ = s.update(.key(.char("r")))
        s.typeDraft("one two")
        _ = s.update(.key(.ctrl("w")))
        _ = s.update(.key(.left))
        _ = s.update(.key(.backspace))
        _ = s.update(.key(.home))
        _ = s.update(.key(.delete))
        #expect(s.compose?.editor.text == "n ")
        _ = s.update(.key(.end))
        s.typeDraft("日本")
        #expect(s.compose?.editor.text == "n 日本")
    }
}

@Suite struct ComposeViewTests {
    private func composing(width: Int, height: Int, draft: String) throws -> AppState {
        var s = try composeFixtureState(width: width, height: height)
        try s.selectPerson("hana", in: .messages)
        _ = s.update(.key(.char("r")))
        s.typeDraft(draft)
        return s
    }

    @Test func wideScreensShowTimelineEditorAndCoachSideBySide() throws {
        let s = try composing(width: 120, height: 40, draft: "Thanks for the query")
        let screen = InboxScreen.render(s)
        let text = screen.text
        #expect(text.contains("To Hana Sato"))
        #expect(text.contains("Thanks for the query"))
        #expect(text.contains("Coach"))
        // The coach sits right of the editor: its column starts past the
        // editor's width.
        let coachRow = try #require(screen.lines.firstIndex { $0.contains("Coach") })
        let coachColumn = try #require(screen.lines[coachRow].range(of: "Coach")).lowerBound
        #expect(screen.lines[coachRow].distance(from: screen.lines[coachRow].startIndex, to: coachColumn) > 60)
        // The footer names the compose keys.
        let footer = try #require(screen.lines.last)
        #expect(footer.contains("C-d") && footer.contains("send"))
        #expect(footer.contains("Esc"))
        #expect(footer.contains("C-e"))
    }

    @Test func narrowScreensPutACompactCoachAboveTheEditor() throws {
        let s = try composing(width: 80, height: 24, draft: "Thanks for the query")
        let lines = InboxScreen.render(s).lines
        let coach = try #require(lines.firstIndex { $0.hasPrefix("Coach") })
        let editor = try #require(lines.firstIndex { $0.contains("To Hana Sato") })
        #expect(coach < editor)
        #expect(editor - coach <= 5)
        #expect(lines.contains { $0.contains("Thanks for the query") })
    }

    @Test func aLongDraftKeepsTheCursorRowVisible() throws {
        let draft = (1...30).map { "line \($0)" }.joined(separator: "\n")
        let s = try composing(width: 120, height: 40, draft: draft)
        let lines = InboxScreen.render(s).lines
        #expect(lines.contains { $0.dropFirst().hasPrefix("line 30") })
        #expect(!lines.contains { $0.dropFirst().hasPrefix("line 1 ") })
    }

    @Test func wideAndCJKDraftsDrawWithoutSplittingGraphemes() throws {
        let s = try composing(width: 80, height: 24, draft: "nai\u{308}ve 日本 👩‍💻")
        #expect(InboxScreen.render(s).text.contains("日本"))
    }
}
