import ScreenKit
import Synchronization

/// The styles views draw with, one per role. The backend drops colours
/// (keeping bold and reverse) on monochrome terminals and under NO_COLOR,
/// so every meaning here is also carried by an attribute or a word, never
/// by colour alone. The configuration's `[colors]` replaces roles
/// (`Theme.use`) before the UI starts.
enum Theme {
    static var header: Style { self[.header] }
    static var tabActive: Style { self[.tabActive] }
    static var tab: Style { self[.tab] }
    static var selected: Style { self[.selected] }
    static var selectedDim: Style { self[.selectedDim] }
    static var name: Style { self[.name] }
    static var dim: Style { self[.dim] }
    static var heading: Style { self[.heading] }
    static var accept: Style { self[.accept] }
    static var ignore: Style { self[.ignore] }
    static var flag: Style { self[.flag] }
    static var ok: Style { self[.ok] }
    static var warn: Style { self[.warn] }
    static var fail: Style { self[.fail] }
    static var owner: Style { self[.owner] }
    static var engagement: Style { self[.engagement] }
    static var evidence: Style { self[.evidence] }
    static var status: Style { self[.status] }
    static var statusError: Style { self[.statusError] }
    static var statusSuccess: Style { self[.statusSuccess] }
    static var key: Style { self[.key] }
    static var border: Style { self[.border] }
    static var caption: Style { self[.caption] }
    static var unread: Style { self[.unread] }
    static var match: Style { self[.match] }

    private static let styles = Mutex<[Style]>(ThemeRole.allCases.map(\.standard))

    static subscript(role: ThemeRole) -> Style { styles.withLock { $0[role.index] } }

    /// Draws `role` with `style` from now on (the user's configuration).
    static func use(_ style: Style, for role: ThemeRole) {
        styles.withLock { $0[role.index] = style }
    }
}

/// A style role of the theme, named as the configuration's `[colors]` names it.
public enum ThemeRole: String, CaseIterable, Sendable {
    case header, tabActive = "tab_active", tab, selected, selectedDim = "selected_dim", name, dim, heading
    case accept, ignore, flag, ok, warn, fail, owner, engagement, evidence
    case status, statusError = "status_error", statusSuccess = "status_success", key, border, caption, unread
    /// A search's matches, laid over whatever style the text had.
    case match

    fileprivate var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// The style the role has until the configuration changes it.
    public var standard: Style {
        switch self {
        case .header: return Style(bold: true, reverse: true)
        case .tabActive: return Style(bold: true, reverse: true).fg(.yellow)
        case .tab: return Style(reverse: true)
        case .selected: return Style(reverse: true)
        case .selectedDim: return Style(bold: true, reverse: true)
        case .name: return Style(bold: true)
        case .dim: return Style(dim: true)
        case .heading: return Style(bold: true, underline: true)
        case .accept: return Style(bold: true).fg(.green)
        case .ignore: return Style(bold: true).fg(.red)
        case .flag: return Style(bold: true).fg(.red)
        case .ok: return Style().fg(.green)
        case .warn: return Style(bold: true).fg(.yellow)
        case .fail: return Style(bold: true).fg(.red)
        case .owner: return Style().fg(.cyan)
        case .engagement: return Style().fg(.blue)
        case .evidence: return Style(italic: true)
        case .status: return Style(reverse: true)
        case .statusError: return Style(bold: true, reverse: true).fg(.red)
        case .statusSuccess: return Style(reverse: true).fg(.green)
        case .key: return Style(bold: true, reverse: true)
        case .border: return Style(dim: true)
        case .caption: return Style(bold: true).fg(.yellow)
        case .unread: return Style(bold: true).fg(.cyan)
        case .match: return Style(bold: true, underline: true).fg(.yellow)
        }
    }

    /// Draws this role with `style` in every view from now on.
    public func use(_ style: Style) { Theme.use(style, for: self) }
}
