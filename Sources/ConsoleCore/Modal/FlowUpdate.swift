/// What one step of a flow's own reducer (the wizard, the guest PIN flow) asks of the console:
/// API work, and whether the flow is done (closed, with a message for the flash line or without).
public struct FlowUpdate<Effect: Sendable & Equatable>: Sendable, Equatable {
    public var effects: [Effect]
    public var exit: FlowExit?

    public init(effects: [Effect] = [], exit: FlowExit? = nil) {
        self.effects = effects
        self.exit = exit
    }
}

/// How a flow ends.
public enum FlowExit: Sendable, Equatable {
    case close
    /// Close and say something on the flash line.
    case closeSaying(Flash.Level, String)
}
