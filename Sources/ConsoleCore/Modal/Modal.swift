/// One layer of what holds the keyboard above the lists (lazygit's context idea): the detail
/// pane, a prompt, the help overlay, the wizard, the guest PIN and move-out flows, an
/// operation's dialog, the audit pane. The
/// lists themselves are the bottom of the stack and are not a layer.
public enum Modal: Sendable, Equatable {
    case detail(DetailState)
    case filter(FilterPrompt)
    case commandBar(CommandBar)
    case help(HelpState)
    case wizard(WizardState)
    case operation(OperationFlow)
    case audit(AuditPaneState)
    case guest(GuestState)
    case moveOut(MoveOutState)
    case problems(ProblemsState)
    case importScreen(ImportScreenState)

    /// The kind of a layer, without its state.
    public enum Kind: Sendable, Hashable {
        case detail, filter, commandBar, help, wizard, operation, audit, guest, moveOut, problems, importScreen
    }

    public var kind: Kind {
        switch self {
        case .detail: .detail
        case .filter: .filter
        case .commandBar: .commandBar
        case .help: .help
        case .wizard: .wizard
        case .operation: .operation
        case .audit: .audit
        case .guest: .guest
        case .moveOut: .moveOut
        case .problems: .problems
        case .importScreen: .importScreen
        }
    }

    /// Whether keys this layer does not bind reach the layer under it. Only the detail pane lets
    /// them through: it sits beside the list, and the list's keys keep working while it is open.
    public var passesKeysThrough: Bool { kind == .detail }

    // The state of each kind, nil for the other kinds (`stack.update(\.wizard, Modal.wizard) { … }`).
    public var detail: DetailState? { if case .detail(let state) = self { state } else { nil } }
    public var filter: FilterPrompt? { if case .filter(let state) = self { state } else { nil } }
    public var commandBar: CommandBar? { if case .commandBar(let state) = self { state } else { nil } }
    public var help: HelpState? { if case .help(let state) = self { state } else { nil } }
    public var wizard: WizardState? { if case .wizard(let state) = self { state } else { nil } }
    public var operation: OperationFlow? { if case .operation(let state) = self { state } else { nil } }
    public var audit: AuditPaneState? { if case .audit(let state) = self { state } else { nil } }
    public var guest: GuestState? { if case .guest(let state) = self { state } else { nil } }
    public var moveOut: MoveOutState? { if case .moveOut(let state) = self { state } else { nil } }
    public var problems: ProblemsState? { if case .problems(let state) = self { state } else { nil } }
    public var importScreen: ImportScreenState? { if case .importScreen(let state) = self { state } else { nil } }
}
