import BundledFixtures
import InboxModel
import OutreachPolicy
import ScreenKit
@testable import InboxUI

/// States for the browser's tests: the built-in inbox, or a small inbox
/// written inline, at a given terminal size.
enum BrowserFixtures {
    /// The policy is compiled once; building it per test costs seconds in debug builds.
    static let policy = Policy()

    static func seedInbox() throws -> Inbox {
        try FixtureDecoder.decode(Bundled.seedInbox, format: .yaml, file: Bundled.seedInboxName)
    }

    /// The built-in inbox at `width`x`height`, as the loop starts it (with a resize).
    static func seed(width: Int = 80, height: Int = 24) throws -> AppState {
        try state(try seedInbox(), width: width, height: height)
    }

    static func state(yaml: String, width: Int = 80, height: Int = 24) throws -> AppState {
        try state(try FixtureDecoder.decode(yaml, format: .yaml, file: "inline.yaml"), width: width, height: height)
    }

    static func state(_ inbox: Inbox, width: Int, height: Int) throws -> AppState {
        var state = AppState(inbox: inbox, policy: policy, width: width, height: height)
        _ = state.update(.resize(width: width, height: height))
        return state
    }

    /// Three invitations (one the policy should ignore as fake) and three
    /// threads, one of them the article's flattery → meeting → nudge → pitch.
    /// Events in `small`.
    static let smallEventCount = 11

    static let small = """
    version: 1
    title: Small inbox
    owner: {id: me, name: Robin Okafor, headline: "Head of Product at Fernwork"}
    now: 2026-03-20T09:00:00Z
    people:
      - {id: ana, name: Ana Souza, headline: "Product Designer at Kitemark", connections: 400, joined: 2015-01-01, mutual: 12}
      - {id: bot, name: Investment Advisor, headline: "Crypto | Forex | 100x signals", photo: false, connections: 3, joined: 2026-03-14, mutual: 0}
      - {id: ben, name: Ben Adler, headline: "Engineer at Northwind", connections: 300, joined: 2014-01-01, mutual: 5}
      - {id: dario, name: Dario Mendes, headline: "Founder & CEO at Verdant Roots", connections: 500, joined: 2019-08-14, mutual: 7}
      - {id: hana, name: Hana Sato, headline: "Senior Product Designer at Kitemark", connections: 640, joined: 2015-02-09, mutual: 23, connected: 2020-01-01}
      - {id: kwame, name: Kwame Asante, headline: "Data Analyst, Accra", connections: 910, joined: 2013-07-30, mutual: 11, connected: 2019-05-21}
    events:
      - {type: invite, at: 2026-03-17T10:00:00Z, from: ben, to: me, note: "Hi Robin, we met at the Product Tank panel."}
      - {type: invite, at: 2026-03-18T03:12:00Z, from: bot, to: me}
      - {type: invite, at: 2026-03-19T08:10:00Z, from: ana, to: me, note: "Hello Robin, I enjoyed your post on onboarding."}
      - {type: invite, at: 2026-03-02T10:04:00Z, from: dario, to: me}
      - {type: accept, at: 2026-03-02T12:10:00Z, by: me, from: dario}
      - {type: message, at: 2026-03-02T12:31:00Z, from: dario, to: me, body: "Hello Robin. It looks like we know some of the same people. I deeply value my LinkedIn network and it is truly an honour to be connected to you."}
      - {type: message, at: 2026-03-05T09:12:00Z, from: dario, to: me, body: "I'm regularly looking for ways to collaborate with my network. It would be good to connect by phone or Zoom sometime. How is next week looking in your schedule?"}
      - {type: message, at: 2026-03-12T08:47:00Z, from: dario, to: me, body: "Perhaps you did not see my last message. Would you like to invest a million dollars in our cannabis company?"}
      - {type: message, at: 2026-03-10T09:00:00Z, from: me, to: hana, body: "Hi Hana, could I ask how your team runs design critiques?"}
      - {type: message, at: 2026-03-10T11:00:00Z, from: hana, to: me, body: "Sure! Weekly, thirty minutes, and the designer picks the question."}
      - {type: message, at: 2026-03-18T10:30:00Z, from: kwame, to: me, body: "Here is the survey on SME scheduling tools I mentioned, section 4 has the numbers."}
    """

    /// Names that are two columns per character (CJK) or one emoji grapheme
    /// built from several scalars, to check that columns still line up.
    static let wide = """
    version: 1
    owner: {id: me, name: Robin Okafor}
    now: 2026-03-20T09:00:00Z
    people:
      - {id: taro, name: 山田 太郎, headline: "プロダクトマネージャー at 株式会社フェルン", connections: 300, joined: 2012-01-01, mutual: 9}
      - {id: ada, name: "👩‍💻 Ada", headline: "Engineer 🚀 at Analytical Engines", connections: 200, joined: 2013-01-01, mutual: 4}
      - {id: mei, name: 李美, headline: "设计师", connections: 150, joined: 2016-01-01, mutual: 2, connected: 2020-01-01}
    events:
      - {type: invite, at: 2026-03-18T10:00:00Z, from: taro, to: me, note: "こんにちは、ロビンさん。製品ロードマップの投稿を拝見しました。"}
      - {type: invite, at: 2026-03-19T10:00:00Z, from: ada, to: me, note: "Loved your post 🎉 on engineering ladders."}
      - {type: message, at: 2026-03-19T12:00:00Z, from: mei, to: me, body: "你好 Robin，谢谢你的分享！👍"}
    """
}

extension AppState {
    /// Runs keys written in `--keys` notation ("jj<Enter>") and returns all effects.
    /// Builds the search index at once when the reducer asks for it, as
    /// the runtime does in the background, and answers every journal
    /// write as written (a working journal); effects are returned.
    @discardableResult
    mutating func send(_ notation: String) throws -> [Effect] {
        var effects: [Effect] = []
        for key in try Key.parse(notation) { effects += answeringIndex(update(.key(key))) }
        return effects
    }

    /// Runs one message as the loop would, answering its effects.
    @discardableResult
    mutating func answering(_ message: Message) -> [Effect] { answeringIndex(update(message)) }

    /// What the loop does at its first idle moment, with the build done here.
    mutating func prepareSearch() {
        _ = answeringIndex(update(.idle))
    }

    private mutating func answeringIndex(_ effects: [Effect]) -> [Effect] {
        var rest: [Effect] = []
        for effect in effects {
            if let work = effect.backgroundWork {
                rest += answeringIndex(update(work()))
            } else if case .persist(let event) = effect {
                rest.append(effect)
                rest += answeringIndex(update(.persisted(event)))
            } else {
                rest.append(effect)
            }
        }
        return rest
    }

    /// The name on the selected row.
    var selectedName: String? { selectedPerson.map { inbox.person($0).name } }

    /// Names in the current view's list, in order.
    var listedNames: [String] {
        visibleRows.map { inbox.person(rows.person(forRow: $0, in: view, state: folded)).name }
    }

    /// The screen as text, for `contains` checks.
    var screenText: String { InboxScreen.render(self).text }
}

extension Effect {
    /// The action a journal write carries, without the sequence number the
    /// log gives it once applied: what tests compare.
    var action: Event? {
        guard case .persist(var e) = self else { return nil }
        e.sequence = 0
        return e
    }
}

extension Event {
    var asAction: Event {
        var e = self
        e.sequence = 0
        return e
    }
}
