/// The API work of an effect, performed by the effect runner (ConsoleServices) off the input
/// path; each answer comes back as a `ConsoleAction`. Calls carry the generation of the state
/// they were made for, so answers the user has moved past are dropped.
public enum APICall: Sendable, Equatable {
    case loadWorkspace
    case loadPage(PageRequest)
    case loadDetail(DetailTarget, generation: Int)
    /// The names of these ACS users: holders of credentials on screen the console has not loaded.
    case loadHolders([String])
    /// The names of every ACS user of a building (nil: of the workspace), so credentials sort
    /// by holder beyond the rows on screen (`ConsoleState+Holders`).
    case loadAllHolders(systemID: String?)
    /// The entrances of these Access Grants (the rows on screen).
    case describeGrants([String])
    case wizard(WizardEffect)
    /// A front-desk operation's API work (see Operations/).
    case operation(OperationEffect)
    /// Whether the audit log can be read again (after a change was refused for want of it).
    case probeAudit
    /// The newest audit entries matching `filter`, for the audit pane.
    case loadAudit(filter: String, generation: Int)
    /// A row whose change is on its way, as the API holds it now.
    case followRow(FollowTarget, attempt: Int)
    /// What is new in `events/list` since the last answer (see Activity/).
    case pollActivity(ActivityPoll)
    /// The guest PIN flow's API work (see Guest/).
    case guest(GuestEffect)
    /// The move-out flow's API work (see MoveOut/).
    case moveOut(MoveOutEffect)
    /// Write a read-only refusal to the audit log (see `RefusedChange`); nothing goes to Seam.
    case recordRefusal(RefusedChange)
    /// `:import`'s work (see ImportScreen/).
    case importScreen(ImportEffect)

    /// True when the call changes data, or writes the audit trail of a refused change: such
    /// calls are never cancelled, and quitting waits (a few seconds at most) for them to answer
    /// so their outcome is audited. A refusal is included because quitting right after the key
    /// would otherwise cancel it between its attempt row and its `refused` outcome.
    public var changesData: Bool {
        switch self {
        case .recordRefusal: true
        case .loadWorkspace, .loadPage, .loadDetail, .loadHolders, .loadAllHolders, .describeGrants, .loadAudit, .probeAudit, .followRow, .pollActivity: false
        case .wizard(let effect): effect.changesData
        case .operation(let effect): effect.changesData
        case .guest(let effect): effect.changesData
        case .moveOut(let effect): effect.changesData
        case .importScreen(let effect): if case .start = effect { true } else { false }
        }
    }
}
