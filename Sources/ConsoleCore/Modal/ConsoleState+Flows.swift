import Foundation

/// What the flows on the modal stack (the wizard, the guest PIN, the move-out) share: how they
/// close when their reducer says so.
extension ConsoleState {
    /// Closes the flow's layer as its exit says, with the flash it asks for, if any. Returns false
    /// when there is no exit (the flow stays open).
    mutating func closeFlow(_ kind: Modal.Kind, as exit: FlowExit?, now: Date) -> Bool {
        guard let exit else { return false }
        modals.close(kind)
        if case let .closeSaying(level, message) = exit { flash = Flash(level, message, now: now) }
        return true
    }
}
