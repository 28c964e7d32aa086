import SeamAPI

/// Everything that can change the console's state: input from the terminal, timers the
/// reducer set, and the answers of API calls. Actions carry no time: the run loop gives the
/// reducer the instant each one is applied.
public enum ConsoleAction: Sendable {
    /// The console has just started (load the workspace and the panes).
    case start
    /// A key, paste or resize.
    case input(InputEvent)
    /// A timer set by an effect is up.
    case timer(TimerEvent)
    case workspaceLoaded(Workspace)
    case pageLoaded(PanePage, request: PageRequest, nextCursor: String?)
    case pageFailed(request: PageRequest, ConsoleFailure)
    case detailLoaded(DetailContent, generation: Int)
    case detailFailed(ConsoleFailure, generation: Int)
    /// Names of credential holders by user id (users that could not be read are left out).
    case holdersLoaded([String: String])
    case wizard(WizardAction)
    /// An answer about a front-desk operation (see Operations/).
    case operation(OperationAnswer)
    /// The audit pane's entries, for the query of this generation.
    case auditLoaded(AuditPaneState.Phase, generation: Int)
    /// An answer of `:import`'s work (see ImportScreen/).
    case importScreen(ImportAnswer)
}
