import ScreenKit

/// Every key binding of every context, as one value: what `--keys` replays
/// go through, what the help overlay lists and the status bar hints at.
/// The standard table is `StandardKeys.bindings`; the configuration can
/// rebind keys in it.
public struct KeyTable: Sendable {
    public private(set) var bindings: [KeyBinding]
    private var lookup: [KeyContext: [Key: Int]] = [:]

    public init(_ bindings: [KeyBinding]) {
        self.bindings = bindings
        for (i, b) in bindings.enumerated() {
            for c in b.contexts {
                for k in b.keys where lookup[c, default: [:]][k] == nil { lookup[c, default: [:]][k] = i }
            }
        }
    }

    public static let standard = KeyTable(StandardKeys.bindings)

    /// The binding a key runs in `context`, if any.
    public func binding(for key: Key, in context: KeyContext) -> KeyBinding? {
        lookup[context]?[key].map { bindings[$0] }
    }

    public func command(for key: Key, in context: KeyContext) -> Command? { binding(for: key, in: context)?.command }

    /// Bindings of `context`, in table order.
    public func bindings(in context: KeyContext) -> [KeyBinding] {
        bindings.filter { $0.contexts.contains(context) }
    }

    /// The table with `keys` bound to `command` in `context` instead of
    /// whatever they ran there; other bindings of those keys in that
    /// context lose them.
    public func rebinding(_ keys: [Key], to command: Command, in context: KeyContext, help: String? = nil) -> KeyTable {
        var out: [KeyBinding] = []
        var placed = false
        for var b in bindings {
            if b.contexts.contains(context), b.command == command, !placed {
                // The binding keeps its place, help and hints in this context only.
                var mine = b
                mine.contexts = [context]
                mine.keys = keys
                if let help { mine.help = help }
                b.contexts.removeAll { $0 == context }
                out.append(mine)
                placed = true
            } else if b.contexts.contains(context) {
                var others = b
                others.contexts = [context]
                others.keys.removeAll { keys.contains($0) }
                b.contexts.removeAll { $0 == context }
                if !others.keys.isEmpty { out.append(others) }
            }
            if !b.contexts.isEmpty { out.append(b) }
        }
        if !placed { out.append(KeyBinding(context, keys, command, help)) }
        return KeyTable(out)
    }

    /// The table with `keys` doing nothing in `context` (the configuration's
    /// `"j" = ""`); their bindings keep their other keys and contexts.
    public func unbinding(_ keys: [Key], in context: KeyContext) -> KeyTable {
        var out: [KeyBinding] = []
        for var b in bindings {
            if b.contexts.contains(context), b.keys.contains(where: keys.contains) {
                var here = b
                here.contexts = [context]
                here.keys.removeAll { keys.contains($0) }
                b.contexts.removeAll { $0 == context }
                if !here.keys.isEmpty { out.append(here) }
            }
            if !b.contexts.isEmpty { out.append(b) }
        }
        return KeyTable(out)
    }

    /// "j, Down" — how the help overlay names a binding's keys.
    public static func names(_ keys: [Key]) -> String { keys.map(\.displayName).joined(separator: ", ") }

    /// The status-bar hints for `state`, in order: (keys, what).
    public func hints(for state: AppState) -> [(String, String)] {
        let context = state.keyContext
        var found: [(order: Int, index: Int, key: String, text: String)] = []
        for (i, b) in bindings.enumerated() where b.contexts.contains(context) {
            guard let key = b.keys.first else { continue }
            for h in b.hints where h.applies(in: context, view: state.view) {
                let label = h.allKeys ? b.keys.map(\.displayName).joined(separator: "/") : key.displayName
                if let text = h.text(state) { found.append((h.order, i, label, text)) }
            }
        }
        found.sort { ($0.order, $0.index) < ($1.order, $1.index) }
        var out: [(String, String)] = []
        for f in found {
            if let last = out.last, last.1 == f.text {
                out[out.count - 1].0 += "/" + f.key
            } else {
                out.append((f.key, f.text))
            }
        }
        return out
    }

    /// The help overlay's lines for `contexts`: a heading per context, then
    /// (keys, help) per binding.
    /// `brief`: only the bindings that give a status-bar hint somewhere.
    public func helpLines(_ contexts: [KeyContext], brief: Bool = false) -> [(String, String)] {
        var lines: [(String, String)] = []
        var listed = Set<Int>()
        for c in contexts {
            // A binding of several contexts shows under the first of them.
            let shown = bindings.indices.filter { i in
                bindings[i].contexts.contains(c) && (!brief || !bindings[i].hints.isEmpty) && !listed.contains(i)
            }
            guard !shown.isEmpty else { continue }
            listed.formUnion(shown)
            if !lines.isEmpty { lines.append(("", "")) }
            lines.append(("", c.title))
            for i in shown { lines.append((Self.names(bindings[i].keys), bindings[i].help)) }
        }
        return lines
    }
}
