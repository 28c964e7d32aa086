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

extension WizardState {
    /// Moves to a step and asks for its API work, skipping what is already done.
    mutating func advance(to next: Step) -> [WizardEffect] {
        step = next
        failure = nil
        return retry()
    }

    /// The API work of the current step (again, after a failure).
    mutating func retry() -> [WizardEffect] {
        failure = nil
        guard let building else { return [] }
        switch step {
        case .manager:
            if managerID != nil { return advance(to: .enrollment) }
            busy = "Looking for the building's credential manager…"
            return [.loadManagers(serial: serial, systemID: building.systemID)]
        case .enrollment:
            guard let identityID = made.identityID, let managerID else { return [] }
            if made.enrollmentID != nil { return advance(to: .acsUser) }
            busy = "Setting up the enrollment automation…"
            return [.ensureEnrollment(serial: serial, identityID: identityID, managerID: managerID)]
        case .acsUser:
            guard let identityID = made.identityID else { return [] }
            if made.acsUserID != nil { return advance(to: .key) }
            busy = "Finding or creating the resident's ACS user…"
            return [.ensureAcsUser(serial: serial, systemID: building.systemID, identityID: identityID,
                                   email: resident.email.text.trimmingCharacters(in: .whitespaces),
                                   fullName: resident.fullName.text.trimmingCharacters(in: .whitespaces),
                                   phone: resident.phoneValue)]
        case .key:
            guard entrances == nil else { return [] }
            busy = "Loading the building's entrances…"
            return [.loadEntrances(serial: serial, systemID: building.systemID)]
        default:
            return []
        }
    }

    mutating func residentKey(_ key: Key) -> [WizardEffect] {
        let order: [WizardField] = [.email, .fullName, .phone]
        let index = order.firstIndex(of: resident.focus) ?? 0
        if let matches = identityMatches, made.identityID == nil {
            switch key {
            case .down: matchCursor = min(matchCursor + 1, matches.count - 1); return []
            case .up: matchCursor = max(matchCursor - 1, 0); return []
            case .enter:
                let identity = matches[matchCursor]
                made.identityID = identity.userIdentityId
                made.identityCreated = false
                resident.email = TextDraft(identity.emailAddress ?? "")
                resident.fullName = TextDraft(identity.fullName ?? identity.displayName)
                resident.phone = TextDraft(identity.phoneNumber ?? "")
                identityMatches = nil
                fieldErrors = [:]
                log.append("Chose the existing user identity \(identity.emailAddress ?? identity.displayName).")
                return advance(to: .manager)
            case .tab, .backTab, .escape: break
            default: identityMatches = nil
            }
        }
        switch key {
        case .tab, .down: resident.focus = order[(index + 1) % order.count]
        case .backTab, .up: resident.focus = order[(index + order.count - 1) % order.count]
        case .enter:
            if made.identityID != nil { return advance(to: .manager) }
            let typed = resident.email.text.trimmingCharacters(in: .whitespaces)
            if resident.focus == .email, !typed.isEmpty, !typed.contains("@") {
                fieldErrors = [:]
                busy = "Searching residents for “\(typed)”…"
                return [.searchIdentities(serial: serial, text: typed)]
            }
            let problems = WizardValidation.resident(resident)
            fieldErrors = problems
            guard problems.isEmpty else {
                resident.focus = order.first(where: { problems[$0] != nil }) ?? resident.focus
                return []
            }
            failure = nil
            busy = "Looking for the resident, or creating them…"
            return [.resolveIdentity(serial: serial, email: resident.email.text.trimmingCharacters(in: .whitespaces),
                                     fullName: resident.fullName.text.trimmingCharacters(in: .whitespaces), phone: resident.phoneValue)]
        default:
            guard made.identityID == nil else { return [] }
            switch resident.focus {
            case .fullName:
                _ = resident.fullName.apply(key)
                fieldErrors[.fullName] = nil
            case .phone:
                _ = resident.phone.apply(key)
                fieldErrors[.phone] = WizardValidation.phoneProblem(resident.phone.text)
            default:
                _ = resident.email.apply(key)
                let problem = WizardValidation.emailProblem(resident.email.text)
                // While typing, only say so once it looks finished but wrong.
                fieldErrors[.email] = resident.email.text.contains("@") ? problem : nil
            }
        }
        return []
    }

    mutating func keyStepKey(_ key: Key, now: Date) -> [WizardEffect] {
        let order: [KeyField] = [.entrances, .start, .end]
        let index = order.firstIndex(of: keyFocus) ?? 0
        switch key {
        case .tab: keyFocus = order[(index + 1) % order.count]; return []
        case .backTab: keyFocus = order[(index + order.count - 1) % order.count]; return []
        case .enter:
            let check = WizardValidation.key(chosen: chosenEntrances, start: startText.text, end: endText.text, time: time, now: now)
            fieldErrors = check.problems
            if check.problems.isEmpty { step = .review }
            return []
        default: break
        }
        switch keyFocus {
        case .entrances:
            let visible = visibleEntrances
            switch key {
            case .up: entranceCursor = max(entranceCursor - 1, 0)
            case .down: entranceCursor = min(entranceCursor + 1, max(visible.count - 1, 0))
            case .character("/"): isEditingEntranceFilter = true
            case .character(" "):
                guard visible.indices.contains(entranceCursor) else { break }
                let id = visible[entranceCursor].id
                if let at = chosenEntrances.firstIndex(of: id) { chosenEntrances.remove(at: at) } else { chosenEntrances.append(id) }
                fieldErrors[.entrances] = nil
            default:
                if entranceFilter.apply(key) { entranceCursor = 0 }
            }
        case .start, .end:
            let field: WizardField = keyFocus == .start ? .start : .end
            var draft = keyFocus == .start ? startText : endText
            switch key {
            case .up, .down:
                let presets = WizardPreset.allCases
                let texts = presets.map { time.format($0.date(from: now, time: time)) }
                let current = texts.firstIndex(of: draft.text)
                let next: Int = switch (key, current) {
                case (.down, let at?): (at + 1) % texts.count
                case (.up, let at?): (at + texts.count - 1) % texts.count
                default: 0
                }
                draft = TextDraft(texts[next])
            default:
                _ = draft.apply(key)
            }
            if keyFocus == .start { startText = draft } else { endText = draft }
            fieldErrors[field] = nil
        }
        return []
    }

    /// A key while the entrance filter is being edited; false when the key should be handled as
    /// usual (Tab and Shift-Tab leave the filter and move on).
    mutating func editEntranceFilter(_ key: Key) -> Bool {
        switch key {
        case .enter, .escape, .down:
            isEditingEntranceFilter = false
            return true
        case .tab, .backTab:
            isEditingEntranceFilter = false
            return false
        default:
            if entranceFilter.apply(key) { entranceCursor = 0 }
            return true
        }
    }

    mutating func createKey(now: Date) -> [WizardEffect] {
        guard let acsUserID = made.acsUserID else { return [] }
        let check = WizardValidation.key(chosen: chosenEntrances, start: startText.text, end: endText.text, time: time, now: now)
        guard check.problems.isEmpty, let starts = check.starts, let ends = check.ends else {
            fieldErrors = check.problems
            step = .key
            return []
        }
        step = .result
        failure = nil
        busy = "Creating the mobile key…"
        return [.createKey(serial: serial, acsUserID: acsUserID, entranceIDs: chosenEntrances, startsAt: starts, endsAt: ends)]
    }
}

extension ResidentForm {
    var phoneValue: String? {
        let phone = phone.text.trimmingCharacters(in: .whitespaces)
        return phone.isEmpty ? nil : phone
    }
}
