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

    /// A class: the mapping passes each message around several times,
    /// and copying a reference costs one count, not one per field.
    final class Message: Sendable {
        let conversation: String
        let title: String
        let from: String
        let senderURL: String
        /// `Identity.slug(fromURL: senderURL)`, made while the rows are
        /// read on every core rather than again at each use.
        let senderSlug: String?
        let to: String
        /// The slug of each URL in `RECIPIENT PROFILE URLS` (since 2024),
        /// in order; nil where the export has no such column.
        let recipientSlugs: [String?]?
        let at: Timestamp
        let text: String
        let sponsored: Bool

        init(
            conversation: String, title: String, from: String, senderURL: String, to: String, recipientURLs: [Substring]?,
            at: Timestamp, text: String, sponsored: Bool
        ) {
            self.conversation = conversation
            self.title = title
            self.from = from
            self.senderURL = senderURL
            self.senderSlug = Identity.slug(fromURL: senderURL)
            self.to = to
            self.recipientSlugs = recipientURLs.map { $0.map { Identity.slug(fromURL: String($0)) } }
            self.at = at
            self.text = text
            self.sponsored = sponsored
        }
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
