import Foundation

/// The detail pane: opened with Enter, loaded once, closed with Esc. Moving in the list does
/// not reload it, so scrolling stays cheap over SSH.
extension ConsoleState {
    /// Opens (or replaces) the detail of `target` and asks for its data; the load supersedes
    /// any detail load still in flight.
    mutating func openDetail(_ target: DetailTarget) -> [ConsoleEffect] {
        let generation = nextDetailGeneration()
        modals.push(.detail(DetailState(target: target, generation: generation)))
        return [.call(.loadDetail(target, generation: generation), id: .detail)]
    }

    /// Loads the open detail again, where it is in the stack (its resource changed).
    mutating func reloadDetail() -> [ConsoleEffect] {
        guard let detail = modals.detail else { return [] }
        let generation = nextDetailGeneration()
        modals.replace(.detail(DetailState(target: detail.target, generation: generation)))
        return [.call(.loadDetail(detail.target, generation: generation), id: .detail)]
    }

    mutating func performDetail(_ command: DetailCommand, now: Date) {
        // The sheet's own lines bound the scroll (the screen stops earlier when they fit).
        let last = max((detailSheet(now: now)?.lines.count ?? 0) - 1, 0)
        switch command {
        case .close: modals.close(.detail)
        case .revealPIN: modals.update(\.detail, Modal.detail) { $0.revealsPIN.toggle() }
        case .scrollDown: modals.update(\.detail, Modal.detail) { $0.scroll = min($0.scroll + 3, last) }
        case .scrollUp: modals.update(\.detail, Modal.detail) { $0.scroll = max($0.scroll - 3, 0) }
        }
    }

    /// An answer for the open detail; answers for a detail since replaced or closed are dropped.
    mutating func receiveDetail(_ phase: DetailState.Phase, generation: Int) {
        modals.update(\.detail, Modal.detail) { detail in
            if detail.generation == generation { detail.phase = phase }
        }
    }
}
