import Foundation

/// API work the move-out asks for; each carries the move-out's serial so late answers are dropped.
public enum MoveOutEffect: Sendable, Equatable {
    /// People whose name matches: user identities, and ACS users without one, in every building.
    case find(serial: Date, text: String)
    /// Every ACS user of the person in every building, and every credential of those users.
    case gather(serial: Date, MoveOutPerson)
    /// One item of the job, through the audit.
    case remove(serial: Date, MoveOutItem)

    /// Only removing changes data.
    public var changesData: Bool {
        if case .remove = self { return true }
        return false
    }
}

/// The effect runner's answers about a move-out.
public enum MoveOutAnswer: Sendable, Equatable {
    case found(serial: Date, [MoveOutPerson], search: String)
    case gathered(serial: Date, MoveOutPlan)
    /// `auditProblem` says why the audit row could not be written, when it could not.
    case removed(serial: Date, MoveOutItem, MoveOutOutcome, auditProblem: String? = nil)
    case failed(serial: Date, String)

    public var serial: Date {
        switch self {
        case .found(let serial, _, _), .gathered(let serial, _), .removed(let serial, _, _, _), .failed(let serial, _): serial
        }
    }
}

/// What one step of the move-out's reducer asks of the console.
public typealias MoveOutUpdate = FlowUpdate<MoveOutEffect>
