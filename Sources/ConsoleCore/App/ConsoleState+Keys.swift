import Foundation

/// Keys and pastes: the registry turns a key into a command for the scopes of what holds the
/// keyboard; keys it does not bind are typed into the top layer's field, if it has one.
extension ConsoleState {
    /// The key-registry scopes that apply now, most specific first: the top layer's, then
    /// (through a layer that lets keys pass, like the detail) the lists', then `anywhere`.
    public var keyScopes: [KeyScope] { keyScopes(ignoring: nil) }

    /// The scopes as if the layer of `ignored` kind were closed (the `:` prompt resolves its
    /// command in the context under it; help lists the keys of the screen under it).
    func keyScopes(ignoring ignored: Modal.Kind?) -> [KeyScope] {
        var scopes: [KeyScope] = []
        for layer in modals.layers.reversed() where layer.kind != ignored {
            scopes += keyScopes(of: layer)
            if !layer.passesKeysThrough { return scopes + [.anywhere] }
        }
        scopes.append(pane.keyScope)
        if list(pane).selectedID != nil { scopes.append(BrowseKeymap.selection) }
        scopes.append(BrowseKeymap.lists)
        if scope != nil { scopes.append(BrowseKeymap.scoped) }
        return scopes + [.anywhere]
    }

    private func keyScopes(of layer: Modal) -> [KeyScope] {
        switch layer {
        case .detail(let detail): DetailKeymap.scopes(for: detail)
        case .filter: [FilterKeymap.scope]
        case .commandBar: [CommandBarKeymap.scope]
        case .help: [HelpKeymap.scope]
        case .wizard(let wizard): WizardKeymap.scopes(for: wizard)
        case .operation(let flow): OperationKeymap.scopes(for: flow)
        case .audit(let pane): AuditPaneKeymap.scopes(for: pane, visibleRows: max(listHeight - 2, 1))
        case .guest(let guest): GuestKeymap.scopes(for: guest)
        case .moveOut(let moveOut): MoveOutKeymap.scopes(for: moveOut)
        case .problems(let problems): ProblemsKeymap.scopes(for: problems)
        case .importScreen(let screen): ImportScreenKeymap.scopes(for: screen)
        }
    }

    /// One key: its command if the registry binds it here, else typed into the top layer.
    mutating func press(_ key: Key, now: Date) -> [ConsoleEffect] {
        welcome = nil
        let scopes = keyScopes
        if let binding = keys.binding(for: key, in: scopes) {
            return perform(binding.command, now: now)
        }
        if let refused = keys.bindingRefusedByReadOnly(key, in: scopes) {
            flash = Flash(.warning, "Read-only mode: this console cannot change anything.", now: now)
            return [readOnlyRefusal(of: refused.commands.first ?? refused.footerLabel.lowercased().split(separator: " ").joined(separator: "_"))]
        }
        switch modals.top {
        case nil, .detail: return []
        case .filter: return editFilter(key)
        case .commandBar: editCommand(key)
        case .help: modals.close(.help) // any other key closes the overlay
        case .wizard: return typeIntoWizard(key, now: now)
        case .operation: typeIntoOperation(key)
        case .audit: return typeIntoAuditPane(key)
        case .guest: typeIntoGuest(key)
        case .moveOut, .problems: break
        case .importScreen: typeIntoImportScreen(key)
        }
        return []
    }

    /// Pasted text goes, whole, into the field of the top layer.
    mutating func paste(_ text: String, now: Date) -> [ConsoleEffect] {
        switch modals.top {
        case nil, .detail, .help, .moveOut, .problems: return []
        case .filter: return pasteIntoFilter(text)
        case .commandBar: pasteIntoCommand(text)
        case .wizard: pasteIntoWizard(text)
        case .operation: pasteIntoOperation(text)
        case .audit: return pasteIntoAuditPane(text)
        case .guest: pasteIntoGuest(text)
        case .importScreen: pasteIntoImportScreen(text)
        }
        return []
    }

    /// What a bound command does: each feature handles the commands of its own enum.
    mutating func perform(_ command: KeyCommand, now: Date) -> [ConsoleEffect] {
        if command != .list(.bottom), case .list = command { followingEnd.remove(pane) }
        if case .browse = command { followingEnd.remove(pane) }
        switch command {
        case .app(let command): return performApp(command)
        case .list(let command): return performList(command)
        case .browse(let command): return performBrowse(command, now: now)
        case .detail(let command): performDetail(command, now: now)
        case .prompt(let command): return performPrompt(command, now: now)
        case .help(let command): performHelp(command)
        case .operation(let command): return startOperation(command, now: now)
        case .dialog(let command): return performDialog(command, now: now)
        case .audit(let command): performAuditPane(command)
        case .wizard(let command): return performWizard(command, now: now)
        case .guest(let command): return performGuest(command, now: now)
        case .moveOut(let command): return performMoveOut(command, now: now)
        case .problems(let command): return performProblems(command)
        case .importScreen(let command): return performImportScreen(command, now: now)
        }
        return []
    }

    /// A command typed with an argument (`:moveout Jane Doe`, `:guest Bob Plumber`); nil when the
    /// command takes none.
    mutating func perform(_ command: KeyCommand, argument: String, now: Date) -> [ConsoleEffect]? {
        switch command {
        case .browse(.moveOut): startMoveOut(named: argument, now: now)
        case .browse(.guestPIN): openGuest(name: argument, now: now)
        default: nil
        }
    }

    private mutating func performApp(_ command: AppCommand) -> [ConsoleEffect] {
        switch command {
        case .quit: shouldQuit = true
        case .help: modals.push(.help(HelpState()))
        case .commandBar: modals.push(.commandBar(CommandBar()))
        case .redraw: needsFullRedraw = true
        }
        return []
    }

    private mutating func performPrompt(_ command: PromptCommand, now: Date) -> [ConsoleEffect] {
        switch (modals.top?.kind, command) {
        case (.filter?, .accept): return finishFilter(keeping: true)
        case (.filter?, .cancel): return finishFilter(keeping: false)
        case (.commandBar?, .accept): return runCommand(now: now)
        case (.commandBar?, .cancel): modals.close(.commandBar)
        case (.commandBar?, .complete): completeCommand()
        default: break
        }
        return []
    }
}
