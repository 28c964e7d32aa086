import Foundation

/// Following changes on their way: after a suspend, a deletion or new dates, the row shows
/// "suspending…", "deleting…" or "updating…", and the console asks for it every few seconds
/// until Seam has applied the change, then shows the result (or drops a deleted row).
extension ConsoleState {
    /// Starts following a row (replacing an earlier follow of the same row).
    func follow(_ kind: FollowTarget.Kind, id: String) -> ConsoleEffect {
        .after(FollowTarget.interval, .followRow(FollowTarget(kind, id: id, zones: zones), attempt: 1), id: .follow(id))
    }

    /// The timer is up: ask for the row.
    func askAgain(_ target: FollowTarget, attempt: Int) -> [ConsoleEffect] {
        [.call(.followRow(target, attempt: attempt), id: .follow(target.id))]
    }

    /// The row as the API holds it now: shown, and followed again while still changing.
    mutating func receiveFollowed(_ row: FollowedRow, target: FollowTarget, attempt: Int) -> [ConsoleEffect] {
        let stillChanging: Bool
        switch row {
        case .gone:
            switch target.kind {
            case .user: users.remove(id: target.id)
            case .credential: credentials.remove(id: target.id)
            case .grant: grants.remove(id: target.id)
            }
            if detail?.target.id == target.id { modals.close(.detail) }
            return []
        case .user(let user):
            users.update(user)
            stillChanging = user.isChanging
        case .grant(let grant):
            grants.update(grant.keepingLookups(of: grants.row(id: grant.id)))
            stillChanging = grant.isChanging
        case .credential(let credential):
            let current = credentials.row(id: credential.id)
            credentials.update(withHolder(credential).withPhones(current?.phones ?? 0))
            stillChanging = credential.status.isChanging
        }
        var effects: [ConsoleEffect] = []
        if detail?.target.id == target.id { effects += reloadDetail() }
        if stillChanging, attempt < FollowTarget.maxAttempts {
            effects.append(.after(FollowTarget.interval, .followRow(target, attempt: attempt + 1), id: .follow(target.id)))
        }
        return effects
    }
}
