import Foundation

/// The move-out as a layer of the console: started on the selected user (`O`) or by name
/// (`:moveout NAME`), its job's results shown in the panes as each item finishes.
extension ConsoleState {
    /// `O` or `:moveout`: the selected user of the Users pane.
    mutating func startMoveOut(now: Date) -> [ConsoleEffect] {
        guard pane == .users, let row = users.selectedRow else {
            flash = Flash(.warning, "Select a user in the Users pane and press O, or type :moveout NAME.", now: now)
            return []
        }
        let person = MoveOutPerson(name: row.name, email: row.email.isEmpty ? nil : row.email, identityID: row.userIdentityID, acsUserID: row.id)
        return openMoveOut(.gathering(person), effect: .gather(serial: now, person), now: now)
    }

    /// `:moveout NAME`: finds the resident first.
    mutating func startMoveOut(named name: String, now: Date) -> [ConsoleEffect] {
        openMoveOut(.finding(name), effect: .find(serial: now, text: name), now: now)
    }

    private mutating func openMoveOut(_ phase: MoveOutState.Phase, effect: MoveOutEffect, now: Date) -> [ConsoleEffect] {
        guard !connection.readOnly else { return [] }
        let names = Dictionary(systems.rows.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        modals.push(.moveOut(MoveOutState(serial: now, phase: phase, buildings: names)))
        return [.call(.moveOut(effect), id: .moveOut)]
    }

    mutating func performMoveOut(_ command: MoveOutCommand, now: Date) -> [ConsoleEffect] {
        updateMoveOut(now: now) { $0.perform(command) }
    }

    /// An answer of the move-out's API work; answers for an earlier move-out are dropped.
    mutating func receiveMoveOut(_ answer: MoveOutAnswer, now: Date) -> [ConsoleEffect] {
        guard modals.moveOut?.serial == answer.serial else { return [] }
        if case let .removed(_, item, outcome, _) = answer { removeFromPanes(item, outcome: outcome) }
        return updateMoveOut(now: now) { $0.receive(answer) }
    }

    private mutating func updateMoveOut(now: Date, _ body: (inout MoveOutState) -> MoveOutUpdate) -> [ConsoleEffect] {
        guard var moveOut = modals.moveOut else { return [] }
        let update = body(&moveOut)
        let effects = update.effects.map { ConsoleEffect.call(.moveOut($0), id: $0.changesData ? nil : .moveOut) }
        guard closeFlow(.moveOut, as: update.exit, now: now) else {
            modals.replace(.moveOut(moveOut))
            return effects
        }
        return effects + [.cancel(.moveOut)]
    }

    /// A removed item leaves the panes at once (and an open detail of it closes).
    private mutating func removeFromPanes(_ item: MoveOutItem, outcome: MoveOutOutcome) {
        guard outcome == .done || outcome == .alreadyGone else { return }
        switch item {
        case .revokeGrant(let grant): grants.remove(id: grant.id)
        case .revoke(let credential): credentials.remove(id: credential.id)
        case .deleteUser(let user): users.remove(id: user.id)
        case .deleteIdentity: break
        }
        if detail?.target.id == item.id { modals.close(.detail) }
    }
}
