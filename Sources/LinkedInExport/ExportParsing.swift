import InboxModel

/// The first pass: each known CSV file into `ExportRecords`, columns by name.
extension ExportRecords {
    mutating func readProfile(_ file: String, _ bytes: [UInt8]) throws(ExportError) {
        let t = try CSVTable(file: file, bytes: bytes, known: ["first name", "last name", "headline"])
        let first = t.index("first name"), last = t.index("last name"), headline = t.index("headline")
        let rows = try t.rows { row in
            let name = [first, last].compactMap { $0.map { field(row, $0) } }.filter { !$0.isEmpty }.joined(separator: " ")
            return (name, headline.map { field(row, $0) } ?? "")
        }
        guard let (name, line) = rows.first else { return }
        if !name.isEmpty { ownerName = name }
        ownerHeadline = line
    }

    mutating func readConnections(_ file: String, _ bytes: [UInt8]) throws(ExportError) {
        let t = try CSVTable(file: file, bytes: bytes, known: ["first name", "last name", "connected on", "url", "company", "position"])
        let first = try t.required("first name", shownAs: "First Name")
        let last = try t.required("last name", shownAs: "Last Name")
        let on = try t.required("connected on", shownAs: "Connected On")
        let url = t.index("url"), company = t.index("company"), position = t.index("position")
        let rows = try t.rows { row throws(CSVTable.BadValue) -> Connection? in
            let name = [field(row, first), field(row, last)].filter { !$0.isEmpty }.joined(separator: " ")
            // A member who hid their profile: only the date is left.
            guard !name.isEmpty else { return nil }
            guard let at = ExportDates.connectedOn(field(row, on)) else { throw CSVTable.BadValue(column: "Connected On") }
            return Connection(
                name: name, url: url.map { field(row, $0) } ?? "", company: company.map { field(row, $0) } ?? "",
                position: position.map { field(row, $0) } ?? "", on: at)
        }
        connections += rows.compactMap { $0 }
        hiddenConnections += rows.count - rows.compactMap { $0 }.count
    }

    mutating func readInvitations(_ file: String, _ bytes: [UInt8]) throws(ExportError) {
        let t = try CSVTable(file: file, bytes: bytes, known: ["from", "to", "sent at", "direction", "message"])
        let from = try t.required("from", shownAs: "From")
        let to = try t.required("to", shownAs: "To")
        let sent = try t.required("sent at", shownAs: "Sent At")
        let direction = try t.required("direction", shownAs: "Direction")
        let message = t.index("message"), inviter = t.index("inviterprofileurl"), invitee = t.index("inviteeprofileurl")
        invitations += try t.rows { row throws(CSVTable.BadValue) in
            guard let at = ExportDates.sentAt(field(row, sent)) else { throw CSVTable.BadValue(column: "Sent At") }
            let d = field(row, direction).uppercased()
            guard d == "INCOMING" || d == "OUTGOING" else { throw CSVTable.BadValue(column: "Direction") }
            return Invitation(
                from: field(row, from), to: field(row, to), at: at,
                note: message.map { HTMLText.plain(field(row, $0)) } ?? "", incoming: d == "INCOMING",
                inviterURL: inviter.map { field(row, $0) } ?? "", inviteeURL: invitee.map { field(row, $0) } ?? "")
        }
    }

    mutating func readMessages(_ file: String, _ bytes: [UInt8]) throws(ExportError) {
        let t = try CSVTable(file: file, bytes: bytes, known: [
            "conversation id", "conversation title", "from", "sender profile url", "to", "date", "content",
        ])
        let conversation = try t.required("conversation id", shownAs: "CONVERSATION ID")
        let from = try t.required("from", shownAs: "FROM")
        let to = try t.required("to", shownAs: "TO")
        let date = try t.required("date", shownAs: "DATE")
        let content = try t.required("content", shownAs: "CONTENT")
        let title = t.index("conversation title"), senderURL = t.index("sender profile url")
        let recipientURLs = t.index("recipient profile urls")
        let draft = t.index("is message draft"), conversationDraft = t.index("is conversation draft")
        let rows = try t.rows { row throws(CSVTable.BadValue) -> Message? in
            if let d = draft, isYes(field(row, d)) { return nil }
            if let d = conversationDraft, isYes(field(row, d)) { return nil }
            guard let at = ExportDates.messageDate(field(row, date)) else { throw CSVTable.BadValue(column: "DATE") }
            let raw = field(row, content)
            let sender = senderURL.map { field(row, $0) } ?? ""
            let sponsored = sender.isEmpty && raw.utf8.starts(with: HTMLText.sponsoredMarker.utf8)
            // Split on the comma's byte: splitting by Character was a
            // quarter of the time spent on a message row.
            let urls = recipientURLs.map {
                field(row, $0).utf8.split(separator: 0x2C).map { Substring($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            }
            return Message(
                conversation: field(row, conversation), title: title.map { field(row, $0) } ?? "",
                from: field(row, from), senderURL: sender, to: field(row, to), recipientURLs: urls,
                at: at, text: HTMLText.plain(raw), sponsored: sponsored)
        }
        messages.reserveCapacity(messages.count + rows.count)
        for r in rows {
            if let m = r { messages.append(m) } else { drafts += 1 }
        }
        // Listed in the export's own order, before the posts, whether it
        // was read with the other files or after them.
        files.insert(file, at: files.firstIndex { $0.lowercased().hasSuffix("shares.csv") } ?? files.count)
    }

    mutating func readShares(_ file: String, _ bytes: [UInt8]) throws(ExportError) {
        let t = try CSVTable(file: file, bytes: bytes, known: ["date", "sharelink", "sharecommentary"])
        let date = try t.required("date", shownAs: "Date")
        let text = t.index("sharecommentary")
        shares += try t.rows { row throws(CSVTable.BadValue) in
            guard let at = ExportDates.messageDate(field(row, date)) else { throw CSVTable.BadValue(column: "Date") }
            return Share(at: at, text: text.map { HTMLText.plain(field(row, $0)) } ?? "")
        }
    }
}

/// A row's field trimmed, or "" when the row is short (a missing optional
/// column at the end of a line).
@inline(__always) func field(_ row: [String], _ i: Int) -> String {
    guard i < row.count else { return "" }
    let f = row[i]
    guard let a = f.utf8.first, let z = f.utf8.last, a == 0x20 || z == 0x20 || a == 0x09 || z == 0x09 || a == 0x0D || z == 0x0D else { return f }
    return String(Substring(f).trimmingWhitespace())
}

/// `Yes` or `true`, any case; most rows say `No` or nothing, and are
/// told apart by length without making a lowercased copy.
private func isYes(_ s: String) -> Bool {
    let n = s.utf8.count
    guard n == 3 || n == 4 else { return false }
    let l = s.lowercased()
    return l == "yes" || l == "true"
}
