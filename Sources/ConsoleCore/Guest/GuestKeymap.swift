/// The guest PIN flow's keys, one scope per step, so the footer and `?` show exactly the keys
/// of the step on screen. Keys no scope binds are typed into the step's focused field. Starting
/// the flow (`g`, `:guest`) changes data, so read-only mode hides and refuses it.
public enum GuestKeymap {
    public static let flow = KeyScope("guest", title: "Guest PIN")
    public static let building = KeyScope("guest.building", title: "Guest PIN: the building")
    public static let who = KeyScope("guest.who", title: "Guest PIN: who")
    public static let matches = KeyScope("guest.matches", title: "Guest PIN: people found")
    public static let entrances = KeyScope("guest.entrances", title: "Guest PIN: the entrance")
    public static let when = KeyScope("guest.when", title: "Guest PIN: when")
    /// Only when the times are typed (the presets have no fields to move between).
    public static let typedTimes = KeyScope("guest.when-typed", title: "Guest PIN: typed times")
    public static let review = KeyScope("guest.review", title: "Guest PIN: review")
    public static let retry = KeyScope("guest.retry", title: "Guest PIN: a call to try again")
    public static let following = KeyScope("guest.following", title: "Guest PIN: waiting for the building")
    public static let reveal = KeyScope("guest.reveal", title: "Guest PIN: the PIN, shown once")

    static var bindings: [KeyBinding] {
        func bind(_ command: GuestCommand, _ keys: [Key], _ description: String, _ label: String, _ scope: KeyScope,
                  footer: KeyBinding.FooterRank = .common) -> KeyBinding {
            KeyBinding(.guest(command), keys: keys, description: description, footerLabel: label, scope: scope, mutates: true, footer: footer)
        }
        return [
            KeyBinding(.browse(.guestPIN), keys: [.character("g")], description: "Give a guest or contractor a PIN for one entrance",
                       footerLabel: "Guest PIN", scope: BrowseKeymap.lists, mutates: true, footer: .minor, commands: ["guest", "pin"]),
            bind(.leave, [.escape], "Leave the guest PIN (nothing is made before Create)", "Leave", flow),
            bind(.moveDown, [.down], "Next building", "Down", building, footer: .hidden),
            bind(.moveUp, [.up], "Previous building", "Up", building, footer: .hidden),
            bind(.proceed, [.enter], "Give the PIN in this building", "Choose", building),
            bind(.nextField, [.tab], "Next field (name, email)", "Next field", who),
            bind(.previousField, [.backTab], "Previous field", "Prev field", who, footer: .hidden),
            bind(.proceed, [.enter], "Look for the name among the building's users (or add a new guest)", "Search", who),
            bind(.moveDown, [.down], "Next person found (the last line is a new guest)", "Down", matches, footer: .hidden),
            bind(.moveUp, [.up], "Previous person found", "Up", matches, footer: .hidden),
            bind(.proceed, [.enter], "The PIN is for this person", "Use", matches),
            bind(.moveDown, [.down], "Next entrance", "Down", entrances, footer: .hidden),
            bind(.moveUp, [.up], "Previous entrance", "Up", entrances, footer: .hidden),
            bind(.toggleEntrance, [.character(" ")], "Choose or drop the entrance (two doors get one PIN each)", "Choose", entrances),
            bind(.proceed, [.enter], "Continue with the chosen entrances (or the one selected)", "Continue", entrances),
            bind(.moveDown, [.down], "Next choice of times", "Down", when, footer: .hidden),
            bind(.moveUp, [.up], "Previous choice of times", "Up", when, footer: .hidden),
            bind(.nextField, [.tab], "Next field (typed start and end)", "Next field", typedTimes, footer: .minor),
            bind(.previousField, [.backTab], "Previous field", "Prev field", typedTimes, footer: .hidden),
            bind(.proceed, [.enter], "Check the times and review the PIN", "Review", when),
            bind(.proceed, [.enter], "Create the PIN (Latch makes the digits)", "Create", review, footer: .primary),
            bind(.back, [.backspace, .left], "Change the entrance or the times", "Change", review),
            bind(.proceed, [.enter], "Try the call that failed again (what was made is kept)", "Retry", retry),
            bind(.leave, [.escape], "Show the PINs now; the building confirms them later", "Show now", following),
            bind(.close, [.enter, .escape], "Done: the PIN is masked from now on (p shows it in its details)", "Done", reveal, footer: .primary),
        ]
    }

    /// The scopes of the step on screen, most specific first.
    static func scopes(for guest: GuestState) -> [KeyScope] {
        if guest.step == .reveal { return [reveal] }
        if guest.busy != nil {
            return guest.step == .creating && !guest.made.pins.isEmpty && guest.made.pins.count == guest.chosenEntrances.count ? [following] : []
        }
        let step: [KeyScope]
        switch guest.step {
        case .building: step = [building]
        case .who: step = guest.matches != nil && guest.guest == nil ? [matches, who] : [who]
        case .entrances: step = guest.entrances == nil ? [retry] : [entrances]
        case .when: step = guest.window == .typed ? [typedTimes, when] : [when]
        case .review: step = [review]
        case .creating: step = [retry]
        case .reveal: step = []
        }
        return step + [flow]
    }
}

/// What a key does in the guest PIN flow.
public enum GuestCommand: Hashable, Sendable {
    /// Enter: choose, search, continue, review, create or retry, as the step says.
    case proceed
    /// Esc: leave (or, while the building confirms, show the PINs now).
    case leave
    /// From the review back to the entrance and times.
    case back
    /// Close the PIN reveal.
    case close
    case nextField, previousField
    case moveUp, moveDown
    case toggleEntrance
}
