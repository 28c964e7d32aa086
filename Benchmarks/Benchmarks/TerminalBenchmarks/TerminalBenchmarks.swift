import Benchmark
import BenchmarkTolerances
import ConsoleUI

// Terminal-layer benchmarks (issue 4):
// 1. rendering the viewport of a 100,000-row table into an 80x24 frame (target < 1 ms);
// 2. what moving the selection by one row costs, as a share of a full repaint (target <= 10%):
//    counted as changed cells (VirtualTerminal diff) and as bytes really written by ncurses
//    to a pseudo-terminal (CursesTerminal on a pty).

private let rowCount = 100_000
private let bytesWritten = BenchmarkMetric.custom("bytes per move that scrolls (pty)", polarity: .prefersSmaller, useScalingFactor: false)
private let bytesWrittenInWindow = BenchmarkMetric.custom("bytes per move inside the window (pty)", polarity: .prefersSmaller, useScalingFactor: false)
private let bytesFull = BenchmarkMetric.custom("bytes written per full repaint (pty)", polarity: .prefersSmaller, useScalingFactor: false)
private let movePermille = BenchmarkMetric.custom("scrolling move, per mille of a full repaint", polarity: .prefersSmaller, useScalingFactor: false)
private let movePermilleInWindow = BenchmarkMetric.custom("move inside the window, per mille of full", polarity: .prefersSmaller, useScalingFactor: false)
private let cellsChanged = BenchmarkMetric.custom("cells changed per move", polarity: .prefersSmaller, useScalingFactor: false)

private func row(_ index: Int) -> [DisplayText] {
    [DisplayText("\(index + 1)"), DisplayText(index % 5 == 0 ? "山田太郎 \(index)" : "Resident \(index)"), DisplayText("resident\(index)@example.com"), "active"]
}

private let columns = [
    TableColumn("#", width: .fixed(7), alignment: .trailing),
    TableColumn("Name", width: .flexible(minimum: 12, weight: 2)),
    TableColumn("Email", width: .flexible(minimum: 12, weight: 2)),
    TableColumn("Status", width: .fixed(9)),
]

/// The console frame for a selection: status bar, pane, table, footer.
private func frame(selected: Int, size: TerminalSize, glyphs: Glyphs = .unicode) -> CellGrid {
    var grid = CellGrid(columns: size.columns, rows: size.rows, glyphs: glyphs)
    let (top, rest) = grid.bounds.splitTop(1)
    let (middle, footer) = rest.splitBottom(1)
    StatusBar(left: ["keydesk", "Users"], right: ["80x24"]).render(into: &grid, in: top)
    let pane = Pane(title: "Users", focused: true)
    let content = pane.contentRect(in: middle)
    let viewport = TableViewport(rowCount: rowCount, visibleRows: Table.visibleRows(in: content), selectedIndex: selected)
    var titled = pane
    titled.detail = DisplayText(viewport.positionText)
    titled.render(into: &grid, in: middle)
    Table(columns: columns, rowCount: rowCount, viewport: viewport, sort: TableSort(column: 1), row: row).render(into: &grid, in: content)
    Footer(hints: [KeyHint(key: "j", label: "Down"), KeyHint(key: "q", label: "Quit")]).render(into: &grid, in: footer)
    return grid
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3),
                                           thresholds: Tolerance.thresholds([.wallClock, .mallocCountTotal]))

    Benchmark("RenderViewport_100kRowTable_80x24") { benchmark in
        for i in benchmark.scaledIterations {
            blackHole(frame(selected: 50_000 + i % 100, size: TerminalSize(columns: 80, rows: 24)))
        }
    }

    Benchmark("SelectionMove_CellsChanged_VirtualTerminal", configuration: .init(metrics: [cellsChanged], maxIterations: 1, thresholds: Tolerance.thresholds([cellsChanged]))) { benchmark in
        let terminal = VirtualTerminal(columns: 80, rows: 24)
        terminal.present(frame(selected: 500, size: terminal.size))
        terminal.present(frame(selected: 501, size: terminal.size))
        benchmark.measurement(cellsChanged, terminal.lastChangedCells)
    }

    let ptyMetrics = [bytesWritten, bytesWrittenInWindow, bytesFull, movePermille, movePermilleInWindow]
    Benchmark("SelectionMove_PtyBytes_CursesTerminal",
              configuration: .init(metrics: ptyMetrics, maxIterations: 1, thresholds: Tolerance.thresholds(ptyMetrics))) { benchmark in
        guard let pty = try? PseudoTerminal(columns: 80, rows: 24),
              let terminal = try? CursesTerminal(options: .init(
                  inputDescriptor: pty.slaveDescriptor, outputDescriptor: pty.slaveDescriptor,
                  terminalType: "xterm-256color", environment: ["TERM": "xterm-256color"], locale: "C.UTF-8"))
        else { return }
        defer { terminal.close() }
        _ = pty.drain()
        terminal.present(frame(selected: 500, size: terminal.size))
        let full = pty.drain().count
        var moves = 0
        for step in 1...20 {
            terminal.present(frame(selected: 500 + step, size: terminal.size))
            moves += pty.drain().count
        }
        // Selection at the bottom of the window: every move scrolls the table by one row.
        let move = moves / 20
        // Selection inside the window (rows 0...19 on screen): two rows change.
        terminal.present(frame(selected: 0, size: terminal.size))
        _ = pty.drain()
        var insideMoves = 0
        for step in 1...15 {
            terminal.present(frame(selected: step, size: terminal.size))
            insideMoves += pty.drain().count
        }
        let inside = insideMoves / 15
        benchmark.measurement(bytesFull, full)
        benchmark.measurement(bytesWritten, move)
        benchmark.measurement(bytesWrittenInWindow, inside)
        benchmark.measurement(movePermille, full > 0 ? move * 1000 / full : 0)
        benchmark.measurement(movePermilleInWindow, full > 0 ? inside * 1000 / full : 0)
    }
}
