import InboxModel
import InboxUI
import OutreachPolicy
import ScreenKit

/// The user's configuration (`config.toml`), with every setting it leaves
/// out at its default.
struct UserConfig {
    /// Every key binding, the user's rebindings applied.
    var keys = KeyTable.standard
    var styles: [ThemeRole: Style] = Dictionary(uniqueKeysWithValues: ThemeRole.allCases.map { ($0, $0.standard) })
    /// A thread is flagged from this score on; nil keeps the rulebook's.
    var threshold: Double?
    /// Simulated days per real second when a demo starts.
    var demoSpeed = SimulatedClock.defaultRate / 86_400
    /// The external editor's command; empty means $VISUAL, $EDITOR, then vi.
    var editor = ""

    static let thresholds: ClosedRange<Double> = 0.5...100
    /// From one hour to thirty days per second, as `+` and `-` go.
    static let speeds: ClosedRange<Double> = (3_600.0 / 86_400)...30

    /// The policy with the configured threshold, if any.
    func apply(to policy: Policy) -> Policy {
        guard let threshold else { return policy }
        var p = policy
        p.threshold = threshold
        return p
    }

    /// The demo clock's starting rate, in simulated seconds per real second.
    var demoRate: Double { demoSpeed * 86_400 }

    /// Makes the theme draw with the configured styles.
    func applyTheme() {
        for (role, style) in styles where style != role.standard { role.use(style) }
    }
}

/// The commands a key can be bound to, by name: every command of the
/// standard key table.
enum ConfigCommands {
    static let all: [String: any BrowserCommand.Type] = {
        var out: [String: any BrowserCommand.Type] = [:]
        for b in KeyTable.standard.bindings { out[b.command.name] = b.command.action }
        return out
    }()
}
