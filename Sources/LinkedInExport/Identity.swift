import Shared

/// How people in an export get their ids: the slug of their profile URL
/// where the export gives one, else a stable id made from the name.
enum Identity {
    /// `https://www.linkedin.com/in/Jane-Doe-12ab/?x=1` -> `jane-doe-12ab`.
    /// A scan of the bytes: it runs for every row of a large messages.csv.
    static func slug(fromURL url: String) -> String? {
        let u = Array(url.utf8)
        let n = u.count
        var i = 0
        var start = -1
        while i + 3 < n {
            if u[i] == 0x2F && u[i + 1] == 0x69 && u[i + 2] == 0x6E && u[i + 3] == 0x2F { start = i + 4; break }
            i += 1
        }
        guard start >= 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(n - start)
        var k = start
        while k < n {
            let b = u[k]
            if b == 0x3F || b == 0x23 || b == 0x2F || b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A { break }
            out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
            k += 1
        }
        guard !out.isEmpty else { return nil }
        let slug = String(decoding: out, as: UTF8.self)
        // Letters beyond ASCII lowercased too.
        return out.allSatisfy({ $0 < 0x80 }) ? slug : slug.lowercased()
    }

    /// `name:jane-doe-phd` for "Jane Doe, PhD": letters and digits kept,
    /// everything else a single dash. The prefix keeps it apart from slugs.
    static func id(fromName name: String) -> String {
        var out = ""
        var dash = false
        for ch in name.lowercased() {
            if ch.isLetter || ch.isNumber {
                if dash && !out.isEmpty { out.append("-") }
                out.append(ch)
                dash = false
            } else {
                dash = true
            }
        }
        return "name:" + (out.isEmpty ? "unnamed" : String(out.prefix(80)))
    }

    /// A short stable tag for an opaque key (a conversation id).
    static func tag(_ key: String) -> String {
        var bytes = Array(key.utf8)
        var h = ContentHasher(totalCount: bytes.count)
        bytes.withUnsafeMutableBytes { h.update(UnsafeRawBufferPointer($0)) }
        return String(h.finish().prefix(10))
    }

    /// The display form of a name as LinkedIn wrote it, or nil when empty.
    static func name(_ s: String) -> String? {
        if let a = s.utf8.first, let z = s.utf8.last, a > 0x20 && a < 0x80 && z > 0x20 && z < 0x80 { return s }
        let t = Substring(s).trimmingWhitespace()
        return t.isEmpty ? nil : String(t)
    }

    /// Splits a `TO` field. Names are joined with ", " but may contain it
    /// ("Jane Doe, PhD"): a piece that is a credential rather than a name
    /// goes back onto the name before it. With the recipients' URLs
    /// (since 2024) their count decides when it differs.
    static func recipients(_ to: String, count: Int?, known: Set<String>) -> [String] {
        let whole = String(Substring(to).trimmingWhitespace())
        if whole.isEmpty { return [] }
        if count == 1 || known.contains(whole) { return [whole] }
        var out: [String] = []
        for piece in whole.components(separatedBy: ", ") {
            let p = String(Substring(piece).trimmingWhitespace())
            guard !p.isEmpty else { continue }
            if let last = out.last, !known.contains(p), known.contains(last + ", " + p) || looksLikeSuffix(p) {
                out[out.count - 1] = last + ", " + p
            } else {
                out.append(p)
            }
        }
        if let n = count, n > 0, out.count > n {
            // More pieces than people: fold the extra ones into the last name.
            let head = out.prefix(n - 1)
            out = Array(head) + [out.dropFirst(n - 1).joined(separator: ", ")]
        }
        return out
    }

    private static let suffixes: Set<String> = [
        "phd", "ph.d.", "md", "m.d.", "mba", "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "cpa", "pmp", "cfa",
        "esq", "esq.", "msc", "bsc", "ma", "ba", "rn", "pe", "dds", "llm", "cissp", "shrm-cp", "frsa",
    ]

    /// "PhD", "MBA", "Jr.": one word, in the list or all capitals.
    private static func looksLikeSuffix(_ p: String) -> Bool {
        guard !p.contains(" ") else { return false }
        if suffixes.contains(p.lowercased()) { return true }
        let letters = p.filter(\.isLetter)
        return letters.count >= 2 && letters.count <= 6 && letters.allSatisfy(\.isUppercase)
    }
}
