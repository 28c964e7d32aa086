/// The `?` overlay.
extension ConsoleState {
    /// The scopes the overlay lists: those of the screen under it, most specific first.
    public var helpScopes: [KeyScope] { keyScopes(ignoring: .help) }

    mutating func performHelp(_ command: HelpCommand) {
        guard var help = modals.help else { return }
        switch command {
        case .close:
            modals.close(.help)
            return
        case .scrollDown: help.scroll += 1
        case .scrollUp: help.scroll = max(help.scroll - 1, 0)
        case .pageDown: help.scroll += listHeight
        case .pageUp: help.scroll = max(help.scroll - listHeight, 0)
        }
        modals.replace(.help(help))
    }
}
