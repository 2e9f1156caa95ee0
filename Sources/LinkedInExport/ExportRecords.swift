import InboxModel

/// The rows of an export as read, before anyone has an id: the reader's
/// first pass gathers them, the second (`ExportMapping`) resolves people.
struct ExportRecords {
    struct Connection: Sendable {
        var name: String
        var url: String
        var company: String
        var position: String
        var on: Timestamp
    }

    struct Invitation: Sendable {
        var from: String
        var to: String
        var at: Timestamp
        var note: String
        var incoming: Bool
        var inviterURL: String
        var inviteeURL: String
    }

    struct Message: Sendable {
        var conversation: String
        var title: String
        var from: String
        var senderURL: String
        var to: String
        var recipientURLs: [String]?
        var at: Timestamp
        var text: String
        var sponsored: Bool
    }

    struct Share: Sendable {
        var at: Timestamp
        var text: String
    }

    var ownerName: String?
    var ownerHeadline = ""
    var connections: [Connection] = []
    /// Rows of members who hid their profile: only a date.
    var hiddenConnections = 0
    var invitations: [Invitation] = []
    var messages: [Message] = []
    var drafts = 0
    var shares: [Share] = []
    /// Which files were there, as named in the export.
    var files: [String] = []
}
