/// One thing the browser can do, in a file of its own holding its name,
/// what it does and its effect. Keys reach it only through the key table
/// (`KeyTable`), so a key does nothing a command can't (aerc's model).
public protocol BrowserCommand: Sendable {
    /// Its name in the key table and the configuration ("select", "tab").
    static var name: String { get }
    /// What it does, for help when a binding says nothing more precise.
    static var summary: String { get }
    /// Why `args` are wrong for it, or nil when they are fine.
    static func check(_ args: [String]) -> String?
    /// Whether running it clears the status line first (a search keeps it).
    static var clearsStatus: Bool { get }
    /// Whether it acts on the inbox (decides, replies, teaches, undoes):
    /// such a command waits while part of the inbox is still being read,
    /// since it would act on a log about to be replaced.
    static var needsWholeInbox: Bool { get }
    static func run(_ args: [String], on state: inout AppState) -> [Effect]
}

extension BrowserCommand {
    public static var clearsStatus: Bool { true }
    public static var needsWholeInbox: Bool { false }
    public static func check(_ args: [String]) -> String? {
        args.isEmpty ? nil : "\(name) takes no arguments"
    }

    /// Checks that `args` is one word of `choices`.
    static func oneOf(_ choices: [String], _ args: [String]) -> String? {
        guard args.count == 1, choices.contains(args[0]) else {
            return "\(name) takes one of: \(choices.joined(separator: ", "))"
        }
        return nil
    }
}

/// A command with its arguments, as a key binding or a script names it:
/// `select -1`, `tab 2`.
public struct Command: Sendable, Equatable, CustomStringConvertible {
    public let action: any BrowserCommand.Type
    public let args: [String]

    public init(_ action: any BrowserCommand.Type, _ args: String...) {
        self.action = action
        self.args = args
    }

    public init(_ action: any BrowserCommand.Type, args: [String]) {
        self.action = action
        self.args = args
    }

    public var name: String { action.name }
    public var description: String { ([name] + args).joined(separator: " ") }

    public static func == (a: Command, b: Command) -> Bool { a.name == b.name && a.args == b.args }

    public func run(on state: inout AppState) -> [Effect] {
        if action.clearsStatus { state.status = nil }
        if action.needsWholeInbox && state.waitsForRest() { return [] }
        return action.run(args, on: &state)
    }
}
