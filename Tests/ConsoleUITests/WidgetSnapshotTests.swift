import Foundation
import ConsoleCore
import KeydeskTestSupport
import Testing
@testable import ConsoleUI

/// Users as the API might return them, including wide characters and hostile names.
let sampleUsers: [[String]] = [
    ["Zoë Ñúñez", "zoe@example.com", "Lobby, Garage", "active"],
    ["山田太郎", "taro@example.jp", "Lobby", "active"],
    ["SAFE NAME\rEVIL", "evil@example.com", "Roof", "suspended"],
    ["abc\u{8}\u{8}X", "bs@example.com", "Lobby", "active"],
    ["\u{1B}[31mRed\u{1B}]0;pwned\u{7}", "esc@example.com", "Garage", "active"],
    ["user\u{202E}fdp.exe", "rlo@example.com", "Lobby", "active"],
    ["Family 👩‍👩‍👧 Park", "park@example.com", "Lobby", "active"],
    ["A very long resident name that cannot possibly fit its column", "long@example.com", "All entrances of the building", "active"],
]

func usersTable(viewport: TableViewport, focused: Bool = true) -> Table {
    Table(
        columns: [
            TableColumn("Name", width: .flexible(minimum: 10, weight: 3)),
            TableColumn("Email", width: .flexible(minimum: 10, weight: 2)),
            TableColumn("Entrances", width: .flexible(minimum: 8, weight: 2)),
            TableColumn("Status", width: .fixed(9), alignment: .trailing),
        ],
        rows: sampleUsers.map { $0.map { DisplayText($0) } },
        viewport: viewport, sort: TableSort(column: 0), focused: focused
    )
}

/// A whole console screen: status bar, users pane, flash line, footer.
func drawConsole(_ grid: inout CellGrid, selected: Int = 1, flash: FlashMessage? = nil, readOnly: Bool = false) {
    let bounds = grid.bounds
    let (top, rest) = bounds.splitTop(1)
    let (middle, bottom) = rest.splitBottom(2)
    StatusBar(left: ["SANDBOX", "Maple Court ACS", "Users"], right: [DisplayText("\(grid.columns)x\(grid.rows)")]).render(into: &grid, in: top)
    let viewport = TableViewport(rowCount: sampleUsers.count, visibleRows: middle.height - 3, selectedIndex: selected)
    let pane = Pane(title: "Users", focused: true, detail: DisplayText(viewport.positionText))
    pane.render(into: &grid, in: middle)
    usersTable(viewport: viewport).render(into: &grid, in: pane.contentRect(in: middle))
    let (flashRow, footerRow) = bottom.splitTop(1)
    FlashLine(message: flash).render(into: &grid, in: flashRow)
    Footer(bindings: sampleRegistry(readOnly: readOnly).footer(in: [SampleScopes.users, SampleScopes.lists, .anywhere])).render(into: &grid, in: footerRow)
}

@Suite struct WidgetSnapshotTests {
    let suite = "WidgetSnapshotTests"

    @Test func consoleScreenWithWideAndHostileNames() {
        let text = renderScreen { drawConsole(&$0, flash: FlashMessage(.info, "8 users loaded")) }
        assertSnapshot(text, suite: suite, named: "console-80x24")
    }

    @Test func hostileNamesKeepColumnsAligned() {
        let lines = renderScreen { drawConsole(&$0) }.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Every data row has its email column start at the same display column.
        let emailColumns = lines.compactMap { line -> Int? in
            guard let range = line.range(of: "@example") else { return nil }
            let prefix = line[..<range.lowerBound]
            let start = prefix.lastIndex(of: " ").map { prefix.index(after: $0) } ?? prefix.startIndex
            return DisplayWidth.of(line[..<start])
        }
        #expect(emailColumns.count == sampleUsers.count)
        #expect(Set(emailColumns).count == 1, "email column starts at \(emailColumns)")
        #expect(!lines.joined().unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x0D || $0.value == 0x08 || $0.value == 0x202E })
    }

    @Test func consoleInAsciiGlyphsAndReadOnly() {
        let text = renderScreen(unicode: false) { drawConsole(&$0, selected: 3, flash: FlashMessage(.warning, "read-only mode"), readOnly: true) }
        assertSnapshot(text, suite: suite, named: "console-ascii-readonly")
    }

    @Test func narrowConsole() {
        let text = renderScreen(columns: 60, rows: 20) { drawConsole(&$0, selected: 7, flash: FlashMessage(.error, "429 Too Many Requests: retry in 3 s")) }
        assertSnapshot(text, suite: suite, named: "console-60x20")
    }

    @Test func confirmDialogOverTheConsole() {
        var state = ConfirmDialogState()
        let text = renderScreen { grid in
            drawConsole(&grid)
            ConfirmDialog(title: "Issue mobile key", message: DisplayText("Issue a Latch mobile key to 山田太郎 for Lobby and Garage, valid 2026-05-01 18:30 to 2026-06-01 12:00?"), confirmLabel: "Issue", state: state)
                .render(into: &grid, in: grid.bounds)
        }
        assertSnapshot(text, suite: suite, named: "confirm-cancel-focused")
        state.handle(.tab)
        let focusedConfirm = renderScreen { grid in
            ConfirmDialog(title: "Delete credential", message: "Delete this credential?", confirmLabel: "Delete", state: state).render(into: &grid, in: grid.bounds)
        }
        assertSnapshot(focusedConfirm, suite: suite, named: "confirm-confirm-focused")
    }

    @Test func helpOverlayFromTheRegistry() {
        let text = renderScreen { grid in
            drawConsole(&grid)
            HelpOverlay(registry: sampleRegistry(), scopes: [SampleScopes.users, SampleScopes.lists, .anywhere]).render(into: &grid, in: grid.bounds)
        }
        assertSnapshot(text, suite: suite, named: "help-overlay")
        let readOnly = renderScreen { grid in
            HelpOverlay(registry: sampleRegistry(readOnly: true), scopes: [SampleScopes.users, SampleScopes.lists, .anywhere]).render(into: &grid, in: grid.bounds)
        }
        assertSnapshot(readOnly, suite: suite, named: "help-overlay-readonly")
    }

    @Test func enlargeTerminalNotice() {
        let text = renderScreen(columns: 50, rows: 10) { EnlargeTerminalNotice(current: $0.size).render(into: &$0, in: $0.bounds) }
        assertSnapshot(text, suite: suite, named: "enlarge-terminal")
        // Even absurdly small terminals render without crashing.
        _ = renderScreen(columns: 3, rows: 1) { grid in
            EnlargeTerminalNotice(current: grid.size).render(into: &grid, in: grid.bounds)
            drawConsole(&grid)
        }
    }

    @Test func emptyTableAndUnfocusedPane() {
        let text = renderScreen(columns: 40, rows: 6) { grid in
            let pane = Pane(title: "Credentials", focused: false)
            pane.render(into: &grid, in: grid.bounds)
            Table(columns: [TableColumn("Code"), TableColumn("Kind")], rows: [], viewport: TableViewport(), emptyMessage: "No credentials for this user").render(into: &grid, in: pane.contentRect(in: grid.bounds))
        }
        assertSnapshot(text, suite: suite, named: "empty-table")
    }
}
