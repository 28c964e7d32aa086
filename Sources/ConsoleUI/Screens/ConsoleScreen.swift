public import ConsoleCore
import Foundation

/// Renders the console's state into a frame. It reads state and never changes it, fetches
/// nothing, and draws only what is on screen.
public struct ConsoleScreen {
    public let state: ConsoleState
    public let now: Date
    /// The time zone of the wall clock in the status bar (the machine's, unless a test pins it).
    public let localTimeZone: TimeZone

    public init(state: ConsoleState, now: Date, localTimeZone: TimeZone = .current) {
        self.state = state
        self.now = now
        self.localTimeZone = localTimeZone
    }

    /// Draws the whole screen; returns where the hardware cursor belongs (in the filter or
    /// command line while typing, else hidden).
    @discardableResult
    public func render(into grid: inout CellGrid) -> CursorPlacement? {
        grid.clear()
        let size = grid.size
        guard size.columns >= TerminalSize.minimum.columns, size.rows >= TerminalSize.minimum.rows else {
            EnlargeTerminalNotice(current: size).render(into: &grid, in: grid.bounds)
            return nil
        }
        var rest = grid.bounds
        let (statusRect, afterStatus) = rest.splitTop(1)
        let (tabsRect, afterTabs) = afterStatus.splitTop(1)
        rest = afterTabs
        let (body, footerRect) = rest.splitBottom(1)
        let (mainRect, promptRect) = body.splitBottom(1)
        var main = mainRect

        statusBar.render(into: &grid, in: statusRect)
        renderTabs(into: &grid, in: tabsRect)
        if let banner = state.banner.map({ "API PROBLEM: " + $0 }) ?? state.auditBanner.map({ "AUDIT LOG UNAVAILABLE: " + $0 }) {
            let (bannerRect, below) = main.splitTop(1)
            grid.fill(bannerRect, style: CellStyle(.reverse, role: .error))
            grid.write(DisplayText(banner).truncated(toWidth: bannerRect.width - 1, ellipsis: grid.glyphs.ellipsis),
                       x: bannerRect.x + 1, y: bannerRect.y, maxWidth: bannerRect.width - 1, style: CellStyle([.reverse, .bold], role: .error))
            main = below
        }
        renderMain(into: &grid, in: main)
        var cursor = renderPrompt(into: &grid, in: promptRect)
        Footer(bindings: state.keys.footer(in: state.keyScopes)).render(into: &grid, in: footerRect)
        // The layers above the lists, bottom first, so the one that holds the keyboard is on top.
        for layer in state.modals.layers {
            switch layer {
            case .detail, .filter, .commandBar:
                break // drawn beside the list and on the prompt line
            case .wizard(let wizard):
                cursor = WizardView(wizard: wizard, now: now).render(into: &grid, in: main)
            case .help(let help):
                HelpOverlay(registry: state.keys, scopes: state.helpScopes, scrollOffset: help.scroll).render(into: &grid, in: main)
                cursor = nil
            case .audit(let audit):
                cursor = AuditPaneView(pane: audit, timeZone: localTimeZone).render(into: &grid, in: main)
            case .operation(let flow):
                cursor = OperationDialogView(flow: flow).render(into: &grid, in: main)
            case .guest(let guest):
                cursor = GuestView(guest: guest, now: now).render(into: &grid, in: main)
            case .moveOut(let moveOut):
                cursor = MoveOutView(moveOut: moveOut).render(into: &grid, in: main)
            case .problems(let problems):
                ProblemsView(problems: problems).render(into: &grid, in: main)
                cursor = nil
            case .importScreen(let screen):
                cursor = ImportScreenView(screen: screen, now: now).render(into: &grid, in: main)
            }
        }
        return cursor
    }

    private var statusBar: StatusBar {
        var left: [DisplayText] = ["keydesk", DisplayText(state.connection.label)]
        if let profile = state.connection.profile { left.append(DisplayText("profile \(profile)")) }
        if let workspace = state.workspaceName { left.append(DisplayText(workspace)) }
        left.append(DisplayText(state.scope.map { "\($0.name) (\($0.time.label))" } ?? "all buildings"))
        var right: [DisplayText] = []
        if state.connection.readOnly { right.append("READ-ONLY") }
        if let loading = state.loadingLabel {
            right.append(DisplayText(loading))
        } else if let refreshed = state.lastRefreshed {
            right.append(DisplayText("refreshed \(clockTime(refreshed))"))
        }
        return StatusBar(left: left, right: right)
    }

    /// "14:03:27" in the machine's local time (the time the desk sees on the wall).
    func clockTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = localTimeZone
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        return String(format: "%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    /// One tab per pane ("4 Credentials 1,204"). When they do not fit, the panes not in front
    /// drop their counts first, then shorten their names, so every number key stays in sight.
    private func renderTabs(into grid: inout CellGrid, in rect: Rect) {
        func labels(counts: Bool, short: Bool) -> [DisplayText] {
            ListPane.allCases.map { pane in
                let front = pane == state.pane
                let list = state.list(pane)
                let count = list.hasLoaded && (counts || front) ? " " + list.countLabel : ""
                let title = short && !front ? String(pane.title.prefix(4)) : pane.title
                return DisplayText(" \(pane.number) \(title)\(count) ")
            }
        }
        let choices = [labels(counts: true, short: false), labels(counts: false, short: false), labels(counts: false, short: true)]
        let fitting = choices.first { $0.reduce(0) { $0 + $1.width + 1 } <= rect.width } ?? choices[choices.count - 1]
        var x = rect.x
        for (pane, label) in zip(ListPane.allCases, fitting) {
            let style: CellStyle = pane == state.pane ? CellStyle([.reverse, .bold]) : .plain
            x += grid.write(label, x: x, y: rect.y, maxWidth: max(rect.maxX - x, 0), style: style)
            x += 1
        }
    }

    private func renderMain(into grid: inout CellGrid, in rect: Rect) {
        guard let detail = state.detail else {
            renderList(into: &grid, in: rect, focused: true)
            return
        }
        let detailRect: Rect
        if ConsoleLayout.detailBesideList(columns: rect.width) {
            let (left, right) = rect.splitLeft(rect.width * 11 / 20)
            renderList(into: &grid, in: left, focused: false)
            detailRect = right
        } else {
            detailRect = rect
        }
        let sheet = state.detailSheet(now: now)
        let placeholder: String?
        switch detail.phase {
        case .loading: placeholder = "Loading…"
        case .failed(let message): placeholder = "Could not load: \(message)"
        case .loaded: placeholder = nil
        }
        DetailView(title: sheet?.title ?? "Details", lines: sheet?.lines ?? [], placeholder: placeholder, scroll: detail.scroll)
            .render(into: &grid, in: detailRect)
    }

    private func renderList(into grid: inout CellGrid, in rect: Rect, focused: Bool) {
        let empty = emptyMessage
        let table: Table
        switch state.pane {
        case .systems: table = ListTable.make(state.systems, height: rect.height, focused: focused, emptyMessage: empty)
        case .users: table = ListTable.make(state.users, height: rect.height, focused: focused, emptyMessage: empty)
        case .entrances: table = ListTable.make(state.entrances, height: rect.height, focused: focused, emptyMessage: empty)
        case .credentials: table = ListTable.make(state.credentials, height: rect.height, focused: focused, emptyMessage: empty)
        case .access: table = ListTable.make(state.grants, height: rect.height, focused: focused, emptyMessage: empty)
        case .activity: table = ListTable.make(state.activity, height: rect.height, focused: focused, emptyMessage: empty)
        }
        table.render(into: &grid, in: rect)
    }

    /// What an empty list says: still loading, failed, no match for the filter, or empty.
    private var emptyMessage: String {
        let list = state.list(state.pane)
        switch list.phase {
        case .loading where !list.hasLoaded: return "Loading \(state.pane.noun)…"
        case .failed(let message): return "Could not load \(state.pane.noun): \(message)"
        default: break
        }
        let filter = list.filter.isEmpty ? (state.serverSearch[state.pane] ?? "") : list.filter
        if !filter.isEmpty { return "No \(state.pane.noun) match “\(filter)”. Esc in the filter (/) clears it." }
        if state.pane == .activity {
            return "Nothing happened in the last \(Int(ActivityFeed.history / 3600)) hours" + (state.scope.map { " in \($0.name)" } ?? "") + "."
        }
        if let scope = state.scope, state.pane != .systems { return "No \(state.pane.noun) in \(scope.name)." }
        return "No \(state.pane.noun)."
    }

    private func renderPrompt(into grid: inout CellGrid, in rect: Rect) -> CursorPlacement? {
        switch state.modals.top {
        case .filter(let prompt)?:
            return renderInput(prefix: "/", draft: prompt.draft, hint: "  Enter keeps the filter, Esc clears it", into: &grid, in: rect)
        case .commandBar(let bar)?:
            return renderInput(prefix: ":", draft: bar.draft, hint: "  " + (bar.suggestions ?? "Enter runs, Tab completes, Esc cancels"),
                               into: &grid, in: rect)
        default:
            if let flash = state.flash {
                let level: FlashLevel = switch flash.level {
                case .info: .info
                case .warning: .warning
                case .error: .error
                }
                FlashLine(message: FlashMessage(level, DisplayText(flash.message))).render(into: &grid, in: rect)
            } else if let welcome = state.welcome {
                grid.write(DisplayText(welcome).truncated(toWidth: rect.width, ellipsis: grid.glyphs.ellipsis), x: rect.x, y: rect.y,
                           maxWidth: rect.width, style: .bold)
            }
            return nil
        }
    }

    private func renderInput(prefix: String, draft: TextDraft, hint: String, into grid: inout CellGrid, in rect: Rect) -> CursorPlacement {
        let text = DisplayText(prefix + draft.text)
        let written = grid.write(text, x: rect.x, y: rect.y, maxWidth: rect.width, style: .bold)
        let room = rect.width - written - 1
        if room > 8 {
            grid.write(DisplayText(hint).truncated(toWidth: room, ellipsis: grid.glyphs.ellipsis), x: rect.x + written, y: rect.y,
                       maxWidth: room, style: .dim)
        }
        let beforeCursor = DisplayText(prefix + String(draft.text.prefix(draft.cursor))).width
        return CursorPlacement(column: min(rect.x + beforeCursor, rect.maxX - 1), row: rect.y, visible: true)
    }
}
