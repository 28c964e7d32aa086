import Foundation

/// Front-desk operations as a layer of the console: started on the selected row, confirmed in
/// a dialog, sent to the API, and their result shown in the panes without a refresh.
extension ConsoleState {
    /// Opens the dialog of an operation on the selected row.
    mutating func startOperation(_ command: OperationCommand, now: Date) -> [ConsoleEffect] {
        switch command {
        case .revokeCredential:
            guard let row = selectedCredentialForOperation(now: now) else { return [] }
            modals.push(.operation(.confirming(.revokeCredential(CredentialTarget(row)), focus: .cancel)))
        case .changeCredentialEnd:
            guard let row = selectedCredentialForOperation(now: now) else { return [] }
            // The building's zone when its system is loaded (rows loaded before it show UTC).
            let time = systems.rows.first { $0.id == row.systemID }.map { BuildingTime(identifier: $0.timeZone) } ?? row.time
            modals.push(.operation(.editingEnd(EndDateEntry(credential: CredentialTarget(row), time: time))))
        case .toggleSuspend:
            guard let row = selectedUserForOperation(now: now) else { return [] }
            let user = UserTarget(row)
            modals.push(.operation(.confirming(row.isSuspended ? .unsuspendUser(user) : .suspendUser(user), focus: .cancel)))
        case .unlinkUser:
            guard let row = selectedUserForOperation(now: now) else { return [] }
            guard let identityID = row.userIdentityID else {
                flash = Flash(.warning, "\(row.name) is not linked to a user identity.", now: now)
                return []
            }
            modals.push(.operation(.confirming(.unlinkUser(UserTarget(row), identityID: identityID), focus: .cancel)))
        case .deleteUser:
            guard let row = selectedUserForOperation(now: now) else { return [] }
            modals.push(.operation(.preparing("Looking up the credentials of \(row.name)…")))
            return [.call(.operation(.prepareDeleteUser(UserTarget(row))))]
        case .changeGrantEnd:
            guard let row = selectedGrantForOperation(now: now) else { return [] }
            modals.push(.operation(.editingEnd(EndDateEntry(subject: .grant(GrantTarget(row)), time: row.time))))
        case .addGrantPIN:
            guard let row = selectedGrantForOperation(now: now) else { return [] }
            modals.push(.operation(.confirming(.addGrantPIN(GrantTarget(row)), focus: .cancel)))
        case .removeAccessMethod:
            guard let row = selectedGrantForOperation(now: now) else { return [] }
            modals.push(.operation(.preparing("Looking up the access methods of the grant of \(GrantTarget(row).name)…")))
            return [.call(.operation(.prepareRemoveMethod(GrantTarget(row))))]
        case .revokeGrant:
            guard let row = selectedGrantForOperation(now: now) else { return [] }
            modals.push(.operation(.confirming(.revokeGrant(GrantTarget(row)), focus: .cancel)))
        }
        return []
    }

    private mutating func selectedCredentialForOperation(now: Date) -> CredentialRow? {
        guard let row = credentials.selectedRow else {
            flash = Flash(.warning, "Select a credential first.", now: now)
            return nil
        }
        return row
    }

    private mutating func selectedGrantForOperation(now: Date) -> AccessGrantRow? {
        guard let row = grants.selectedRow else {
            flash = Flash(.warning, "Select an Access Grant first.", now: now)
            return nil
        }
        return row
    }

    private mutating func selectedUserForOperation(now: Date) -> UserRow? {
        guard let row = users.selectedRow else {
            flash = Flash(.warning, "Select a user first.", now: now)
            return nil
        }
        return row
    }

    mutating func performDialog(_ command: DialogCommand, now: Date) -> [ConsoleEffect] {
        guard var flow = modals.operation else { return [] }
        switch flow.perform(command, now: now) {
        case .stay:
            modals.replace(.operation(flow))
        case .close:
            modals.close(.operation)
        case .run(let pending):
            modals.replace(.operation(flow))
            return [.call(.operation(.perform(pending)))]
        }
        return []
    }

    mutating func typeIntoOperation(_ key: Key) {
        modals.update(\.operation, Modal.operation) { $0.type(key) }
    }

    mutating func pasteIntoOperation(_ text: String) {
        modals.update(\.operation, Modal.operation) { $0.paste(text) }
    }

    /// Applies the effect runner's answer about an operation.
    mutating func receiveOperation(_ answer: OperationAnswer, now: Date) -> [ConsoleEffect] {
        switch answer {
        case .prepared(let pending):
            guard case .preparing? = modals.operation else { return [] }
            modals.replace(.operation(.confirming(pending, focus: .cancel)))
            return []
        case let .methodsReady(grant, methods):
            guard case .preparing? = modals.operation else { return [] }
            guard !methods.isEmpty else {
                modals.close(.operation)
                flash = Flash(.warning, "The grant of \(grant.name) has no access method to remove.", now: now)
                return []
            }
            modals.replace(.operation(.choosingMethod(grant, methods: methods, cursor: 0)))
            return []
        case .prepareFailed(let failure):
            guard case .preparing? = modals.operation else { return [] }
            modals.close(.operation)
            flash = Flash(.error, failure.message, now: now)
            return failure.kind == .notFound ? [loadFirstPage(.users)] : []
        case let .finished(pending, result, auditProblem):
            if modals.operation == .running(pending) { modals.close(.operation) }
            switch result {
            case let .succeeded(user, credential, grant):
                flash = auditProblem.map { Flash(.warning, "\(pending.doneMessage) But the audit log was not written: \($0)", now: now) }
                    ?? Flash(.info, pending.doneMessage, now: now)
                return apply(pending, user: user, credential: credential, grant: grant)
            case .failed(let failure):
                if failure.kind == .notFound {
                    flash = Flash(.error, "The \(pending.subject) no longer exists (someone else removed it). Refreshing.", now: now)
                    closeDetail(showing: pending)
                    return [loadFirstPage(pending.pane)]
                }
                if failure.kind == .unauthorized { banner = failure.message }
                flash = Flash(.error, "Could not change the \(pending.subject): \(failure.message)", now: now)
                return failure.kind == .auditUnavailable ? auditUnavailable(failure.message) : []
            }
        }
    }

    /// Shows the result in the panes at once, without a refresh. A change Seam is still applying
    /// (a deletion, a suspension, new dates) shows as such and is followed until it is done.
    private mutating func apply(_ pending: ConsoleOperation, user: UserRow?, credential: CredentialRow?,
                                grant: AccessGrantRow?) -> [ConsoleEffect] {
        var effects: [ConsoleEffect] = []
        switch pending {
        case .revokeCredential(let target):
            guard let credential else {
                credentials.remove(id: target.id)
                closeDetail(showing: pending)
                return []
            }
            effects += show(credential)
        case let .deleteUser(target, owned):
            guard let user else {
                users.remove(id: target.id)
                for credential in owned { credentials.remove(id: credential.id) }
                closeDetail(showing: pending)
                return []
            }
            effects += show(user)
        case .changeCredentialEnd:
            if let credential { effects += show(credential) }
        case .suspendUser, .unsuspendUser, .unlinkUser:
            if let user { effects += show(user) }
        case .revokeGrant(let target):
            guard let grant else {
                grants.remove(id: target.id)
                closeDetail(showing: pending)
                return []
            }
            effects += show(grant)
        case .changeGrantEnd, .addGrantPIN, .removeAccessMethod:
            if let grant { effects += show(grant) }
        }
        // An open detail pane of the changed resource shows the new state.
        guard let target = detail?.target, pending.resourceIDs.first == target.id else { return effects }
        return effects + reloadDetail()
    }

    /// The credential as the API holds it after the change, followed while it is still changing.
    private mutating func show(_ credential: CredentialRow) -> [ConsoleEffect] {
        let phones = credentials.row(id: credential.id)?.phones ?? 0
        credentials.update(withHolder(credential).withTime(zones[credential.systemID]).withPhones(phones))
        return credential.status.isChanging ? [follow(.credential, id: credential.id)] : []
    }

    /// The grant as the API holds it after the change (its entrances kept), followed while a
    /// change is on its way.
    private mutating func show(_ grant: AccessGrantRow) -> [ConsoleEffect] {
        grants.update(grant.keepingLookups(of: grants.row(id: grant.id)))
        return grant.isChanging ? [follow(.grant, id: grant.id)] : []
    }

    /// The user as the API holds it after the change, followed while a change is pending.
    private mutating func show(_ user: UserRow) -> [ConsoleEffect] {
        users.update(user)
        return user.isChanging ? [follow(.user, id: user.id)] : []
    }

    private mutating func closeDetail(showing pending: ConsoleOperation) {
        guard let target = detail?.target else { return }
        switch target {
        case .credential(let id), .user(let id), .accessGrant(let id):
            if pending.resourceIDs.contains(id) { modals.close(.detail) }
        case .system, .entrance:
            break
        }
    }
}
