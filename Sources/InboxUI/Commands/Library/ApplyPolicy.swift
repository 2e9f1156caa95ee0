/// `apply-policy`: asks, then follows the policy on every pending invitation.
enum ApplyPolicy: BrowserCommand {
    static let name = "apply-policy"
    static let summary = "Apply the policy to every pending invitation"
    static let needsWholeInbox = true
    static func run(_ args: [String], on s: inout AppState) -> [Effect] {
        s.askApplyPolicy()
        return []
    }
}
