/// Work the reducer asks for: an API call, a timer, or stopping earlier work. An effect with an
/// identity replaces the running effect with the same identity (a newer search cancels the one
/// it supersedes; a new pause in typing restarts the debounce timer), so late answers of
/// superseded work never arrive. The run loop performs effects; reducers only return them.
public struct ConsoleEffect: Sendable, Equatable {
    /// What to do.
    public enum Work: Sendable, Equatable {
        /// Ask the API (the effect runner answers with an action).
        case call(APICall)
        /// Deliver `.timer(event)` once `delay` has passed on the console's clock.
        case timer(after: Duration, TimerEvent)
        /// Only stop what runs under the identity.
        case cancel
    }

    /// nil for work nothing supersedes (a change to data is never cancelled by a newer effect).
    public let id: EffectID?
    public let work: Work

    public init(id: EffectID?, work: Work) {
        self.id = id
        self.work = work
    }

    /// An API call, replacing the call running under `id` if there is one.
    public static func call(_ call: APICall, id: EffectID? = nil) -> ConsoleEffect {
        ConsoleEffect(id: id, work: .call(call))
    }

    /// `.timer(event)` after `delay`, replacing the timer or call running under `id`.
    public static func after(_ delay: Duration, _ event: TimerEvent, id: EffectID) -> ConsoleEffect {
        ConsoleEffect(id: id, work: .timer(after: delay, event))
    }

    /// Stops whatever runs under `id`.
    public static func cancel(_ id: EffectID) -> ConsoleEffect {
        ConsoleEffect(id: id, work: .cancel)
    }

    /// The API call, when this effect is one.
    public var call: APICall? {
        if case .call(let call) = work { return call }
        return nil
    }

    /// The timer event, when this effect is a timer.
    public var timer: TimerEvent? {
        if case .timer(_, let event) = work { return event }
        return nil
    }
}
