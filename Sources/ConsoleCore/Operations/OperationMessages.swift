import Foundation

/// Work an operation asks of the effect runner.
public enum OperationEffect: Sendable, Equatable {
    /// Fetch the user's credentials, then open the delete dialog.
    case prepareDeleteUser(UserTarget)
    /// Fetch the grant's access methods, then let staff choose the one to remove.
    case prepareRemoveMethod(GrantTarget)
    /// Call the API (and record the audit entries).
    case perform(ConsoleOperation)

    /// Only `perform` changes data.
    public var changesData: Bool {
        if case .perform = self { return true }
        return false
    }
}

/// The effect runner's answers about operations.
public enum OperationAnswer: Sendable {
    /// The dialog is ready (e.g. with the user's credentials listed).
    case prepared(ConsoleOperation)
    /// The grant's access methods, to choose the one to remove.
    case methodsReady(GrantTarget, [MethodTarget])
    case prepareFailed(ConsoleFailure)
    /// `auditProblem` says why the audit entry could not be written, when it could not.
    case finished(ConsoleOperation, OperationResult, auditProblem: String? = nil)
}

/// How a performed operation ended, with the fresh rows the panes should show.
public enum OperationResult: Sendable {
    /// It worked. `user`/`credential`/`grant` are the rows as the API now holds them, when they
    /// still exist.
    case succeeded(user: UserRow?, credential: CredentialRow?, grant: AccessGrantRow? = nil)
    case failed(ConsoleFailure)
}
