/// What a key does, as a value. The registry maps keys to commands, and each feature's reducer
/// handles the commands of its own enum in an exhaustive `switch`, so a key that nobody handles
/// is a compile error rather than a `default:` that does nothing.
public enum KeyCommand: Hashable, Sendable {
    case app(AppCommand)
    case list(ListCommand)
    case browse(BrowseCommand)
    case detail(DetailCommand)
    case prompt(PromptCommand)
    case help(HelpCommand)
    case operation(OperationCommand)
    case dialog(DialogCommand)
    case audit(AuditPaneCommand)
    case wizard(WizardCommand)
    case guest(GuestCommand)
    case moveOut(MoveOutCommand)
    case problems(ProblemsCommand)
    case importScreen(ImportScreenCommand)
}

/// Commands of the console as a whole.
public enum AppCommand: Hashable, Sendable {
    case quit, help, commandBar, redraw
}

/// Moving through and ordering the focused list.
public enum ListCommand: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom, sort, reverseSort
}

/// Browsing the panes: opening, filtering, switching, scoping, and starting the flows.
public enum BrowseCommand: Hashable, Sendable {
    case open, filter, nextPane, previousPane, focus(ListPane), refresh, allBuildings, issueKey, auditLog, problems
    /// A guest or contractor PIN (see Guest/).
    case guestPIN
    /// Everything a resident holds, revoked in one job (see MoveOut/).
    case moveOut
}

/// The detail pane beside (or over) the list.
public enum DetailCommand: Hashable, Sendable {
    case close, revealPIN, scrollDown, scrollUp
}

/// The one-line prompts: the `/` filter and the `:` command bar.
public enum PromptCommand: Hashable, Sendable {
    case accept, cancel, complete
}

/// The `?` overlay.
public enum HelpCommand: Hashable, Sendable {
    case close, scrollUp, scrollDown, pageUp, pageDown
}

/// Front-desk changes started on the selected row (each opens a dialog that asks first).
public enum OperationCommand: Hashable, Sendable {
    case revokeCredential, changeCredentialEnd, toggleSuspend, unlinkUser, deleteUser
    case changeGrantEnd, addGrantPIN, removeAccessMethod, revokeGrant
}

/// The confirm dialog and the end-date field of an operation.
public enum DialogCommand: Hashable, Sendable {
    /// Switch between Cancel and the action's button.
    case switchButton
    /// Press the focused button (or submit the field).
    case press
    /// Close without changing anything.
    case cancel
    /// Up and Down in a dialog's list (the methods of a grant).
    case previous, next
}

/// The `:audit` pane.
public enum AuditPaneCommand: Hashable, Sendable {
    case close, scrollUp, scrollDown, pageUp, pageDown
}
