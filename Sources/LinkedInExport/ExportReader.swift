import InboxModel

/// What reading an export found, for `thirsty import` to report.
public struct ExportSummary: Sendable, Equatable {
    public var files: [String] = []
    public var connections = 0
    public var hiddenConnections = 0
    public var invitationsReceived = 0
    public var invitationsSent = 0
    public var conversations = 0
    public var groups = 0
    public var sponsored = 0
    public var messages = 0
    public var drafts = 0
    public var shares = 0
    /// Events the log's rules refused (a repeated invitation, …).
    public var dropped = 0

    public var text: String {
        var parts = [
            "\(connections) connections", "\(invitationsReceived) invitations received, \(invitationsSent) sent",
            "\(messages) messages in \(conversations) conversations, \(groups) group and \(sponsored) sponsored",
            "\(shares) posts",
        ]
        if hiddenConnections > 0 { parts.append("\(hiddenConnections) hidden profiles skipped") }
        if drafts > 0 { parts.append("\(drafts) drafts dropped") }
        if dropped > 0 { parts.append("\(dropped) contradictory events dropped") }
        return parts.joined(separator: "; ")
    }
}

/// Reads a LinkedIn data export (the ZIP LinkedIn sends, or the folder it
/// unzips to) into an inbox. Only reads: nothing is written or sent.
public enum ExportReader {
    /// `Inbox.source` of an inbox read from an export.
    public static let source = "linkedin-export"

    /// `mark` is called as each phase ends, with its name: "unzip" (the
    /// files read and inflated), "csv" (every row read and checked),
    /// "mapping" (people and events), "log" (the events checked into the
    /// inbox's log), for `thirsty bench` to time them.
    public static func read(
        path: String, limits: ExportLimits = .standard, mark: (String) -> Void = { _ in }
    ) throws(ExportError) -> (inbox: Inbox, summary: ExportSummary) {
        let files = try ExportFiles.read(path: path, limits: limits)
        mark("unzip")
        do { return try inbox(from: files, mark: mark) } catch { throw error.within(path) }
    }

    public static func inbox(
        from files: ExportFiles, mark: (String) -> Void = { _ in }
    ) throws(ExportError) -> (inbox: Inbox, summary: ExportSummary) {
        var r = try recordsBesideMessages(files)
        if let f = files["messages.csv"] { try r.readMessages(f.name, f.bytes) }
        mark("csv")
        return build(r, mark: mark)
    }

    /// Reads an export in two steps, for the browser: everything but the
    /// messages at once (a few MB: connections, invitations, posts), and
    /// the messages, which are most of a large export and take seconds to
    /// read, as `ExportRemainder.read()` when the caller wants them (on
    /// another core, while the user triages invitations). A small
    /// messages file is read at once and there is no remainder.
    public static func readInStages(
        path: String, limits: ExportLimits = .standard, messagesReadAtOnce: Int = 4 << 20
    ) throws(ExportError) -> (first: Inbox, summary: ExportSummary, remainder: ExportRemainder?) {
        let files = try ExportFiles.read(path: path, limits: limits)
        do {
            guard let messages = files["messages.csv"], messages.bytes.count > messagesReadAtOnce else {
                let (inbox, summary) = try inbox(from: files)
                return (inbox, summary, nil)
            }
            let r = try recordsBesideMessages(files)
            let (first, summary) = build(r, mark: { _ in })
            return (first, summary, ExportRemainder(path: path, records: r, messages: messages))
        } catch {
            throw error.within(path)
        }
    }

    private static func recordsBesideMessages(_ files: ExportFiles) throws(ExportError) -> ExportRecords {
        var r = ExportRecords()
        if let f = files["profile.csv"] { try r.readProfile(f.name, f.bytes); r.files.append(f.name) }
        if let f = files["connections.csv"] { try r.readConnections(f.name, f.bytes); r.files.append(f.name) }
        if let f = files["invitations.csv"] { try r.readInvitations(f.name, f.bytes); r.files.append(f.name) }
        if let f = files["shares.csv"] { try r.readShares(f.name, f.bytes); r.files.append(f.name) }
        return r
    }

    static func build(_ r: ExportRecords, mark: (String) -> Void) -> (inbox: Inbox, summary: ExportSummary) {
        var mapping = ExportMapping(records: r)
        let inbox = mapping.build(mark: mark)
        return (inbox, mapping.summary)
    }
}

/// The messages of an export read in stages (`ExportReader.readInStages`),
/// still to read: `read()` gives the whole inbox, as `ExportReader.read`
/// would have.
public struct ExportRemainder: Sendable {
    let path: String
    let records: ExportRecords
    let messages: (name: String, bytes: [UInt8])

    /// The file still to read, and its size, for the user to see.
    public var what: String { messages.name }
    public var bytes: Int { messages.bytes.count }

    public func read() throws(ExportError) -> (inbox: Inbox, summary: ExportSummary) {
        do {
            var r = records
            try r.readMessages(messages.name, messages.bytes)
            return ExportReader.build(r, mark: { _ in })
        } catch {
            throw error.within(path)
        }
    }
}
