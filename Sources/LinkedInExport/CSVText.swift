/// CSV lines as LinkedIn writes them, for synthetic exports.
struct CSVText {
    var quoteAll: Bool
    private(set) var bytes: [UInt8] = []
    private var started = false

    init(quoteAll: Bool, bom: Bool) {
        self.quoteAll = quoteAll
        if bom { bytes = [0xEF, 0xBB, 0xBF] }
    }

    mutating func row(_ fields: [String]) {
        newline()
        for (i, f) in fields.enumerated() {
            if i > 0 { bytes.append(0x2C) }
            let needs = quoteAll || f.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
            if needs {
                bytes.append(0x22)
                for b in f.utf8 {
                    if b == 0x22 { bytes.append(0x22) }
                    bytes.append(b)
                }
                bytes.append(0x22)
            } else {
                bytes.append(contentsOf: f.utf8)
            }
        }
    }

    /// A line as it is, outside the table (the connections' preamble).
    mutating func raw(_ line: String) {
        newline()
        bytes.append(contentsOf: line.utf8)
    }

    /// Between lines only: exports often end without a final newline.
    private mutating func newline() {
        if started { bytes.append(0x0A) }
        started = true
    }
}
