import InboxSearch
import ScreenKit

/// Marks a search's matches where they are drawn (less and neomutt do the
/// same): each line of a pane is read back from the cells and every
/// case-folded occurrence of the query restyled. Working on what is on
/// screen, not on the texts behind it, means every view gets it, and a
/// frame pays for the visible lines only.
enum SearchHighlight {
    static func apply(_ query: String, to screen: inout Screen, in area: Rect) {
        let folded = CaseFolding.fold(query)
        guard !folded.isEmpty, !folded.contains(0x0A) else { return }
        let rect = area.intersection(screen.bounds)
        guard rect.width > 0 else { return }
        for y in rect.y..<rect.maxY {
            // The folded bytes of the line and, per byte, the column it came from.
            var bytes: [UInt8] = []
            var columns: [Int] = []
            bytes.reserveCapacity(rect.width)
            columns.reserveCapacity(rect.width)
            for x in rect.x..<rect.maxX {
                let cell = screen[x, y]
                if cell.isContinuation { continue }
                // Nearly every cell is one ASCII byte: folded in place, as
                // folding each of a frame's thousands of cells into an
                // array of its own would allocate per cell.
                let utf8 = cell.grapheme.utf8
                if utf8.count == 1, let b = utf8.first, b < 0x80 {
                    bytes.append(CaseFolding.lowerASCII(b))
                    columns.append(x)
                    continue
                }
                for b in CaseFolding.fold(cell.grapheme) {
                    bytes.append(b)
                    columns.append(x)
                }
            }
            for (start, end) in ranges(of: folded, in: bytes) {
                let from = columns[start], to = columns[end - 1]
                let width = max(1, screen[to, y].width)
                screen.restyle(Rect(x: from, y: y, width: to + width - from, height: 1)) { $0.merged(with: Theme.match) }
            }
        }
    }

    /// Where `query` occurs in `text`, as byte ranges, not overlapping.
    static func ranges(of query: [UInt8], in text: [UInt8]) -> [(Int, Int)] {
        let n = text.count, m = query.count
        guard m > 0, n >= m else { return [] }
        var out: [(Int, Int)] = []
        var i = 0
        while i <= n - m {
            var j = 0
            while j < m && text[i + j] == query[j] { j += 1 }
            if j == m {
                out.append((i, i + m))
                i += m
            } else {
                i += 1
            }
        }
        return out
    }
}
