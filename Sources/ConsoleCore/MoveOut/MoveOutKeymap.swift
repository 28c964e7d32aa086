/// The move-out's keys, one scope per phase. Starting it (`O` on a user, `:moveout NAME`)
/// changes data, so read-only mode hides and refuses it.
public enum MoveOutKeymap {
    public static let waiting = KeyScope("moveout.waiting", title: "Move-out: asking the API")
    public static let picking = KeyScope("moveout.picking", title: "Move-out: who")
    public static let choosing = KeyScope("moveout.choosing", title: "Move-out: what to remove")
    public static let running = KeyScope("moveout.running", title: "Move-out: running")
    public static let finished = KeyScope("moveout.finished", title: "Move-out: the result")
    public static let failed = KeyScope("moveout.failed", title: "Move-out: a failed lookup")

    static var bindings: [KeyBinding] {
        func bind(_ command: MoveOutCommand, _ keys: [Key], _ description: String, _ label: String, _ scope: KeyScope,
                  footer: KeyBinding.FooterRank = .common) -> KeyBinding {
            KeyBinding(.moveOut(command), keys: keys, description: description, footerLabel: label, scope: scope, mutates: true, footer: footer)
        }
        return [
            KeyBinding(.browse(.moveOut), keys: [.character("O")], description: "Move out the selected user: everything they hold, in every building",
                       footerLabel: "Move out", scope: ListPane.users.keyScope, mutates: true, footer: .minor),
            KeyBinding(.browse(.moveOut), keys: [], description: "Move out a resident by name (:moveout NAME)", footerLabel: "Move out",
                       scope: BrowseKeymap.lists, mutates: true, footer: .hidden, commands: ["moveout"]),
            bind(.cancel, [.escape], "Stop and close (nothing has changed)", "Cancel", waiting),
            bind(.moveDown, [.down], "Next person", "Down", picking, footer: .hidden),
            bind(.moveUp, [.up], "Previous person", "Up", picking, footer: .hidden),
            bind(.press, [.enter], "Move out this person", "Choose", picking),
            bind(.cancel, [.escape], "Close without changing anything", "Cancel", picking),
            bind(.moveDown, [.down], "Next option", "Down", choosing, footer: .hidden),
            bind(.moveUp, [.up], "Previous option", "Up", choosing, footer: .hidden),
            bind(.toggle, [.character(" ")], "Choose or drop the option", "Toggle", choosing),
            bind(.switchButton, [.tab, .backTab, .left, .right], "Move between Cancel and Move out", "Switch", choosing),
            bind(.press, [.enter], "Press the focused button", "Press", choosing),
            bind(.cancel, [.escape, .character("n")], "Close without changing anything", "Cancel", choosing),
            bind(.stop, [.escape], "Stop after the item that runs now", "Stop", running),
            bind(.runAgain, [.character("r")], "Gather again and finish what is left (what is done is not touched)", "Run again", finished, footer: .primary),
            bind(.cancel, [.enter, .escape], "Close", "Close", finished),
            bind(.press, [.enter], "Ask again", "Retry", failed),
            bind(.cancel, [.escape], "Close", "Close", failed),
        ]
    }

    /// The scopes of the phase on screen.
    static func scopes(for moveOut: MoveOutState) -> [KeyScope] {
        switch moveOut.phase {
        case .finding, .gathering: [waiting]
        case .picking: [picking]
        case .choosing: [choosing]
        case .running: [running]
        case .finished: [finished]
        case .failed: [failed]
        }
    }
}

/// What a key does in the move-out.
public enum MoveOutCommand: Hashable, Sendable {
    case moveUp, moveDown, toggle, switchButton, press, cancel, stop, runAgain
}
