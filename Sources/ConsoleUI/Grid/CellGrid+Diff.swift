/// Diffing two frames: the terminal backends write only the cells that changed, and tests and
/// benchmarks count them to show that moving the selection costs a few cells, not a repaint.
extension CellGrid {
    /// A run of changed cells on one row, from `startColumn` up to (not including) `endColumn`.
    public struct ChangedRun: Hashable, Sendable {
        public var row: Int
        public var startColumn: Int
        public var endColumn: Int
    }

    /// Runs of cells that differ from `previous`; every cell when sizes differ or there is no
    /// previous frame. A run never starts on the right half of a wide character.
    public func changedRuns(since previous: CellGrid?) -> [ChangedRun] {
        guard let previous, previous.columns == columns, previous.rows == rows else {
            return (0..<rows).map { ChangedRun(row: $0, startColumn: 0, endColumn: columns) }
        }
        var runs: [ChangedRun] = []
        for y in 0..<rows {
            let base = y * columns
            var x = 0
            while x < columns {
                if cells[base + x] != previous.cells[base + x] {
                    var start = x
                    if start > 0 && cells[base + start].isContinuation { start -= 1 }
                    var end = x + 1
                    while end < columns && cells[base + end] != previous.cells[base + end] { end += 1 }
                    if end < columns && cells[base + end].isContinuation { end += 1 }
                    if let last = runs.last, last.row == y, last.endColumn >= start {
                        runs[runs.count - 1].endColumn = max(last.endColumn, end)
                    } else {
                        runs.append(ChangedRun(row: y, startColumn: start, endColumn: end))
                    }
                    x = end
                } else {
                    x += 1
                }
            }
        }
        return runs
    }

    /// Number of cells that differ from `previous` (all cells when there is none).
    public func changedCellCount(since previous: CellGrid?) -> Int {
        changedRuns(since: previous).reduce(0) { $0 + ($1.endColumn - $1.startColumn) }
    }
}

extension CellGrid {
    /// The frame as a non-UTF-8 terminal shows it: every non-ASCII cell becomes `?` (one per
    /// column, so a wide character becomes `??` and columns stay aligned).
    public func asciiOnly() -> CellGrid {
        var copy = self
        for y in 0..<rows {
            for x in 0..<columns {
                let cell = self[x, y]
                if cell.isContinuation || !cell.grapheme.isASCII {
                    copy[x, y] = Cell(grapheme: "?", width: 1, style: cell.style)
                }
            }
        }
        return copy
    }
}
