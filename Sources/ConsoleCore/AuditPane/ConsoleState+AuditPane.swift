/// The audit pane as a layer of the console: newest entries first, narrowed as a filter is
/// typed, one query at a time (a newer query replaces the one in flight).
extension ConsoleState {
    mutating func openAuditPane() -> [ConsoleEffect] {
        var pane = AuditPaneState()
        let generation = pane.beginQuery()
        modals.push(.audit(pane))
        return [query(filter: "", generation: generation)]
    }

    mutating func performAuditPane(_ command: AuditPaneCommand) {
        if command == .close {
            modals.close(.audit)
            return
        }
        let page = max(listHeight - 2, 1)
        modals.update(\.audit, Modal.audit) { $0.perform(command, page: page) }
    }

    mutating func typeIntoAuditPane(_ key: Key) -> [ConsoleEffect] {
        guard var pane = modals.audit else { return [] }
        let generation = pane.type(key)
        modals.replace(.audit(pane))
        return generation.map { [query(filter: pane.filter.text, generation: $0)] } ?? []
    }

    mutating func pasteIntoAuditPane(_ text: String) -> [ConsoleEffect] {
        guard var pane = modals.audit else { return [] }
        let generation = pane.paste(text)
        modals.replace(.audit(pane))
        return [query(filter: pane.filter.text, generation: generation)]
    }

    private func query(filter: String, generation: Int) -> ConsoleEffect {
        .call(.loadAudit(filter: filter, generation: generation), id: .audit)
    }
}
