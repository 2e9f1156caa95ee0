import InboxModel
import Shared

/// Judges an inbox with a rulebook: which invitations to accept and which
/// threads are thirsty. Pure and `Sendable`: the same inputs give the same
/// verdicts, on any thread.
public struct Policy: Sendable {
    public private(set) var rulebook: Rulebook
    /// The learned rule's model (see `LearnedModel`); nil leaves the rule out.
    public var learned: LearnedModel?

    public init(rulebook: Rulebook = .default, learned: LearnedModel? = nil) {
        self.rulebook = rulebook
        self.learned = learned
    }

    /// A thread is flagged when its score reaches this.
    public var threshold: Double {
        get { rulebook.settings.threadThreshold }
        set { rulebook = rulebook.with(threadThreshold: newValue) }
    }

    /// An invitation is ignored when its score reaches this.
    public var invitationThreshold: Double {
        get { rulebook.settings.invitationThreshold }
        set { rulebook = rulebook.with(invitationThreshold: newValue) }
    }

    public func judgeInvitation(_ invitation: Invitation, in inbox: Inbox, state: InboxState) -> InvitationVerdict {
        var scratch = AnalysisScratch(ruleCount: rulebook.compiled.count)
        return InvitationAnalyzer.analyze(book: rulebook.compiled, inbox: inbox, invitation: invitation, scratch: &scratch)
    }

    /// The latest invitation `person` sent the owner, judged; nil if none.
    public func judgeInvitation(from person: PersonRef, in inbox: Inbox, state: InboxState) -> InvitationVerdict? {
        guard let inv = state.invitation(with: person), inv.isIncoming else { return nil }
        return judgeInvitation(inv, in: inbox, state: state)
    }

    /// The counterpart's messages to the owner, judged with the timeline up
    /// to the state's time. A person with no messages gets an empty verdict.
    public func judgeThread(with person: PersonRef, in inbox: Inbox, state: InboxState) -> ThreadVerdict {
        var scratch = AnalysisScratch(ruleCount: rulebook.compiled.count)
        return ThreadAnalyzer.analyze(
            book: rulebook.compiled, inbox: inbox, state: state, counterpart: person, senderIsOwner: false,
            learned: learned.map { LearnedRule(model: $0, book: rulebook.compiled) }, scratch: &scratch
        ).verdict
    }

    /// Only the first stage of `analyze`: every message tokenised and run
    /// through the rulebook's phrase matchers, on one core, with nothing
    /// judged. For `thirsty bench`, to report the matcher's own throughput
    /// beside the whole analysis'. Returns the number of messages scanned.
    public func scanMessageText(_ inbox: Inbox, state: InboxState) -> Int {
        let scans = MessageScans(
            book: rulebook.compiled, events: inbox.events, threads: state.threads, parallel: false, reuseRepeats: false, learned: learned,
            folded: 0, keepTexts: false)
        return withExtendedLifetime(scans) { state.threads.reduce(0) { $0 + $1.messages.count } }
    }

    /// How many thread messages have a text of their own (the rest repeat
    /// an earlier message word for word, and reuse its scan), and its bytes.
    public func distinctMessageTexts(_ inbox: Inbox, state: InboxState) -> (texts: Int, bytes: Int) {
        let scans = MessageScans(
            book: rulebook.compiled, events: inbox.events, threads: state.threads, parallel: true, folded: 0, keepTexts: false)
        return scans.scannedTexts(events: inbox.events)
    }

    /// Every received invitation and every thread, spread over the cores.
    /// A message that repeats an earlier one word for word reuses its scan
    /// unless `reuseRepeats` is off (for `thirsty bench`, to show what
    /// scanning every message costs); the verdicts are the same either way.
    public func analyze(_ inbox: Inbox, state: InboxState, parallel: Bool = true, reuseRepeats: Bool = true) -> InboxVerdicts {
        let book = rulebook.compiled
        let invitations = state.invitations.filter(\.isIncoming)
        let threads = state.threads
        // Every thread's messages are to the owner: one name for all of them.
        let ownerName = inbox.owner.firstName
        let units = invitations.count + threads.count
        let invitationSlots = ParallelSlots<InvitationVerdict>(count: invitations.count)
        let threadSlots = ParallelSlots<ThreadVerdict>(count: threads.count)
        // Contiguous blocks of units: neighbouring threads started at about
        // the same time, so their messages lie near each other in the log
        // and in memory. Many more blocks than cores keep the cores evenly
        // loaded; each block reuses one scratch.
        let chunks = parallel && units >= 64 ? 64 : 1
        let scans = MessageScans(
            book: book, events: inbox.events, threads: threads, parallel: parallel, reuseRepeats: reuseRepeats, learned: learned,
            folded: state.eventCount)
        let learnedRule = learned.map { LearnedRule(model: $0, book: book) }
        let names = (learnedRule?.names ?? book.names).quoting(scans.texts)
        forEachIndex(chunks, parallel: chunks > 1) { chunk in
            var scratch = AnalysisScratch(ruleCount: book.count)
            let memo = EvaluationMemo(program: book.thread, ruleCount: book.count)
            for u in (units * chunk / chunks)..<(units * (chunk + 1) / chunks) {
                if u < invitations.count {
                    invitationSlots.set(u, InvitationAnalyzer.analyze(book: book, inbox: inbox, invitation: invitations[u], scratch: &scratch))
                } else {
                    let t = u - invitations.count
                    threadSlots.set(t, ThreadAnalyzer.analyze(
                        book: book, inbox: inbox, state: state, counterpart: threads[t].counterpart, thread: threads[t],
                        senderIsOwner: false, recipientName: ownerName, scans: scans, firstSlot: scans.firstSlot(thread: t),
                        names: names, learned: learnedRule, memo: memo, scratch: &scratch
                    ).verdict)
                }
            }
        }
        return InboxVerdicts(invitations: invitationSlots.takeValues(), threads: threadSlots.takeValues())
    }

    /// Many inboxes, each at its own `now`, spread over the cores (a corpus).
    public func analyzeAll(_ inboxes: [Inbox]) -> [InboxVerdicts] {
        let slots = ParallelSlots<InboxVerdicts>(count: inboxes.count)
        forEachIndex(inboxes.count, parallel: true) { i in
            slots.set(i, analyze(inboxes[i], state: inboxes[i].state(), parallel: false))
        }
        return slots.takeValues()
    }
}
