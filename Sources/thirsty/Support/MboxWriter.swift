import InboxModel

/// An inbox's messages as an mbox, one mail per message, so the same
/// messages can be opened in a mail client (the README compares opening
/// 300,000 of them with neomutt). Headers are plain, bodies quoted the
/// mboxrd way ("From " lines gain a '>').
enum MboxWriter {
    /// Calls `write` with pieces of the mbox, in log order.
    static func write(_ inbox: Inbox, progress: (Double) -> Void = { _ in }, to write: ([UInt8]) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        var n = 0
        let total = max(1, inbox.events.count)
        for (k, e) in inbox.events.enumerated() where e.type == .message {
            n += 1
            let from = inbox.person(e.actor), to = inbox.person(e.subject)
            let fromID = address(from.id), toID = address(to.id)
            var mail = "From \(fromID)@example.invalid \(asctime(e.at))\n"
            mail += "From: \(header(from.name)) <\(fromID)@example.invalid>\n"
            mail += "To: \(header(to.name)) <\(toID)@example.invalid>\n"
            mail += "Subject: Message \(n) from \(header(from.name))\n"
            mail += "Date: \(rfc2822(e.at))\n"
            mail += "Message-ID: <m\(n)@example.invalid>\n"
            mail += "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            mail += quoted(e.text) + "\n\n"
            out.append(contentsOf: mail.utf8)
            if out.count >= 1 << 20 {
                write(out)
                out.removeAll(keepingCapacity: true)
                progress(Double(k) / Double(total))
            }
        }
        if !out.isEmpty { write(out) }
        progress(1)
    }

    /// Body lines that would start a new mail are quoted with '>'.
    static func quoted(_ body: String) -> String {
        body.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let unquoted = line.drop { $0 == ">" }
            return unquoted.hasPrefix("From ") ? ">" + line : String(line)
        }.joined(separator: "\n")
    }

    /// A header value on one line.
    private static func header(_ s: String) -> String {
        String(s.map { $0.isNewline ? " " : $0 })
    }

    /// The local part of an address: ids are free text in fixtures.
    private static func address(_ id: String) -> String {
        String(id.unicodeScalars.map { s -> Character in
            s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "." || s == "_") ? Character(s) : "_"
        })
    }

    /// "Fri Mar 20 09:00:00 2026", as the mbox separator line has it.
    static func asctime(_ t: Timestamp) -> String {
        let c = t.components
        return "\(Timestamp.weekdayNames[c.weekday]) \(Timestamp.monthNames[c.month - 1]) \(pad(c.day)) \(pad(c.hour)):\(pad(c.minute)):\(pad(c.second)) \(c.year)"
    }

    /// "Fri, 20 Mar 2026 09:00:00 +0000".
    static func rfc2822(_ t: Timestamp) -> String {
        let c = t.components
        return "\(Timestamp.weekdayNames[c.weekday]), \(c.day) \(Timestamp.monthNames[c.month - 1]) \(c.year) \(pad(c.hour)):\(pad(c.minute)):\(pad(c.second)) +0000"
    }

    private static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
