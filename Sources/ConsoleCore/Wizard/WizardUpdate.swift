/// What one step of the wizard's reducer asks of the console: API work, and whether the wizard
/// is done (closed, with a message for the flash line or without).
public struct WizardUpdate: Sendable, Equatable {
    public var effects: [WizardEffect]
    public var exit: WizardExit?

    public init(effects: [WizardEffect] = [], exit: WizardExit? = nil) {
        self.effects = effects
        self.exit = exit
    }
}

/// How the wizard ends.
public enum WizardExit: Sendable, Equatable {
    case close
    /// Close and say something on the flash line.
    case closeSaying(Flash.Level, String)
}
