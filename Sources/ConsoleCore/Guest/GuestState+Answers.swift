import Foundation

/// The answers of the guest flow's API work. Answers carry the flow's serial; those of an
/// earlier flow are dropped by the caller.
extension GuestState {
    public mutating func receive(_ answer: GuestAnswer) -> GuestUpdate {
        busy = nil
        switch answer {
        case let .usersFound(_, users, _):
            matches = users
            matchCursor = 0
        case let .entrancesLoaded(_, rows):
            entrances = rows
            entranceCursor = 0
            if rows.isEmpty { failure = "\(building?.name ?? "The building") has no entrance a PIN could open." }
        case let .guestUserCreated(_, acsUserID, auditProblem):
            made.acsUserID = acsUserID
            made.userCreated = true
            noteAuditProblem(auditProblem)
            return GuestUpdate(effects: create())
        case let .pinCreated(_, entranceID, credentialID, code, auditProblem):
            made.pins.append(GuestPIN(entranceID: entranceID, entranceName: entranceName(entranceID), credentialID: credentialID, code: code))
            noteAuditProblem(auditProblem)
            return GuestUpdate(effects: create())
        case let .pinsFollowed(_, issued, timedOut):
            for index in made.pins.indices where issued.contains(made.pins[index].credentialID) { made.pins[index].issued = true }
            made.followTimedOut = timedOut
            step = .reveal
        case let .failed(_, failure):
            self.failure = failure.message
            for (field, message) in failure.fieldErrors { fieldErrors[field] = message }
            if step == .creating, made.pins.isEmpty, failure.fieldErrors[.start] != nil || failure.fieldErrors[.end] != nil {
                step = .when
            }
        }
        return GuestUpdate()
    }

    /// A change was made but not written to the audit log: the reveal says so.
    private mutating func noteAuditProblem(_ problem: String?) {
        if let problem { made.auditProblems.append(problem) }
    }
}
