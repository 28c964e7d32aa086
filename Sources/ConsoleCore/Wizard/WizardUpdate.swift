/// What one step of the wizard's reducer asks of the console: its API work and its exit.
public typealias WizardUpdate = FlowUpdate<WizardEffect>

/// How the wizard ends.
public typealias WizardExit = FlowExit
