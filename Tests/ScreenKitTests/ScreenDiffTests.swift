import Testing
import ScreenKit

@Suite("Screen diff")
struct ScreenDiffTests {
    @Test func identicalScreensHaveNoChanges() {
        var screen = Screen(width: 10, height: 3)
        screen.put("Hana 佐藤", x: 0, y: 1)
        #expect(screen.diff(from: screen).isEmpty)
    }

    @Test func groupsRunsPerRow() {
        var before = Screen(width: 10, height: 3)
        before.put("abcdefghij", x: 0, y: 0)
        var after = before
        after.put("XY", x: 2, y: 0)
        after.put("Z", x: 7, y: 0)
        after.put("row", x: 0, y: 2)
        let changes = after.diff(from: before)
        #expect(changes.map(\.x) == [2, 7, 0])
        #expect(changes.map(\.y) == [0, 0, 2])
        #expect(changes.map { $0.cells.map(\.grapheme).joined() } == ["XY", "Z", "row"])
    }

    @Test func styleChangesCount() {
        var before = Screen(width: 4, height: 1)
        before.put("abcd", x: 0, y: 0)
        var after = before
        after.setStyle(.reverse, in: Rect(x: 1, y: 0, width: 2, height: 1))
        let changes = after.diff(from: before)
        #expect(changes == [ScreenChange(x: 1, y: 0, cells: [Cell("b", style: .reverse), Cell("c", style: .reverse)])])
    }

    @Test("runs start at a grapheme and keep wide pairs whole")
    func widePairsStayWhole() {
        var before = Screen(width: 6, height: 1)
        before.put("中文字", x: 0, y: 0)
        var after = before
        after.restyle(Rect(x: 3, y: 0, width: 1, height: 1)) { _ in .bold }  // only 文's second column
        let changes = after.diff(from: before)
        #expect(changes.count == 1)
        #expect(changes[0].x == 2)
        #expect(changes[0].cells.count == 2)
        #expect(changes[0].cells[0].grapheme == "文")

        var replaced = before
        replaced.put("ab", x: 0, y: 0)
        let replacedChanges = replaced.diff(from: before)
        #expect(replacedChanges == [ScreenChange(x: 0, y: 0, cells: [Cell("a"), Cell("b")])])

        var widened = Screen(width: 6, height: 1)
        widened.put("ab", x: 0, y: 0)
        var widenedAfter = widened
        widenedAfter.put("中", x: 1, y: 0)
        let widenedChanges = widenedAfter.diff(from: widened)
        #expect(widenedChanges.count == 1)
        #expect(widenedChanges[0].x == 1)
        #expect(widenedChanges[0].cells.count == 2)
        #expect(widenedChanges[0].cells[1].isContinuation)
    }

    @Test("applying the changes to the old screen yields the new one")
    func changesReproduceTheScreen() {
        var before = Screen(width: 12, height: 3)
        before.put("Perhaps you", x: 0, y: 0)
        before.put("中文 🚀 ok", x: 1, y: 1)
        var after = before
        after.put("did not see", x: 1, y: 0)
        after.put("🇯🇵", x: 4, y: 1)
        after.put("x", x: 8, y: 1)
        after.box(Rect(x: 6, y: 1, width: 6, height: 2))
        // Replay the runs cell by cell into a copy of the old grid.
        var grid = (0..<before.height).map { y in (0..<before.width).map { before[$0, y] } }
        for change in after.diff(from: before) {
            for (offset, cell) in change.cells.enumerated() {
                grid[change.y][change.x + offset] = cell
            }
            #expect(!change.cells[0].isContinuation)
        }
        for y in 0..<after.height {
            for x in 0..<after.width {
                #expect(grid[y][x] == after[x, y], "cell \(x),\(y)")
            }
        }
    }

    @Test func sizeChangeRedrawsEverything() {
        let small = Screen(width: 3, height: 2)
        var large = Screen(width: 4, height: 3)
        large.put("abcd", x: 0, y: 1)
        let changes = large.diff(from: small)
        #expect(changes.count == 3)
        #expect(changes.allSatisfy { $0.x == 0 && $0.cells.count == 4 })
        #expect(changes == large.fullRedraw)
    }
}
