import Foundation

extension ConsoleState {
    /// Opens the `:audit` pane and asks for the newest entries.
    mutating func openAuditPane() -> [ConsoleEffect] {
        var pane = AuditPaneState()
        let generation = pane.beginQuery()
        auditPane = pane
        return [.operation(.loadAudit(filter: "", generation: generation))]
    }

    /// Keys while the audit pane is open: arrows scroll, Esc closes, the rest edit the filter.
    mutating func handleAuditPaneKey(_ key: Key) -> [ConsoleEffect] {
        guard var pane = auditPane else { return [] }
        let height = max(listHeight - 2, 1)
        switch key {
        case .escape:
            auditPane = nil
            return []
        case .down: pane.scroll = min(pane.scroll + 1, max(pane.records.count - 1, 0))
        case .up: pane.scroll = max(pane.scroll - 1, 0)
        case .pageDown: pane.scroll = min(pane.scroll + height, max(pane.records.count - 1, 0))
        case .pageUp: pane.scroll = max(pane.scroll - height, 0)
        default:
            let before = pane.filter.text
            guard pane.filter.apply(key), pane.filter.text != before else {
                auditPane = pane
                return []
            }
            return reloadAudit(&pane)
        }
        auditPane = pane
        return []
    }

    /// Pasted text goes into the audit filter.
    mutating func pasteIntoAuditPane(_ text: String) -> [ConsoleEffect] {
        guard var pane = auditPane else { return [] }
        pane.filter.insert(text)
        return reloadAudit(&pane)
    }

    private mutating func reloadAudit(_ pane: inout AuditPaneState) -> [ConsoleEffect] {
        pane.scroll = 0
        let generation = pane.beginQuery()
        auditPane = pane
        return [.operation(.loadAudit(filter: pane.filter.text, generation: generation))]
    }

    /// The answer to a `loadAudit`; older answers are dropped.
    mutating func receiveAudit(_ phase: AuditPaneState.Phase, generation: Int) -> [ConsoleEffect] {
        guard var pane = auditPane, pane.generation == generation else { return [] }
        pane.phase = phase
        auditPane = pane
        return []
    }
}
