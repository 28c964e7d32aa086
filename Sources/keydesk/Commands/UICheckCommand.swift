import ArgumentParser
import ConsoleCore
import ConsoleUI

/// `keydesk ui-check`: a hidden command that opens the real terminal with a small sample
/// screen, so a person (or the tmux end-to-end test) can check rendering, wide characters,
/// keys, resize and terminal restoration on their own terminal without an API.
struct UICheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui-check",
        abstract: "Show a sample screen to check the terminal (j/k or arrows move, q quits).",
        shouldDisplay: false
    )

    @OptionGroup var display: DisplayOptions

    @Flag(help: "Enable mouse reporting (off by default so text can be selected).")
    var mouse = false

    @Option(help: "Number of sample rows.")
    var rows = 1_000

    func run() async throws {
        let options = CursesTerminal.Options(mouse: mouse, colors: display.colors)
        let exitSignal: Int32?
        do {
            exitSignal = try CursesTerminal.withTerminal(options: options) { terminal in
                var screen = UICheckScreen(rowCount: rows)
                screen.run(on: terminal)
                return terminal.receivedSignal
            }
        } catch let error as TerminalError {
            throw KeydeskCommandError(error)
        }
        if let exitSignal { throw ExitCode(128 + exitSignal) }
    }
}

/// The sample screen of `ui-check`: a status bar with the terminal size, a pane with a
/// table of residents (some with wide or hostile names), a flash line and a footer.
struct UICheckScreen {
    let rowCount: Int
    var viewport = TableViewport()
    var registry = KeyRegistry([
        KeyBinding(.list(.down), keys: [.character("j"), .down], description: "Move down", footerLabel: "Down", scope: .anywhere),
        KeyBinding(.list(.up), keys: [.character("k"), .up], description: "Move up", footerLabel: "Up", scope: .anywhere),
        KeyBinding(.app(.redraw), keys: [.control("l")], description: "Redraw the screen", footerLabel: "Redraw", scope: .anywhere),
        KeyBinding(.app(.quit), keys: [.character("q")], description: "Quit", footerLabel: "Quit", scope: .anywhere),
    ])
    let flash = FlashMessage(.info, "ui-check: j/k or arrows move, q quits")

    init(rowCount: Int) {
        self.rowCount = max(0, rowCount)
    }

    static let names = ["Zoë Ñúñez", "山田太郎", "Ana-María Ortiz", "Family 👩‍👩‍👧 Park", "SAFE\rEVIL", "Jean-Luc Picard"]

    static func row(_ index: Int) -> [DisplayText] {
        let name = Self.names[index % Self.names.count]
        return [DisplayText("\(index + 1)"), DisplayText(name), DisplayText("resident\(index + 1)@example.com"), index % 7 == 3 ? "suspended" : "active"]
    }

    mutating func run(on terminal: any Terminal) {
        var dirty = true
        while true {
            if dirty {
                present(on: terminal)
                dirty = false
            }
            guard let event = terminal.nextEvent(timeout: .milliseconds(100)) else { continue }
            switch event {
            case .hangup, .terminate:
                return
            case .resize:
                terminal.invalidate()
                dirty = true
            case .key(let key):
                if key == .character("q") { return }
                if key == .control("l") { terminal.invalidate() }
                dirty = viewport.handle(key) || key == .control("l")
            case .paste, .mouse:
                break
            }
        }
    }

    mutating func present(on terminal: any Terminal) {
        var grid = terminal.makeFrame()
        guard terminal.size.fits(.minimum) else {
            EnlargeTerminalNotice(current: terminal.size).render(into: &grid, in: grid.bounds)
            terminal.present(grid, cursor: nil)
            return
        }
        let (top, rest) = grid.bounds.splitTop(1)
        let (middle, bottom) = rest.splitBottom(2)
        let (flashRow, footerRow) = bottom.splitTop(1)
        var pane = Pane(title: "Residents (ui-check)", focused: true, detail: DisplayText(viewport.positionText))
        let content = pane.contentRect(in: middle)
        viewport.update(rowCount: rowCount, visibleRows: Table.visibleRows(in: content))
        let size = terminal.size
        StatusBar(left: ["keydesk ui-check", terminal.capabilities.unicode ? "UTF-8" : "ASCII", terminal.capabilities.colors ? "colour" : "monochrome"],
                  right: [DisplayText("size \(size.columns)x\(size.rows)")]).render(into: &grid, in: top)
        pane.detail = DisplayText(viewport.positionText)
        pane.render(into: &grid, in: middle)
        let rowCount = rowCount
        let table = Table(
            columns: [
                TableColumn("#", width: .fixed(6), alignment: .trailing),
                TableColumn("Name", width: .flexible(minimum: 12, weight: 2)),
                TableColumn("Email", width: .flexible(minimum: 12, weight: 2)),
                TableColumn("Status", width: .fixed(9)),
            ],
            rowCount: rowCount, viewport: viewport, sort: TableSort(column: 0)
        ) { Self.row($0) }
        table.render(into: &grid, in: content)
        FlashLine(message: flash).render(into: &grid, in: flashRow)
        Footer(bindings: registry.footer(in: [.anywhere])).render(into: &grid, in: footerRow)
        terminal.present(grid, cursor: table.cursorPlacement(in: content))
    }
}
