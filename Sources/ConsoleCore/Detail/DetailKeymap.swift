/// The keys of the detail pane. The list's keys keep working while it is open (it sits beside
/// the list), so only closing it and revealing a PIN are its own.
public enum DetailKeymap {
    public static let detail = KeyScope("detail", title: "Details")
    /// Only while the detail shows a credential with a PIN.
    public static let pin = KeyScope("detail.pin", title: "Details of a PIN")

    static var bindings: [KeyBinding] {
        [
            KeyBinding(.detail(.close), keys: [.escape], description: "Close the details", footerLabel: "Close", scope: detail),
            KeyBinding(.detail(.revealPIN), keys: [.character("p")], description: "Show or hide the PIN", footerLabel: "PIN", scope: pin),
            KeyBinding(.detail(.scrollDown), keys: [.character("J")], description: "Scroll the details down (a long sheet)", footerLabel: "More",
                       scope: detail, footer: .hidden),
            KeyBinding(.detail(.scrollUp), keys: [.character("K")], description: "Scroll the details up", footerLabel: "Back up",
                       scope: detail, footer: .hidden),
        ]
    }

    /// The detail's scopes for what it shows now.
    static func scopes(for detail: DetailState) -> [KeyScope] {
        detail.showsPIN ? [pin, self.detail] : [self.detail]
    }
}
