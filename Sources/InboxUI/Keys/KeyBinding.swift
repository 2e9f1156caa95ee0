import ScreenKit

/// Keys bound to a command in some contexts, with the line the help
/// overlay shows and the status-bar hints it gives.
public struct KeyBinding: Sendable {
    public var contexts: [KeyContext]
    public var keys: [Key]
    public var command: Command
    /// One line for the help overlay.
    public var help: String
    public var hints: [Hint]

    public init(_ contexts: [KeyContext], _ keys: [Key], _ command: Command, _ help: String? = nil, hints: [Hint] = []) {
        self.contexts = contexts
        self.keys = keys
        self.command = command
        self.help = help ?? command.action.summary
        self.hints = hints
    }

    public init(_ context: KeyContext, _ keys: [Key], _ command: Command, _ help: String? = nil, hint: Hint? = nil) {
        self.init([context], keys, command, help, hints: hint.map { [$0] } ?? [])
    }
}

/// A status-bar hint ("a accept") a binding gives in some contexts and
/// views. Hints show lowest `order` first; bindings that give the same
/// text in a row share it ("n/p next/back").
public struct Hint: Sendable {
    public var contexts: Set<KeyContext>?
    public var views: Set<InboxView>?
    public var order: Int
    /// Name every key of the binding ("?/q/Esc"), not just the first.
    public var allKeys = false
    public var text: @Sendable (AppState) -> String?

    public init(_ text: String, order: Int = 50, in contexts: Set<KeyContext>? = nil, views: Set<InboxView>? = nil, allKeys: Bool = false) {
        self.init(order: order, in: contexts, views: views) { _ in text }
        self.allKeys = allKeys
    }

    /// A hint whose text depends on the state ("flagged only" / "show all");
    /// nil hides it.
    public init(order: Int = 50, in contexts: Set<KeyContext>? = nil, views: Set<InboxView>? = nil,
                _ text: @escaping @Sendable (AppState) -> String?) {
        self.contexts = contexts
        self.views = views
        self.order = order
        self.text = text
    }

    func applies(in context: KeyContext, view: InboxView) -> Bool {
        (contexts?.contains(context) ?? true) && (views?.contains(view) ?? true)
    }
}
