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
    /// The names of the entrances of Access Grants, by grant id (see Access/).
    case grantsDescribed([String: [String]])
    case wizard(WizardAction)
    /// An answer about a front-desk operation (see Operations/).
    case operation(OperationAnswer)
    /// Whether the audit log answered the probe.
    case auditProbed(available: Bool)
    /// The audit pane's entries, for the query of this generation.
    case auditLoaded(AuditPaneState.Phase, generation: Int)
    /// A followed row as the API holds it now.
    case rowFollowed(FollowedRow, target: FollowTarget, attempt: Int)
    /// What `events/list` said is new (see Activity/).
    case activity(ActivityAnswer)
    /// An answer of the guest PIN flow's API work (see Guest/).
    case guest(GuestAnswer)
    /// An answer of the move-out flow's API work (see MoveOut/).
    case moveOut(MoveOutAnswer)
    /// An answer of `:import`'s work (see ImportScreen/).
    case importScreen(ImportAnswer)
}
