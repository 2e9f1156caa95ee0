import InboxGenerator
import InboxModel
import Testing
@testable import OutreachPolicy

/// Judging a whole inbox scans every message once in log order and reads
/// the results back thread by thread; judging one thread scans its
/// messages as it walks them. Both must give the same verdicts.
@Suite("Log-order scan")
struct LogOrderScanTests {
    static let inbox = InboxGenerator.generate(GeneratorOptions(people: 120, messages: 1_500))

    @Test func wholeInboxVerdictsMatchThreadByThreadJudging() {
        let policy = Policy()
        let state = Self.inbox.state()
        let all = policy.analyze(Self.inbox, state: state, parallel: false)
        #expect(all.threads.count == state.threads.count)
        #expect(all.threads.contains { $0.flagged })
        for (t, verdict) in zip(state.threads, all.threads) {
            #expect(verdict == policy.judgeThread(with: t.counterpart, in: Self.inbox, state: state))
        }
    }

    @Test func parallelAndSerialWholeInboxVerdictsAgree() {
        let policy = Policy()
        let state = Self.inbox.state()
        let serial = policy.analyze(Self.inbox, state: state, parallel: false)
        let parallel = policy.analyze(Self.inbox, state: state, parallel: true)
        #expect(serial.threads == parallel.threads)
        #expect(serial.invitations == parallel.invitations)
    }

    @Test func anEarlierStateIgnoresLaterMessagesAndEngagement() {
        let policy = Policy()
        let state = Self.inbox.state(at: Self.inbox.events[Self.inbox.events.count / 2].at)
        let all = policy.analyze(Self.inbox, state: state)
        for (t, verdict) in zip(state.threads, all.threads) {
            #expect(verdict == policy.judgeThread(with: t.counterpart, in: Self.inbox, state: state))
        }
    }
}
