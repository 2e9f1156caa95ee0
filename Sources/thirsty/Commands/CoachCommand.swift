import ArgumentParser
import InboxModel
import InboxUI
import OutreachPolicy
import ScreenKit
#if canImport(Glibc)
import Glibc
#endif
import Shared

/// `thirsty coach FILE --with ID`: the compose pane's coach without the UI,
/// for scripts and for checking that the two agree.
struct CoachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: "Score a draft as your next message to someone, the way the compose pane's coach does.",
        discussion: """
        The draft is treated as the owner's next message to PERSON_ID at the fixture's now (or --at), \
        with the same rulebook the engine applies to everyone else. It comes from --draft, or from \
        standard input when that is not a terminal. Exits 0 whatever the verdict; 64 for an unknown \
        person, 65 for a bad fixture.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "A fixture (YAML or JSON, format v1). Default: the built-in inbox.", completion: .file(extensions: Completions.fixtureExtensions))
    var file: String?

    @Option(name: .customLong("with"), help: ArgumentHelp("The id of the person the draft is to.", valueName: "PERSON_ID"), completion: .custom(Completions.personIDs))
    var person: String

    @Option(help: ArgumentHelp("The draft. Default: read from standard input.", valueName: "TEXT"))
    var draft: String?

    @Option(help: ArgumentHelp("Write at this time instead of the fixture's now (ISO 8601).", valueName: "TIMESTAMP"))
    var at: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @OptionGroup var policyOptions: PolicyOptions

    func run() throws {
        let time = try FixtureInput.time(at)
        var inbox = try FixtureInput.load(file)
        let policy = try policyOptions.policy()
        guard let ref = inbox.ref(forPersonID: person), !ref.isOwner else {
            let known = inbox.others.prefix(5).map(\.id).joined(separator: ", ")
            let more = inbox.others.count > 5 ? ", …" : ""
            if inbox.ref(forPersonID: person)?.isOwner == true {
                throw UserError(status: Exit.usage, message: "--with \(person): is the owner; the coach scores messages to someone else (known: \(known)\(more))")
            }
            let near = DidYouMean.closest(to: person, in: inbox.others.lazy.map(\.id)).map { "; did you mean \($0)?" } ?? " (known: \(known)\(more))"
            throw UserError(status: Exit.usage, message: "--with \(person): is not in \(file ?? "the " + FixtureInput.builtinName)\(near)")
        }
        let text = try draftText()
        if let time { inbox.now = time }
        let state = inbox.state()
        let feedback = DraftCoach.review(text, to: ref, in: inbox, state: state, at: inbox.now, policy: policy)
        let name = inbox.person(ref).name
        switch format {
        case .text:
            var out = "Coach: your next message to \(TerminalText.sanitize(name)) at \(inbox.now.iso8601)\n"
            out += PracticeText.rules(feedback)
            Stdout.write(out)
        case .json:
            Stdout.write((feedback.report?.json(inbox: inbox) ?? "{}") + "\n")
        }
    }

    private func draftText() throws -> String {
        if let draft { return draft }
        guard isatty(0) != 1 else {
            throw ValidationError("give the draft with --draft TEXT, or pipe it in: thirsty coach FILE --with ID < draft.txt")
        }
        var lines: [String] = []
        while let line = readLine(strippingNewline: false) { lines.append(line) }
        let text = lines.joined()
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
