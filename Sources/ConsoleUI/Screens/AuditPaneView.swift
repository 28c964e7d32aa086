public import ConsoleCore
import Foundation

/// Draws the `:audit` pane over the lists: filter line, then one entry per line, newest first,
/// times in the machine's local time zone.
public struct AuditPaneView {
    public let pane: AuditPaneState
    public let timeZone: TimeZone

    public init(pane: AuditPaneState, timeZone: TimeZone) {
        self.pane = pane
        self.timeZone = timeZone
    }

    @discardableResult
    public func render(into grid: inout CellGrid, in rect: Rect) -> CursorPlacement? {
        guard rect.width >= 20, rect.height >= 4 else { return nil }
        let count = pane.records.count
        let detail: DisplayText = switch pane.phase {
        case .loading: "loading…"
        case .loaded: DisplayText(count >= AuditPaneState.limit ? "newest \(count)" : "\(count) entries")
        case .failed: "unreadable"
        }
        let box = Pane(title: "Audit log (read-only)", focused: true, detail: detail)
        box.render(into: &grid, in: rect)
        let inner = box.contentRect(in: rect)
        let prefix = DisplayText("Filter: ")
        let written = grid.write(prefix, x: inner.x, y: inner.y, maxWidth: inner.width, style: .bold)
        grid.write(DisplayText(pane.filter.text), x: inner.x + written, y: inner.y, maxWidth: inner.width - written)
        if pane.filter.isEmpty {
            grid.write("type to filter", x: inner.x + written, y: inner.y, maxWidth: inner.width - written, style: .dim)
        }
        let cursorColumn = inner.x + written + DisplayText(String(pane.filter.text.prefix(pane.filter.cursor))).width
        let listTop = inner.y + 1
        let rows = inner.height - 1
        switch pane.phase {
        case .loading:
            grid.write("Loading…", x: inner.x, y: listTop, maxWidth: inner.width, style: .dim)
        case .failed(let message):
            grid.write(DisplayText("Could not read the audit log: " + message), x: inner.x, y: listTop, maxWidth: inner.width)
        case .loaded(let records):
            if records.isEmpty {
                let empty = pane.filter.text.isEmpty ? "No changes recorded yet." : "No entries match."
                grid.write(DisplayText(empty), x: inner.x, y: listTop, maxWidth: inner.width, style: .dim)
            }
            for (i, record) in records.dropFirst(pane.scroll).prefix(rows).enumerated() {
                let style: CellStyle = record.needsAttention ? CellStyle(.bold, role: .error) : .plain
                grid.write(DisplayText(line(record)), x: inner.x, y: listTop + i, maxWidth: inner.width, style: style)
            }
        }
        return CursorPlacement(column: min(cursorColumn, inner.maxX - 1), row: inner.y, visible: true)
    }

    /// "2026-11-29 14:03  jane  credential.revoke  FAILED  c1 …"; a damaged row says
    /// "DAMAGED" and which columns it could not read.
    func line(_ record: AuditRecord) -> String {
        let entry = record.entry
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: entry.time)
        let time = String(format: "%04d-%02d-%02d %02d:%02d", p.year ?? 0, p.month ?? 0, p.day ?? 0, p.hour ?? 0, p.minute ?? 0)
        var parts = [record.isDamaged("time") ? "????-??-?? ??:??" : time, entry.osUser, entry.action, record.statusWord]
        parts.append(entry.resourceIDs.joined(separator: ","))
        if record.isDamaged { parts.append("(" + record.damage.map(\.description).joined(separator: ", ") + ")") }
        if let message = entry.errorMessage { parts.append(message) }
        return parts.joined(separator: "  ")
    }
}
