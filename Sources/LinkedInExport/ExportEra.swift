/// The shapes LinkedIn's export has had, as far as the reader cares.
public enum ExportEra: String, Sendable, CaseIterable {
    /// No profile URLs for connections or invitations, nine message
    /// columns, no preamble before the connections' header.
    case y2021 = "2021"
    /// The connections' preamble and URL column, invitation URLs, the
    /// recipients' URLs, and the attachment and draft columns.
    case y2024 = "2024"
    /// As 2024 with every field quoted (the header too), a BOM before
    /// every file, and content as HTML paragraphs.
    case y2026 = "2026"

    var connectionsPreamble: Bool { self != .y2021 }
    var connectionsURL: Bool { self != .y2021 }
    var invitationURLs: Bool { self != .y2021 }
    var recipientURLs: Bool { self != .y2021 }
    var draftColumns: Bool { self != .y2021 }
    var quoteAll: Bool { self == .y2026 }
    var bom: Bool { self == .y2026 }
    var htmlParagraphs: Bool { self == .y2026 }
}
