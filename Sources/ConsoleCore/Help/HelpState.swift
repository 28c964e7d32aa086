/// The `?` overlay: every key of the screen under it, from the key registry, scrolled.
public struct HelpState: Sendable, Equatable {
    /// The first line shown.
    public var scroll = 0

    public init() {}
}
