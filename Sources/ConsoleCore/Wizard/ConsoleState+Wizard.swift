import Foundation

/// The wizard as a layer of the console: opened with `i`, given its keys and answers, closed
/// when it says so. Its reads run under one identity, so a new wizard or closing it stops them;
/// its changes to data run without one and are never cancelled.
extension ConsoleState {
    /// `i`: opens the wizard in the chosen building (or asking for one).
    mutating func openWizard(now: Date) -> [ConsoleEffect] {
        guard !connection.readOnly else { return [] }
        modals.push(.wizard(WizardState(serial: now, building: scope, buildingChoices: systems.rows.filter { !$0.isCredentialManager }, now: now,
                                        path: connection.issuePath)))
        return []
    }

    mutating func performWizard(_ command: WizardCommand, now: Date) -> [ConsoleEffect] {
        updateWizard(now: now) { $0.perform(command, now: now) }
    }

    mutating func typeIntoWizard(_ key: Key, now: Date) -> [ConsoleEffect] {
        updateWizard(now: now) { wizard in
            wizard.type(key)
            return WizardUpdate()
        }
    }

    mutating func pasteIntoWizard(_ text: String) {
        modals.update(\.wizard, Modal.wizard) { $0.paste(text) }
    }

    /// An answer of the wizard's API work; answers for an earlier wizard are dropped.
    mutating func receiveWizard(_ answer: WizardAction, now: Date) -> [ConsoleEffect] {
        guard modals.wizard?.serial == answer.serial else { return [] }
        return updateWizard(now: now) { $0.receive(answer) }
    }

    private mutating func updateWizard(now: Date, _ body: (inout WizardState) -> WizardUpdate) -> [ConsoleEffect] {
        guard var wizard = modals.wizard else { return [] }
        let update = body(&wizard)
        var effects = update.effects.map { effect in
            ConsoleEffect.call(.wizard(effect), id: effect.changesData ? nil : .wizard)
        }
        if closeFlow(.wizard, as: update.exit, now: now) {
            effects.append(.cancel(.wizard))
            effects += showMade(by: wizard)
        } else {
            modals.replace(.wizard(wizard))
        }
        return effects
    }

    /// What the wizard made shows in the panes once it closes, without a refresh; a key Latch
    /// has not issued yet (the wizard was left while it waited) is followed there until it is.
    private mutating func showMade(by wizard: WizardState) -> [ConsoleEffect] {
        var effects: [ConsoleEffect] = []
        if wizard.made.acsUserOutcome == .created || wizard.made.acsUserOutcome == .linked { effects.append(loadFirstPage(.users)) }
        if let keyID = wizard.made.credentialID {
            effects.append(loadFirstPage(.credentials))
            if wizard.credential != nil, !wizard.issued { effects.append(follow(.credential, id: keyID)) }
        }
        return effects
    }
}
