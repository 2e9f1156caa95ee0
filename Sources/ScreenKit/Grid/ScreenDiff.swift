/// A run of cells on one row that differ from the previous frame. The run
/// always starts at a grapheme (never a continuation) and includes both
/// columns of every wide grapheme in it.
public struct ScreenChange: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cells: [Cell]

    public init(x: Int, y: Int, cells: [Cell]) {
        self.x = x
        self.y = y
        self.cells = cells
    }
}

extension Screen {
    /// The runs of cells that must be redrawn to turn `previous` into this
    /// screen, top to bottom and left to right. When the sizes differ every
    /// row is one run.
    public func diff(from previous: Screen) -> [ScreenChange] {
        guard previous.size == size else { return fullRedraw }
        var changes: [ScreenChange] = []
        for row in 0..<height {
            let base = row * width
            var column = 0
            while column < width {
                guard cells[base + column] != previous.cells[base + column] else {
                    column += 1
                    continue
                }
                var start = column
                if start > 0 && cells[base + start].isContinuation { start -= 1 }
                var end = column + 1
                while end < width && cells[base + end] != previous.cells[base + end] { end += 1 }
                if end < width && cells[base + end].isContinuation { end += 1 }
                changes.append(ScreenChange(x: start, y: row, cells: Array(cells[base + start..<base + end])))
                column = end
            }
        }
        return changes
    }

    /// Every row as one run, for the first frame or after a resize.
    public var fullRedraw: [ScreenChange] {
        (0..<height).map { row in
            ScreenChange(x: 0, y: row, cells: Array(cells[row * width..<(row + 1) * width]))
        }
    }
}
