/// What the keyboard is doing right now: moving through lists, typing a filter, typing a
/// `:` command, or reading the help overlay.
public enum ConsoleMode: Sendable, Equatable {
    case browsing
    /// Typing after `/`; `previous` is restored by Esc.
    case filtering(TextDraft, previous: String)
    /// Typing after `:`.
    case command(TextDraft)
    /// The `?` overlay is open.
    case help
}
