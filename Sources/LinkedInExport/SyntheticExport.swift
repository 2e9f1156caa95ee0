import Foundation
import InboxModel
import ZIPFoundation

/// Writes an inbox as a LinkedIn data export of one era: the CSV files
/// LinkedIn would send, zipped. Adds what generated inboxes lack and real
/// exports have — a group conversation, sponsored InMail, a draft, a
/// closed account, a hidden connection, a name with a comma — so tests
/// and benchmarks meet the real shape. Likes and comments are left out:
/// exports do not hold them. The same inbox and era give the same bytes.
public struct SyntheticExport {
    public let inbox: Inbox
    public let era: ExportEra

    public init(inbox: Inbox, era: ExportEra) {
        self.inbox = inbox
        self.era = era
    }

    /// The owner's profile URL, as the export gives it.
    static func url(_ id: String) -> String { "https://www.linkedin.com/in/\(id)" }

    /// File name -> bytes.
    public func files() -> [(name: String, bytes: [UInt8])] {
        var names = inbox.people.map(\.name)
        // A member with a credential after a comma: the TO field's trap.
        if let k = commaPerson() { names[k] += ", PhD" }
        let state = inbox.state()
        return [
            ("Profile.csv", profile()),
            ("Connections.csv", connections(names, state)),
            ("Invitations.csv", invitations(names, state)),
            ("messages.csv", messages(names, state)),
            ("Shares.csv", shares()),
        ]
    }

    /// The files in a ZIP archive, compressed, dated at the inbox's `now`.
    public func zip() throws -> [UInt8] {
        try ExportZip.make(files(), at: inbox.now)
    }

    /// Someone with a thread whose messages go both ways, if any.
    private func commaPerson() -> Int? {
        let state = inbox.state()
        return state.threads.first(where: { t in
            t.messages.contains { inbox.events[Int($0)].actor.isOwner } && t.messages.contains { !inbox.events[Int($0)].actor.isOwner }
        }).map { Int($0.counterpart.index) }
    }

    private func split(_ name: String) -> (String, String) {
        guard let space = name.firstIndex(of: " ") else { return (name, "") }
        return (String(name[..<space]), String(name[name.index(after: space)...]))
    }

    // MARK: Files

    private func profile() -> [UInt8] {
        var csv = CSVText(quoteAll: era.quoteAll, bom: era.bom)
        csv.row(["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry", "Zip Code", "Geo Location"])
        let (first, last) = split(inbox.owner.name)
        csv.row([first, last, "", "", "", inbox.owner.headline, "", "", "", ""])
        return csv.bytes
    }

    private func connections(_ names: [String], _ state: InboxState) -> [UInt8] {
        var csv = CSVText(quoteAll: era.quoteAll, bom: era.bom)
        if era.connectionsPreamble {
            csv.raw("Notes:")
            csv.raw("\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email.\"")
            csv.raw("")
        }
        var header = ["First Name", "Last Name"]
        if era.connectionsURL { header.append("URL") }
        header += ["Email Address", "Company", "Position", "Connected On"]
        csv.row(header)
        var hidden = false
        for (k, p) in inbox.people.enumerated() where k > 0 && p.kind == .person {
            guard let since = state.connectedSince[k] else { continue }
            let (first, last) = split(names[k])
            let (position, company) = splitHeadline(p.headline)
            var row = [first, last]
            if era.connectionsURL { row.append(Self.url(p.id)) }
            row += ["", company, position, Self.connectedOn(since)]
            csv.row(row)
            if !hidden {
                // A member who hid their profile: only the date is left.
                csv.row(Array(repeating: "", count: row.count - 1) + [Self.connectedOn(since)])
                hidden = true
            }
        }
        return csv.bytes
    }

    private func invitations(_ names: [String], _ state: InboxState) -> [UInt8] {
        var csv = CSVText(quoteAll: era.quoteAll, bom: era.bom)
        var header = ["From", "To", "Sent At", "Message", "Direction"]
        if era.invitationURLs { header += ["inviterProfileUrl", "inviteeProfileUrl"] }
        csv.row(header)
        for inv in state.invitations {
            // Ignored invitations are gone from LinkedIn, and from the export.
            if case .ignored = inv.status { continue }
            let note = inbox.events[inv.event].text
            var row = [names[Int(inv.from.index)], names[Int(inv.to.index)], Self.sentAt(inv.at), note, inv.isIncoming ? "INCOMING" : "OUTGOING"]
            if era.invitationURLs { row += [Self.url(inbox.person(inv.from).id), Self.url(inbox.person(inv.to).id)] }
            csv.row(row)
        }
        return csv.bytes
    }

    private func messages(_ names: [String], _ state: InboxState) -> [UInt8] {
        var csv = CSVText(quoteAll: era.quoteAll, bom: era.bom)
        var header = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO"]
        if era.recipientURLs { header.append("RECIPIENT PROFILE URLS") }
        header += ["DATE", "SUBJECT", "CONTENT", "FOLDER"]
        if era.draftColumns { header += ["ATTACHMENTS", "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"] }
        csv.row(header)
        let owner = inbox.owner
        func row(_ conversation: String, title: String = "", from: String, fromURL: String, to: [String], toURLs: [String],
                 at: Timestamp, content: String, draft: Bool = false) {
            var r = [conversation, title, from, fromURL, to.joined(separator: ", ")]
            if era.recipientURLs { r.append(toURLs.joined(separator: ",")) }
            r += [Self.messageDate(at), "", content, "INBOX"]
            if era.draftColumns { r += ["", draft ? "Yes" : "No", "No"] }
            csv.row(r)
        }
        var lastAt = inbox.start
        for t in state.threads {
            let k = Int(t.counterpart.index)
            let p = inbox.people[k]
            let conversation = "2-" + Identity.tag(p.id) + "=="
            // Newest first within a conversation, as LinkedIn lists them.
            for m in t.messages.reversed() {
                let e = inbox.events[Int(m)]
                let fromOwner = e.actor.isOwner
                row(conversation, from: fromOwner ? owner.name : names[k], fromURL: Self.url(fromOwner ? owner.id : p.id),
                    to: [fromOwner ? names[k] : owner.name], toURLs: [Self.url(fromOwner ? p.id : owner.id)],
                    at: e.at, content: content(e.text))
                lastAt = max(lastAt, e.at)
            }
        }
        extras(row: row, names: names, at: lastAt)
        return csv.bytes
    }

    /// The rows real exports have and generated inboxes lack.
    private func extras(
        row: (String, String, String, String, [String], [String], Timestamp, String, Bool) -> Void, names: [String], at: Timestamp
    ) {
        let owner = inbox.owner
        let me = Self.url(owner.id)
        let t = at.adding(minutes: -90)
        // A group conversation: two fictional members and the owner.
        let a = ("Marisol Quintero-Vance", "marisol-qv-demo"), b = ("Teodor Lindqvist-Amari", "teodor-la-demo")
        row("2-group-demo==", "Offsite planning", a.0, Self.url(a.1), [owner.name, b.0], [me, Self.url(b.1)], t,
            content("Shall we pick the venue by Friday? Options: lake & city."), false)
        row("2-group-demo==", "Offsite planning", b.0, Self.url(b.1), [owner.name, a.0], [me, Self.url(a.1)], t.adding(minutes: 5),
            content("City works for me."), false)
        row("2-group-demo==", "Offsite planning", owner.name, me, [a.0, b.0], [Self.url(a.1), Self.url(b.1)], t.adding(minutes: 9),
            content("City it is."), false)
        // Sponsored InMail: no sender URL, the template's marker, a placeholder left unfilled.
        row("2-sponsored-demo==", "", "Northwind Learning", "", [owner.name], [me], t.adding(minutes: 20),
            HTMLText.sponsoredMarker + "Hi %FIRSTNAME%, grow your career with our certificate.</p>", false)
        // A closed account.
        row("2-member-demo==", "", "LinkedIn Member", "", [owner.name], [me], t.adding(minutes: 30),
            content("Hello, is this role still open?"), false)
        // A draft the owner never sent: not part of the inbox.
        if era.draftColumns, let k = inbox.people.indices.dropFirst().first {
            row("2-draft-demo==", "", owner.name, me, [names[k]], [Self.url(inbox.people[k].id)], t.adding(minutes: 40),
                content("Draft: never sent"), true)
        }
    }

    private func shares() -> [UInt8] {
        var csv = CSVText(quoteAll: era.quoteAll, bom: era.bom)
        csv.row(["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"])
        for (k, post) in inbox.posts.enumerated() where post.author.isOwner {
            csv.row([Self.messageDate(post.at).replacingOccurrences(of: " UTC", with: ""),
                     "https://www.linkedin.com/feed/update/urn:li:share:\(7_000_000 + k)", post.text, "", "", "MEMBER_NETWORK"])
        }
        return csv.bytes
    }

    // MARK: Values

    /// Message text as the export holds it: HTML-escaped; in 2026 as
    /// paragraphs with `<br>` line breaks and apostrophes as `&#39;`.
    private func content(_ text: String) -> String {
        var s = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        if era.htmlParagraphs {
            s = "<p>" + s.replacingOccurrences(of: "'", with: "&#39;").replacingOccurrences(of: "\n", with: "<br>") + "</p>"
        }
        return s
    }

    private func splitHeadline(_ h: String) -> (position: String, company: String) {
        if let r = h.range(of: " at ") { return (String(h[..<r.lowerBound]), String(h[r.upperBound...])) }
        return (h, "")
    }

    static func connectedOn(_ t: Timestamp) -> String {
        let c = t.components
        return (c.day < 10 ? "0" : "") + "\(c.day) \(Timestamp.monthNames[c.month - 1]) \(c.year)"
    }

    static func sentAt(_ t: Timestamp) -> String {
        let c = t.components
        let h12 = c.hour % 12 == 0 ? 12 : c.hour % 12
        return "\(c.month)/\(c.day)/\(c.year % 100 < 10 ? "0" : "")\(c.year % 100), \(h12):\(c.minute < 10 ? "0" : "")\(c.minute) \(c.hour < 12 ? "AM" : "PM")"
    }

    static func messageDate(_ t: Timestamp) -> String {
        String(t.iso8601.prefix(19)).replacingOccurrences(of: "T", with: " ") + " UTC"
    }
}
