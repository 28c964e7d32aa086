import Foundation

extension ConsoleState {
    /// Starts the operation bound to `action` on the selected row; nil when `action` is not one.
    mutating func startOperation(_ action: ActionID, now: Date) -> [ConsoleEffect]? {
        switch action {
        case OperationKeymap.revokeCredential:
            guard let row = selectedCredentialForOperation(now: now) else { return [] }
            operation = .confirming(.revokeCredential(CredentialTarget(row)), focus: .cancel)
        case OperationKeymap.changeCredentialEnd:
            guard let row = selectedCredentialForOperation(now: now) else { return [] }
            // The building's zone when its system is loaded (rows loaded before it show UTC).
            let time = systems.rows.first { $0.id == row.systemID }.map { BuildingTime(identifier: $0.timeZone) } ?? row.time
            operation = .editingEnd(EndDateEntry(credential: CredentialTarget(row), time: time))
        case OperationKeymap.toggleSuspend:
            guard let row = selectedUserForOperation(now: now) else { return [] }
            let user = UserTarget(row)
            operation = .confirming(row.isSuspended ? .unsuspendUser(user) : .suspendUser(user), focus: .cancel)
        case OperationKeymap.unlinkUser:
            guard let row = selectedUserForOperation(now: now) else { return [] }
            guard let identityID = row.userIdentityID else {
                flash = Flash(.warning, "\(row.name) is not linked to a user identity.", now: now)
                return []
            }
            operation = .confirming(.unlinkUser(UserTarget(row), identityID: identityID), focus: .cancel)
        case OperationKeymap.auditLog:
            return openAuditPane()
        case OperationKeymap.deleteUser:
            guard let row = selectedUserForOperation(now: now) else { return [] }
            operation = .preparing("Looking up the credentials of \(row.name)…")
            return [.operation(.prepareDeleteUser(UserTarget(row)))]
        default:
            return nil
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

    private mutating func selectedUserForOperation(now: Date) -> UserRow? {
        guard let row = users.selectedRow else {
            flash = Flash(.warning, "Select a user first.", now: now)
            return nil
        }
        return row
    }

    /// Keys while an operation is open: the end field, the confirm dialog's buttons.
    mutating func handleOperationKey(_ key: Key, now: Date) -> [ConsoleEffect] {
        switch operation {
        case .none, .preparing, .running:
            // Waiting for the API: Esc only hides a preparation; a running change cannot be taken back.
            if case .preparing = operation, key == .escape { operation = nil }
            return []
        case .editingEnd(var entry):
            switch key {
            case .escape:
                operation = nil
            case .enter:
                switch entry.validated(now: now) {
                case .success(let date):
                    operation = .confirming(.changeCredentialEnd(entry.credential, endsAt: date, time: entry.time), focus: .cancel)
                case .failure(let problem):
                    entry.error = problem.message
                    operation = .editingEnd(entry)
                }
            default:
                if entry.draft.apply(key) {
                    entry.error = nil
                    operation = .editingEnd(entry)
                }
            }
            return []
        case let .confirming(pending, focus):
            switch key {
            case .tab, .backTab, .left, .right, .character("h"), .character("l"):
                operation = .confirming(pending, focus: focus == .cancel ? .confirm : .cancel)
            case .escape, .character("n"):
                operation = nil
            case .enter:
                guard focus == .confirm else {
                    operation = nil
                    return []
                }
                operation = .running(pending)
                return [.operation(.perform(pending))]
            default:
                break
            }
            return []
        }
    }

    /// Text pasted while the end field is open goes into it.
    mutating func pasteIntoOperation(_ text: String) {
        guard case .editingEnd(var entry) = operation else { return }
        entry.draft.insert(text)
        entry.error = nil
        operation = .editingEnd(entry)
    }

    /// Applies the effect runner's answer about an operation.
    mutating func receiveOperation(_ answer: OperationAnswer) -> [ConsoleEffect] {
        switch answer {
        case let .auditLoaded(phase, generation):
            return receiveAudit(phase, generation: generation)
        case .prepared(let pending):
            guard case .preparing = operation else { return [] }
            operation = .confirming(pending, focus: .cancel)
            return []
        case let .prepareFailed(failure, now):
            guard case .preparing = operation else { return [] }
            operation = nil
            flash = Flash(.error, failure.message, now: now)
            return failure.kind == .notFound ? [loadFirstPage(.users)] : []
        case let .finished(pending, result, auditProblem, now):
            if operation == .running(pending) { operation = nil }
            switch result {
            case let .succeeded(user, credential):
                flash = auditProblem.map { Flash(.warning, "\(pending.doneMessage) But the audit log was not written: \($0)", now: now) }
                    ?? Flash(.info, pending.doneMessage, now: now)
                return apply(pending, user: user, credential: credential)
            case .failed(let failure):
                if failure.kind == .notFound {
                    flash = Flash(.error, "The \(pending.subject) no longer exists (someone else removed it). Refreshing.", now: now)
                    closeDetail(showing: pending)
                    return [loadFirstPage(pending.pane)]
                }
                if failure.kind == .unauthorized { banner = failure.message }
                flash = Flash(.error, "Could not change the \(pending.subject): \(failure.message)", now: now)
                return []
            }
        }
    }

    /// Shows the result in the panes at once, without a refresh.
    private mutating func apply(_ pending: ConsoleOperation, user: UserRow?, credential: CredentialRow?) -> [ConsoleEffect] {
        switch pending {
        case .revokeCredential(let target):
            credentials.remove(id: target.id)
            closeDetail(showing: pending)
            return []
        case let .deleteUser(target, owned):
            users.remove(id: target.id)
            for credential in owned { credentials.remove(id: credential.id) }
            closeDetail(showing: pending)
            return []
        case .changeCredentialEnd:
            if let credential { credentials.update(withHolder(credential)) }
        case .suspendUser, .unsuspendUser, .unlinkUser:
            if let user { users.update(user) }
        }
        // An open detail pane of the changed resource shows the new state.
        guard let target = detail?.target, pending.resourceIDs.first == target.id else { return [] }
        let generation = nextDetailGeneration()
        detail = DetailState(target: target, generation: generation)
        return [.loadDetail(target, generation: generation)]
    }

    private mutating func closeDetail(showing pending: ConsoleOperation) {
        guard let target = detail?.target else { return }
        let ids = Set(pending.resourceIDs)
        switch target {
        case .credential(let id), .user(let id):
            if ids.contains(id) { detail = nil }
        case .system, .entrance:
            break
        }
    }
}
