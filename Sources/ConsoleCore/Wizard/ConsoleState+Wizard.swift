import Foundation
import SeamAPI

extension ConsoleState {
    /// `i`: opens the wizard in the chosen building (or asking for one).
    mutating func openWizard(now: Date) -> [ConsoleEffect] {
        guard !connection.readOnly else { return [] }
        wizard = WizardState(serial: now, building: scope, buildingChoices: systems.rows.filter { !$0.isCredentialManager }, now: now)
        return []
    }

    /// Applies a wizard answer; answers for an older wizard are dropped.
    mutating func reduceWizard(_ action: WizardAction, now: Date? = nil) -> [ConsoleEffect] {
        guard var w = wizard else { return [] }
        var effects: [WizardEffect] = []
        switch action {
        case let .identityResolved(serial, identity, created):
            guard serial == w.serial else { return [] }
            w.made.identityID = identity.userIdentityId
            w.made.identityCreated = created
            w.log.append(created ? "Created the user identity \(identity.emailAddress ?? identity.displayName)."
                                 : "Reused the existing user identity \(identity.emailAddress ?? identity.displayName).")
            if !created, let name = identity.fullName, !name.isEmpty { w.resident.fullName = TextDraft(name) }
            if !created, let phone = identity.phoneNumber { w.resident.phone = TextDraft(phone) }
            w.busy = nil
            effects = w.advance(to: .manager)
        case let .identitiesFound(serial, identities, search):
            guard serial == w.serial else { return [] }
            w.busy = nil
            w.identityMatches = identities.isEmpty ? nil : identities
            w.matchCursor = 0
            w.fieldErrors[.email] = identities.isEmpty ? "No resident matches “\(search)”; type their email to create one." : nil
        case let .managersLoaded(serial, managers):
            guard serial == w.serial else { return [] }
            w.busy = nil
            w.managers = managers
            if managers.count == 1 {
                w.managerID = managers[0].acsSystemId
                w.managerName = managers[0].name
                w.log.append("Credential manager: \(managers[0].name) (the building's only one).")
                effects = w.advance(to: .enrollment)
            }
        case let .enrollmentReady(serial, id, launched):
            guard serial == w.serial else { return [] }
            w.busy = nil
            w.made.enrollmentID = id
            w.made.enrollmentLaunched = launched
            w.log.append(launched ? "Launched the enrollment automation." : "Reused the existing enrollment automation.")
            effects = w.advance(to: .acsUser)
        case let .acsUserReady(serial, id, outcome):
            guard serial == w.serial else { return [] }
            w.busy = nil
            w.made.acsUserID = id
            w.made.acsUserOutcome = outcome
            switch outcome {
            case .created: w.log.append("Created a new ACS user in the building.")
            case .linked: w.log.append("Linked the building's existing ACS user with the same email.")
            case .alreadyLinked: w.log.append("The identity already has a user in this building.")
            }
            effects = w.advance(to: .key)
        case let .entrancesLoaded(serial, rows):
            guard serial == w.serial else { return [] }
            w.busy = nil
            w.entrances = rows
        case let .keyCreated(serial, credential):
            guard serial == w.serial else { return [] }
            w.made.credentialID = credential.acsCredentialId
            w.credential = credential
            w.log.append("Created the mobile key.")
            w.busy = "Waiting for Latch to issue the key…"
            effects = [.followKey(serial: serial, credentialID: credential.acsCredentialId)]
        case let .keyFollowed(serial, credential, entrances, timedOut):
            guard serial == w.serial else { return [] }
            w.busy = nil
            w.credential = credential
            w.issued = credential.isIssued == true
            w.followTimedOut = timedOut
            w.accessibleEntrances = entrances
        case let .removed(serial, done, problems):
            guard serial == w.serial else { return [] }
            wizard = nil
            let text = problems.isEmpty ? "Removed: " + done.joined(separator: ", ") + "."
                : "Removal incomplete. " + problems.joined(separator: "; ")
            flash = Flash(problems.isEmpty ? .info : .error, text, now: now ?? serial)
            return []
        case let .failed(serial, failure):
            guard serial == w.serial else { return [] }
            w.busy = nil
            w.failure = failure.message
            for (field, message) in failure.fieldErrors { w.fieldErrors[field] = message }
            if w.step == .result, w.credential == nil, !failure.fieldErrors.isEmpty { w.step = .key }
        }
        wizard = w
        return effects.map(ConsoleEffect.wizard)
    }

    /// Keys while the wizard is open.
    mutating func handleWizard(_ key: Key, now: Date) -> [ConsoleEffect] {
        guard var w = wizard else { return [] }
        var effects: [WizardEffect] = []
        if case .leaving(let from) = w.step {
            switch key {
            case .character("k"):
                wizard = nil
                flash = Flash(.info, "Kept what the wizard made.", now: now)
                return []
            case .character("x"):
                w.busy = "Removing what the wizard made…"
                wizard = w
                return [.wizard(.remove(serial: w.serial, w.made))]
            case .escape:
                w.step = from
            default: break
            }
            wizard = w
            return []
        }
        if w.isEditingEntranceFilter, w.step == .key {
            if w.editEntranceFilter(key) {
                wizard = w
                return []
            }
        }
        if key == .escape {
            if w.busy != nil && w.step != .result { return [] }
            if w.made.madeAnything && !(w.step == .result && w.credential != nil) {
                w.step = .leaving(from: w.step)
                wizard = w
            } else {
                wizard = nil
            }
            return []
        }
        guard w.busy == nil else { return [] }
        switch w.step {
        case .building:
            switch key {
            case .up: w.buildingCursor = max(w.buildingCursor - 1, 0)
            case .down: w.buildingCursor = min(w.buildingCursor + 1, max(w.buildingChoices.count - 1, 0))
            case .enter:
                guard w.buildingChoices.indices.contains(w.buildingCursor) else { break }
                let row = w.buildingChoices[w.buildingCursor]
                let time = BuildingTime(identifier: row.timeZone)
                w.building = SystemScope(systemID: row.id, name: row.name, time: time)
                w.startText = TextDraft(time.format(now))
                w.endText = TextDraft(time.format(WizardPreset.plusMonth.date(from: now, time: time)))
                w.step = .resident
            default: break
            }
        case .resident:
            effects = w.residentKey(key)
        case .manager:
            // None loaded yet (a failure), or none at all: Enter asks the building again.
            guard let managers = w.managers, !managers.isEmpty else {
                if key == .enter { effects = w.retry() }
                break
            }
            switch key {
            case .up: w.managerCursor = max(w.managerCursor - 1, 0)
            case .down: w.managerCursor = min(w.managerCursor + 1, max(managers.count - 1, 0))
            case .enter:
                guard managers.indices.contains(w.managerCursor) else { break }
                w.managerID = managers[w.managerCursor].acsSystemId
                w.managerName = managers[w.managerCursor].name
                w.log.append("Credential manager: \(managers[w.managerCursor].name).")
                effects = w.advance(to: .enrollment)
            default: break
            }
        case .enrollment, .acsUser:
            if key == .enter { effects = w.retry() }
        case .key:
            effects = w.keyStepKey(key, now: now)
        case .review:
            switch key {
            case .enter: effects = w.createKey(now: now)
            case .backspace, .left: w.step = .key
            default: break
            }
        case .result:
            if w.credential == nil {
                if key == .enter { effects = w.createKey(now: now) }
            } else if key == .character("n"), let building = w.building {
                wizard = WizardState(serial: now, building: building, buildingChoices: w.buildingChoices, now: now)
                return []
            } else if key == .enter {
                wizard = nil
                return []
            }
        case .leaving: break
        }
        wizard = w
        return effects.map(ConsoleEffect.wizard)
    }

    /// Pasted text goes into the field being typed.
    mutating func pasteIntoWizard(_ text: String) {
        guard var w = wizard else { return }
        switch w.step {
        case .resident:
            switch w.resident.focus {
            case .fullName: w.resident.fullName.insert(text)
            case .phone: w.resident.phone.insert(text)
            default: w.resident.email.insert(text)
            }
        case .key:
            switch w.keyFocus {
            case .entrances: w.entranceFilter.insert(text)
            case .start: w.startText.insert(text)
            case .end: w.endText.insert(text)
            }
        default: break
        }
        wizard = w
    }
}
