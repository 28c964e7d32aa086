import Foundation

/// The guest PIN flow as a layer of the console: opened with `g` or `:guest NAME`, given its keys
/// and answers, closed when it says so. Its reads run under one identity, so closing it stops
/// them; its changes run without one and are never cancelled.
extension ConsoleState {
    /// `g`: opens the flow in the chosen building (or asking for one).
    mutating func openGuest(name: String = "", now: Date) -> [ConsoleEffect] {
        guard !connection.readOnly else { return [] }
        let buildings = systems.rows.filter { !$0.isCredentialManager }
        modals.push(.guest(GuestState(serial: now, building: scope, buildingChoices: buildings, name: name, now: now)))
        return []
    }

    mutating func performGuest(_ command: GuestCommand, now: Date) -> [ConsoleEffect] {
        updateGuest(now: now) { $0.perform(command, now: now) }
    }

    mutating func typeIntoGuest(_ key: Key) {
        modals.update(\.guest, Modal.guest) { $0.type(key) }
    }

    mutating func pasteIntoGuest(_ text: String) {
        modals.update(\.guest, Modal.guest) { $0.paste(text) }
    }

    /// An answer of the flow's API work; answers for an earlier flow are dropped.
    mutating func receiveGuest(_ answer: GuestAnswer, now: Date) -> [ConsoleEffect] {
        guard modals.guest?.serial == answer.serial else { return [] }
        return updateGuest(now: now) { $0.receive(answer) }
    }

    private mutating func updateGuest(now: Date, _ body: (inout GuestState) -> GuestUpdate) -> [ConsoleEffect] {
        guard var guest = modals.guest else { return [] }
        let update = body(&guest)
        var effects = update.effects.map { ConsoleEffect.call(.guest($0), id: $0.changesData ? nil : .guest) }
        guard closeFlow(.guest, as: update.exit, now: now) else {
            modals.replace(.guest(guest))
            return effects
        }
        effects.append(.cancel(.guest))
        // What the flow made shows in the panes now (the activity feed would bring it later).
        if guest.made.userCreated { effects.append(loadFirstPage(.users)) }
        if !guest.made.pins.isEmpty { effects.append(loadFirstPage(.credentials)) }
        return effects
    }
}
