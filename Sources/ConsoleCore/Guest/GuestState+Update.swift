import Foundation

/// The guest flow's reducer: its commands (from the key registry) and text typed into its
/// fields. The console only routes to it and acts on `GuestUpdate.exit`.
extension GuestState {
    /// A command from the key registry.
    public mutating func perform(_ command: GuestCommand, now: Date) -> GuestUpdate {
        if busy != nil {
            // Waiting for the API: only showing PINs that exist while the building confirms them.
            guard command == .leave, step == .creating, !made.pins.isEmpty else { return GuestUpdate() }
            step = .reveal
            busy = nil
            made.followTimedOut = true
            return GuestUpdate(effects: [], exit: nil)
        }
        switch command {
        case .leave:
            return leave()
        case .close:
            return GuestUpdate(exit: .closeSaying(.info, closingMessage))
        case .back:
            if step == .review { step = .when }
        case .proceed:
            return GuestUpdate(effects: proceed(now: now))
        case .nextField, .previousField:
            moveFocus(forward: command == .nextField)
        case .moveUp, .moveDown:
            moveInList(by: command == .moveDown ? 1 : -1)
        case .toggleEntrance:
            guard let rows = entrances, rows.indices.contains(entranceCursor) else { break }
            let id = rows[entranceCursor].id
            if let at = chosenEntrances.firstIndex(of: id) { chosenEntrances.remove(at: at) } else { chosenEntrances.append(id) }
            fieldErrors[.entrances] = nil
        }
        return GuestUpdate()
    }

    /// A key no binding took: typed into the focused field of the step.
    public mutating func type(_ key: Key) {
        guard busy == nil else { return }
        switch (step, focusedField) {
        case (.who, .email?):
            _ = email.apply(key)
            fieldErrors[.email] = nil
        case (.who, _):
            if name.apply(key) {
                matches = nil
                fieldErrors[.name] = nil
            }
        case (.when, .start?):
            _ = startText.apply(key)
            fieldErrors[.start] = nil
        case (.when, .end?):
            _ = endText.apply(key)
            fieldErrors[.end] = nil
        default:
            break
        }
    }

    /// Pasted text goes into the field being typed.
    public mutating func paste(_ text: String) {
        guard busy == nil else { return }
        switch (step, focusedField) {
        case (.who, .email?): email.insert(text)
        case (.who, _):
            name.insert(text)
            matches = nil
        case (.when, .start?): startText.insert(text)
        case (.when, .end?): endText.insert(text)
        default: break
        }
    }

    /// The field that takes typed keys on this step, if any.
    public var focusedField: GuestField? {
        switch step {
        case .who: whoFocus
        case .when where window == .typed && whenFocus != .window: whenFocus
        default: nil
        }
    }

    /// What the flash says when the flow closes after the PINs were shown.
    var closingMessage: String {
        let doors = made.pins.map(\.entranceName).joined(separator: ", ")
        let noun = made.pins.count == 1 ? "PIN" : "PINs"
        return "\(noun) for \(guest?.name ?? "the guest") at \(doors): masked from now on (p shows it in the credential's details)."
    }

    // MARK: - Enter

    private mutating func proceed(now: Date) -> [GuestEffect] {
        switch step {
        case .building:
            guard buildingChoices.indices.contains(buildingCursor) else { return [] }
            let row = buildingChoices[buildingCursor]
            building = SystemScope(systemID: row.id, name: row.name, time: BuildingTime(identifier: row.timeZone))
            resetTypedTimes(now: now)
            step = .who
            return []
        case .who:
            return chooseWho()
        case .entrances:
            guard let rows = entrances else { return loadEntrances() }
            if chosenEntrances.isEmpty, rows.indices.contains(entranceCursor) { chosenEntrances = [rows[entranceCursor].id] }
            guard !chosenEntrances.isEmpty else {
                fieldErrors[.entrances] = "Choose the entrance the guest needs (Space)."
                return []
            }
            step = .when
            return []
        case .when:
            checkTimes(now: now)
            return []
        case .review, .creating:
            return create()
        case .reveal:
            return []
        }
    }

    /// Who: search the building for the name typed, then pick a person found or a new guest.
    private mutating func chooseWho() -> [GuestEffect] {
        guard let building else { return [] }
        let typedName = name.text.trimmingCharacters(in: .whitespaces)
        let typedEmail = email.text.trimmingCharacters(in: .whitespaces)
        if let matches {
            if matches.indices.contains(matchCursor) {
                guest = .existing(matches[matchCursor])
            } else {
                if !typedEmail.isEmpty, let problem = WizardValidation.emailProblem(typedEmail) {
                    fieldErrors[.email] = problem + " The email is optional: leave it empty."
                    whoFocus = .email
                    return []
                }
                guest = .new(name: typedName, email: typedEmail.isEmpty ? nil : typedEmail)
            }
            step = .entrances
            return entrances == nil ? loadEntrances() : []
        }
        guard !typedName.isEmpty else {
            fieldErrors[.name] = "Type the guest's name (or part of a resident's name to find them)."
            whoFocus = .name
            return []
        }
        failure = nil
        busy = "Looking for “\(typedName)” in \(building.name)…"
        return [.searchUsers(serial: serial, systemID: building.systemID, text: typedName)]
    }

    mutating func loadEntrances() -> [GuestEffect] {
        guard let building else { return [] }
        failure = nil
        busy = "Loading the entrances of \(building.name)…"
        return [.loadEntrances(serial: serial, systemID: building.systemID)]
    }

    /// When: the preset's times, or the typed ones, checked before the review.
    private mutating func checkTimes(now: Date) {
        fieldErrors[.start] = nil
        fieldErrors[.end] = nil
        if let (starts, ends) = window.range(from: now, time: time) {
            guard ends > now else {
                fieldErrors[.window] = "That window is already over; choose another."
                return
            }
            startsAt = starts
            endsAt = ends
        } else {
            let check = WizardValidation.window(start: startText.text, end: endText.text, time: time, now: now)
            fieldErrors[.start] = check.problems[.start]
            fieldErrors[.end] = check.problems[.end]
            guard check.problems.isEmpty, let starts = check.starts, let ends = check.ends else {
                whenFocus = check.problems[.start] != nil ? .start : .end
                return
            }
            startsAt = starts
            endsAt = ends
        }
        fieldErrors[.window] = nil
        step = .review
    }

    /// Creates what is still missing: the guest's user, then one PIN per entrance (in order),
    /// then follows them to issued. A retry skips what exists.
    mutating func create() -> [GuestEffect] {
        guard let building, let guest, let startsAt, let endsAt else { return [] }
        step = .creating
        failure = nil
        if made.acsUserID == nil {
            switch guest {
            case .existing(let user):
                made.acsUserID = user.id
            case let .new(name, email):
                busy = "Adding \(name) to \(building.name)…"
                return [.createGuestUser(serial: serial, systemID: building.systemID, name: name, email: email)]
            }
        }
        guard let acsUserID = made.acsUserID else { return [] }
        if let next = chosenEntrances.first(where: { !made.entrancesDone.contains($0) }) {
            busy = "Creating the PIN for \(entranceName(next))…"
            return [.createPIN(serial: serial, acsUserID: acsUserID, entranceID: next, startsAt: startsAt, endsAt: endsAt)]
        }
        busy = made.pins.count == 1 ? "Waiting for the building to confirm the PIN…" : "Waiting for the building to confirm the PINs…"
        return [.followPINs(serial: serial, credentialIDs: made.pins.map(\.credentialID))]
    }

    /// Esc: nothing exists before Create, so leaving closes; after a failure, the PINs already
    /// made are shown (once) and anything else made is named.
    private mutating func leave() -> GuestUpdate {
        guard step == .creating else { return GuestUpdate(exit: .close) }
        if !made.pins.isEmpty {
            step = .reveal
            return GuestUpdate()
        }
        if made.userCreated, let guest {
            return GuestUpdate(exit: .closeSaying(.warning, "\(guest.name) was added to \(building?.name ?? "the building"), but no PIN was made."))
        }
        return GuestUpdate(exit: .close)
    }

    // MARK: - Fields and lists

    private mutating func moveFocus(forward: Bool) {
        switch step {
        case .who:
            whoFocus = whoFocus == .name ? .email : .name
        case .when:
            let order: [GuestField] = window == .typed ? [.window, .start, .end] : [.window]
            let index = order.firstIndex(of: whenFocus) ?? 0
            whenFocus = order[(index + (forward ? 1 : order.count - 1)) % order.count]
        default:
            break
        }
    }

    private mutating func moveInList(by delta: Int) {
        func moved(_ cursor: Int, count: Int) -> Int { min(max(cursor + delta, 0), max(count - 1, 0)) }
        switch step {
        case .building: buildingCursor = moved(buildingCursor, count: buildingChoices.count)
        case .who: matchCursor = moved(matchCursor, count: (matches?.count ?? 0) + 1)
        case .entrances: entranceCursor = moved(entranceCursor, count: entrances?.count ?? 0)
        case .when:
            let all = GuestWindow.allCases
            window = all[moved(all.firstIndex(of: window) ?? 0, count: all.count)]
            whenFocus = .window
            fieldErrors[.window] = nil
        default: break
        }
    }
}
