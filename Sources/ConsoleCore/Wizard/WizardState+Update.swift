import Foundation
import SeamAPI

/// The wizard's reducer: its commands (from the key registry), text typed into its fields, and
/// the answers of its API work. The console only routes to it and acts on `WizardUpdate.exit`.
extension WizardState {
    /// A command from the key registry.
    public mutating func perform(_ command: WizardCommand, now: Date) -> WizardUpdate {
        if busy != nil {
            // Waiting for the API: only leaving a key that is being followed is possible.
            guard command == .leave, step == .result, isMade else { return WizardUpdate() }
            guard path == .accessGrants else { return WizardUpdate(exit: .close) }
            // A grant not yet issued: keep it, or remove it (its follow answer may still come).
            busy = nil
            step = .leaving(from: .result)
            return WizardUpdate()
        }
        switch command {
        case .leave:
            // At the result a key is kept; a grant too, once every method is issued.
            if made.madeAnything && !(step == .result && isMade && (path == .acsCredentials || issued)) {
                step = .leaving(from: step)
                return WizardUpdate()
            }
            return WizardUpdate(exit: .close)
        case .stay:
            if case .leaving(let from) = step { step = from }
        case .keep:
            return WizardUpdate(exit: .closeSaying(.info, "Kept what the wizard made."))
        case .remove:
            busy = "Removing what the wizard made…"
            return WizardUpdate(effects: [.remove(serial: serial, made)])
        case .another:
            guard let building, isMade else { break }
            self = WizardState(serial: now, building: building, buildingChoices: buildingChoices, now: now, path: path)
        case .proceed:
            if step == .result, isMade { return WizardUpdate(exit: .close) }
            return WizardUpdate(effects: proceed(now: now))
        case .nextField, .previousField:
            moveFocus(forward: command == .nextField)
        case .moveUp, .moveDown:
            moveInList(by: command == .moveDown ? 1 : -1, now: now)
        case .toggleEntrance:
            let visible = visibleEntrances
            guard visible.indices.contains(entranceCursor) else { break }
            let id = visible[entranceCursor].id
            if let at = chosenEntrances.firstIndex(of: id) { chosenEntrances.remove(at: at) } else { chosenEntrances.append(id) }
            fieldErrors[.entrances] = nil
        case .editEntranceFilter:
            isEditingEntranceFilter = true
        case .finishEntranceFilter:
            isEditingEntranceFilter = false
        case .backToKey:
            if step == .review { step = .key }
        case .togglePIN:
            if step == .key, path == .accessGrants { wantsPIN.toggle() }
        }
        return WizardUpdate()
    }

    /// A key no binding took: typed into the focused field of the step.
    public mutating func type(_ key: Key) {
        guard busy == nil else { return }
        switch step {
        case .resident:
            guard made.identityID == nil else { return }
            identityMatches = nil
            switch resident.focus {
            case .fullName:
                _ = resident.fullName.apply(key)
                fieldErrors[.fullName] = nil
            case .phone:
                _ = resident.phone.apply(key)
                fieldErrors[.phone] = WizardValidation.phoneProblem(resident.phone.text)
            default:
                _ = resident.email.apply(key)
                // While typing, only say so once it looks finished but wrong.
                fieldErrors[.email] = resident.email.text.contains("@") ? WizardValidation.emailProblem(resident.email.text) : nil
            }
        case .key:
            switch keyFocus {
            case .entrances:
                if entranceFilter.apply(key) { entranceCursor = 0 }
            case .start:
                _ = startText.apply(key)
                fieldErrors[.start] = nil
            case .end:
                _ = endText.apply(key)
                fieldErrors[.end] = nil
            case .pin:
                break
            }
        default:
            break
        }
    }

    /// Pasted text goes into the field being typed.
    public mutating func paste(_ text: String) {
        switch step {
        case .resident:
            guard made.identityID == nil else { return }
            switch resident.focus {
            case .fullName: resident.fullName.insert(text)
            case .phone: resident.phone.insert(text)
            default: resident.email.insert(text)
            }
        case .key:
            switch keyFocus {
            case .entrances: entranceFilter.insert(text)
            case .start: startText.insert(text)
            case .end: endText.insert(text)
            case .pin: break
            }
        default: break
        }
    }

    // MARK: - Enter, fields and lists

    /// Enter: what it means depends on the step.
    private mutating func proceed(now: Date) -> [WizardEffect] {
        switch step {
        case .building:
            guard buildingChoices.indices.contains(buildingCursor) else { return [] }
            let row = buildingChoices[buildingCursor]
            let time = BuildingTime(identifier: row.timeZone)
            building = SystemScope(systemID: row.id, name: row.name, time: time)
            startText = TextDraft(time.format(now))
            endText = TextDraft(time.format(WizardPreset.plusMonth.date(from: now, time: time)))
            step = .resident
            return []
        case .resident:
            return submitResident()
        case .manager:
            // None loaded yet (a failure), or none at all: Enter asks the building again.
            guard let managers, managers.indices.contains(managerCursor) else { return retry() }
            managerID = managers[managerCursor].acsSystemId
            managerName = managers[managerCursor].name
            log.append("Credential manager: \(managers[managerCursor].name).")
            return advance(to: .enrollment)
        case .enrollment, .acsUser:
            return retry()
        case .key:
            isEditingEntranceFilter = false
            let check = WizardValidation.key(chosen: chosenEntrances, start: startText.text, end: endText.text, time: time, now: now)
            fieldErrors = check.problems
            if check.problems.isEmpty { step = .review }
            return []
        case .review:
            return createKey(now: now)
        case .result:
            return createKey(now: now) // the key could not be made: try again
        case .leaving:
            return []
        }
    }

    /// Enter in step 1: take the match, search by name, or find or create the identity.
    private mutating func submitResident() -> [WizardEffect] {
        if let matches = identityMatches, made.identityID == nil, matches.indices.contains(matchCursor) {
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
        }
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
            resident.focus = ResidentForm.order.first(where: { problems[$0] != nil }) ?? resident.focus
            return []
        }
        failure = nil
        busy = "Looking for the resident, or creating them…"
        return [.resolveIdentity(serial: serial, email: resident.email.text.trimmingCharacters(in: .whitespaces),
                                 fullName: resident.fullName.text.trimmingCharacters(in: .whitespaces), phone: resident.phoneValue)]
    }

    /// Tab and Shift-Tab (and Up/Down in the resident's form).
    private mutating func moveFocus(forward: Bool) {
        switch step {
        case .resident:
            let order = ResidentForm.order
            let index = order.firstIndex(of: resident.focus) ?? 0
            resident.focus = order[(index + (forward ? 1 : order.count - 1)) % order.count]
        case .key:
            isEditingEntranceFilter = false
            let order: [KeyField] = path == .accessGrants ? [.entrances, .start, .end, .pin] : [.entrances, .start, .end]
            let index = order.firstIndex(of: keyFocus) ?? 0
            keyFocus = order[(index + (forward ? 1 : order.count - 1)) % order.count]
        default:
            break
        }
    }

    /// Up and Down: through the step's list, or through the date presets.
    private mutating func moveInList(by delta: Int, now: Date) {
        func moved(_ cursor: Int, count: Int) -> Int { min(max(cursor + delta, 0), max(count - 1, 0)) }
        switch step {
        case .building:
            buildingCursor = moved(buildingCursor, count: buildingChoices.count)
        case .resident:
            matchCursor = moved(matchCursor, count: identityMatches?.count ?? 0)
        case .manager:
            managerCursor = moved(managerCursor, count: managers?.count ?? 0)
        case .key where keyFocus == .entrances:
            entranceCursor = moved(entranceCursor, count: visibleEntrances.count)
        case .key:
            cyclePreset(by: delta, now: now)
        default:
            break
        }
    }

    /// Up/Down in Starts or Ends: the next (or previous) preset, from the one shown if any.
    private mutating func cyclePreset(by delta: Int, now: Date) {
        let field: WizardField = keyFocus == .start ? .start : .end
        let texts = WizardPreset.allCases.map { time.format($0.date(from: now, time: time)) }
        let current = (keyFocus == .start ? startText : endText).text
        let next = texts.firstIndex(of: current).map { ($0 + delta + texts.count) % texts.count } ?? 0
        if keyFocus == .start { startText = TextDraft(texts[next]) } else { endText = TextDraft(texts[next]) }
        fieldErrors[field] = nil
    }

    /// Validates the key step and asks for the key (or the Access Grant).
    private mutating func createKey(now: Date) -> [WizardEffect] {
        guard let owner = path == .accessGrants ? made.identityID : made.acsUserID else { return [] }
        let check = WizardValidation.key(chosen: chosenEntrances, start: startText.text, end: endText.text, time: time, now: now)
        guard check.problems.isEmpty, let starts = check.starts, let ends = check.ends else {
            fieldErrors = check.problems
            step = .key
            return []
        }
        step = .result
        failure = nil
        if path == .accessGrants, let building {
            busy = "Creating the Access Grant…"
            return [.createGrant(serial: serial, identityID: owner, entranceIDs: chosenEntrances, startsAt: starts, endsAt: ends, withPIN: wantsPIN,
                                 key: GrantKey.of(identityID: owner, systemID: building.systemID, entranceIDs: chosenEntrances,
                                                  startsAt: starts, endsAt: ends, modes: GrantKey.modes(withPIN: wantsPIN)))]
        }
        busy = "Creating the mobile key…"
        return [.createKey(serial: serial, acsUserID: owner, entranceIDs: chosenEntrances, startsAt: starts, endsAt: ends)]
    }
}

extension ResidentForm {
    /// The order Tab moves through the fields.
    static let order: [WizardField] = [.email, .fullName, .phone]

    var phoneValue: String? {
        let phone = phone.text.trimmingCharacters(in: .whitespaces)
        return phone.isEmpty ? nil : phone
    }
}
