import Foundation

/// Moving between steps: what each step asks of the API when it starts, and retrying the
/// step that failed without repeating those that succeeded.
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
        if path == .accessGrants, [.manager, .enrollment, .acsUser].contains(step) {
            // One Access Grant replaces these steps: Seam makes the building's user and the key.
            return advance(to: .key)
        }
        switch step {
        case .manager:
            if withoutManager { return advance(to: .acsUser) }
            if managerID != nil { return advance(to: .enrollment) }
            busy = "Looking for the building's credential manager…"
            return [.loadManagers(serial: serial, systemID: building.systemID)]
        case .enrollment:
            if withoutManager { return advance(to: .acsUser) }
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
}
