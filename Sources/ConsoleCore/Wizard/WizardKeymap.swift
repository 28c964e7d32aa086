/// The wizard's keys, one scope per step, so the footer and `?` show exactly the keys of the
/// step on screen. Keys no scope binds are typed into the step's focused field.
public enum WizardKeymap {
    public static let wizard = KeyScope("wizard", title: "Wizard")
    public static let building = KeyScope("wizard.building", title: "Wizard: the building")
    public static let resident = KeyScope("wizard.resident", title: "Wizard: the resident")
    public static let matches = KeyScope("wizard.matches", title: "Wizard: residents found")
    public static let waiting = KeyScope("wizard.waiting", title: "Wizard: a step to try again")
    public static let managers = KeyScope("wizard.managers", title: "Wizard: the credential manager")
    public static let entrances = KeyScope("wizard.entrances", title: "Wizard: entrances")
    public static let entranceFilter = KeyScope("wizard.entrance-filter", title: "Wizard: the entrance filter")
    public static let dates = KeyScope("wizard.dates", title: "Wizard: start and end")
    public static let pinChoice = KeyScope("wizard.pin", title: "Wizard: a PIN with the mobile key")
    public static let review = KeyScope("wizard.review", title: "Wizard: review")
    public static let result = KeyScope("wizard.result", title: "Wizard: the key")
    public static let failedResult = KeyScope("wizard.result-failed", title: "Wizard: the key could not be made")
    public static let following = KeyScope("wizard.following", title: "Wizard: waiting for the building")
    public static let leaving = KeyScope("wizard.leaving", title: "Wizard: leaving")

    static var bindings: [KeyBinding] {
        func bind(_ command: WizardCommand, _ keys: [Key], _ description: String, _ label: String, _ scope: KeyScope,
                  footer: KeyBinding.FooterRank = .common) -> KeyBinding {
            KeyBinding(.wizard(command), keys: keys, description: description, footerLabel: label, scope: scope, mutates: true, footer: footer)
        }
        return [
            bind(.leave, [.escape], "Leave the wizard (it says what was made, if anything)", "Leave", wizard),
            bind(.moveDown, [.down], "Next building", "Down", building, footer: .hidden),
            bind(.moveUp, [.up], "Previous building", "Up", building, footer: .hidden),
            bind(.proceed, [.enter], "Work in this building", "Choose", building),
            bind(.nextField, [.tab, .down], "Next field", "Next field", resident),
            bind(.previousField, [.backTab, .up], "Previous field", "Prev field", resident, footer: .hidden),
            bind(.proceed, [.enter], "Continue: search by name, or find or create the resident by email", "Continue", resident),
            bind(.moveDown, [.down], "Next resident found", "Down", matches, footer: .hidden),
            bind(.moveUp, [.up], "Previous resident found", "Up", matches, footer: .hidden),
            bind(.proceed, [.enter], "Use this resident", "Use", matches),
            bind(.proceed, [.enter], "Try the step again", "Retry", waiting),
            bind(.moveDown, [.down], "Next credential manager", "Down", managers, footer: .hidden),
            bind(.moveUp, [.up], "Previous credential manager", "Up", managers, footer: .hidden),
            bind(.proceed, [.enter], "Use this credential manager", "Choose", managers),
            bind(.toggleEntrance, [.character(" ")], "Choose or drop the entrance", "Choose", entrances),
            bind(.editEntranceFilter, [.character("/")], "Type a filter with spaces (letters filter at once)", "Filter", entrances, footer: .minor),
            bind(.moveDown, [.down], "Next entrance", "Down", entrances, footer: .hidden),
            bind(.moveUp, [.up], "Previous entrance", "Up", entrances, footer: .hidden),
            bind(.nextField, [.tab], "Next field (start, end)", "Next field", entrances),
            bind(.previousField, [.backTab], "Previous field", "Prev field", entrances, footer: .hidden),
            bind(.proceed, [.enter], "Check the key and review it", "Review", entrances),
            bind(.finishEntranceFilter, [.enter, .escape, .down], "Back to the list of entrances", "Done", entranceFilter),
            bind(.nextField, [.tab], "Next field", "Next field", entranceFilter, footer: .minor),
            bind(.previousField, [.backTab], "Previous field", "Prev field", entranceFilter, footer: .hidden),
            bind(.moveDown, [.down], "Next preset (now, tonight, +1 week, +1 month)", "Preset", dates),
            bind(.moveUp, [.up], "Previous preset", "Prev preset", dates, footer: .hidden),
            bind(.nextField, [.tab], "Next field", "Next field", dates),
            bind(.previousField, [.backTab], "Previous field", "Prev field", dates, footer: .hidden),
            bind(.proceed, [.enter], "Check the key and review it", "Review", dates),
            bind(.togglePIN, [.character(" ")], "Ask for a PIN with the mobile key, or not (one PIN per entrance)", "PIN", pinChoice),
            bind(.nextField, [.tab], "Next field", "Next field", pinChoice),
            bind(.previousField, [.backTab], "Previous field", "Prev field", pinChoice, footer: .hidden),
            bind(.proceed, [.enter], "Check the key and review it", "Review", pinChoice),
            bind(.proceed, [.enter], "Create the mobile key", "Issue", review, footer: .primary),
            bind(.backToKey, [.backspace, .left], "Change the entrances or dates", "Change", review),
            bind(.proceed, [.enter], "Close the wizard", "Close", result),
            bind(.another, [.character("n")], "Issue another key in this building", "Another", result, footer: .primary),
            bind(.leave, [.escape], "Close the wizard", "Close", result, footer: .hidden),
            bind(.proceed, [.enter], "Try creating the key again", "Retry", failedResult),
            bind(.leave, [.escape], "Close; the building goes on issuing the key", "Close", following),
            bind(.keep, [.character("k")], "Keep what the wizard made", "Keep", leaving),
            bind(.remove, [.character("x")], "Remove what the wizard made, newest first", "Remove", leaving),
            bind(.stay, [.escape], "Back to the wizard", "Back", leaving),
        ]
    }

    /// The scopes of the step on screen, most specific first.
    static func scopes(for wizard: WizardState) -> [KeyScope] {
        if case .leaving = wizard.step { return wizard.busy == nil ? [leaving] : [] }
        if wizard.busy != nil {
            return wizard.step == .result && wizard.isMade ? [following] : []
        }
        let step: [KeyScope]
        switch wizard.step {
        case .building: step = [building]
        case .resident: step = wizard.identityMatches != nil && wizard.made.identityID == nil ? [matches, resident] : [resident]
        case .manager: step = (wizard.managers ?? []).isEmpty ? [waiting] : [managers]
        case .enrollment, .acsUser: step = [waiting]
        case .key:
            if wizard.isEditingEntranceFilter { step = [entranceFilter] }
            else {
                switch wizard.keyFocus {
                case .entrances: step = [entrances]
                case .pin: step = [pinChoice]
                case .start, .end: step = [dates]
                }
            }
        case .review: step = [review]
        case .result: step = !wizard.isMade ? [failedResult] : [result]
        case .leaving: step = []
        }
        return step + [self.wizard]
    }
}

/// What a key does in the wizard.
public enum WizardCommand: Hashable, Sendable {
    /// Enter: choose, continue, retry, issue or close, as the step says.
    case proceed
    /// Esc: leave (asking to keep or remove what was made, if anything).
    case leave
    /// Esc while leaving: back to the step.
    case stay
    /// Leaving: keep what was made.
    case keep
    /// Leaving: remove what was made.
    case remove
    /// At the result: another key in the same building.
    case another
    case nextField, previousField
    /// Up and Down in the step's list (or through the date presets).
    case moveUp, moveDown
    case toggleEntrance, editEntranceFilter, finishEntranceFilter
    /// From the review back to the entrances and dates.
    case backToKey
    /// Through an Access Grant: a PIN with the mobile key, or not.
    case togglePIN
}
