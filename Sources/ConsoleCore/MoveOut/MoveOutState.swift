import Foundation

/// A resident's move-out (issue 14): everything they hold, gathered in every building and shown as
/// one list, then removed as one job with per-item progress. Running it again gathers afresh,
/// so it finishes what is left without touching what is done.
public struct MoveOutState: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        /// Looking for the resident by the name typed after `:moveout`.
        case finding(String)
        /// Several people matched: pick one.
        case picking([MoveOutPerson])
        /// Asking the API what the person holds.
        case gathering(MoveOutPerson)
        /// The list and the choices; Cancel has the focus.
        case choosing(MoveOutPlan)
        /// The job runs, one item at a time.
        case running(MoveOutPlan)
        /// Every item has its outcome (or the job was stopped).
        case finished(MoveOutPlan)
        /// Finding or gathering failed; Enter tries again.
        indirect case failed(String, retry: Phase)
    }

    /// Told apart from a later move-out so late answers are dropped.
    public let serial: Date
    public var phase: Phase
    /// Building names by id, for the list.
    public let buildings: [String: String]
    public var choices = MoveOutChoices()
    /// The option under the cursor in the choices (0: revoke, 1: delete users, 2: delete identity).
    public var optionCursor = 0
    public var focus: ConfirmFocus = .cancel
    public var pickCursor = 0
    /// The job's items, in order, with their outcome once known.
    public var results: [MoveOutResult] = []
    /// Stop after the item that runs now.
    public var stopRequested = false
    /// Changes made whose audit row could not be written.
    public var auditProblems: [String] = []

    public init(serial: Date, phase: Phase, buildings: [String: String]) {
        self.serial = serial
        self.phase = phase
        self.buildings = buildings
    }

    /// The plan on screen, if one was gathered.
    public var plan: MoveOutPlan? {
        switch phase {
        case .choosing(let plan), .running(let plan), .finished(let plan): plan
        default: nil
        }
    }

    /// The options that apply to the plan (no identity, no identity option).
    public var options: [MoveOutOption] {
        plan?.person.identityID == nil ? [.revokeCredentials, .deleteUsers] : MoveOutOption.allCases
    }

    /// The item that runs now, if any.
    public var running: MoveOutResult? { results.first { $0.outcome == nil } }

    /// Items done, already gone and failed, for the progress line.
    public var tally: (done: Int, gone: Int, failed: Int) {
        results.reduce(into: (0, 0, 0)) { tally, result in
            switch result.outcome {
            case .done?: tally.0 += 1
            case .alreadyGone?: tally.1 += 1
            case .failed?: tally.2 += 1
            case nil: break
            }
        }
    }
}

/// One item of the job and how it ended (nil while it waits or runs).
public struct MoveOutResult: Sendable, Equatable {
    public let item: MoveOutItem
    public var outcome: MoveOutOutcome?

    public init(item: MoveOutItem, outcome: MoveOutOutcome? = nil) {
        self.item = item
        self.outcome = outcome
    }
}

/// A choice of the move-out dialog.
public enum MoveOutOption: Sendable, CaseIterable, Equatable {
    case revokeCredentials, deleteUsers, deleteIdentity

    public var label: String {
        switch self {
        case .revokeCredentials: "Revoke every credential"
        case .deleteUsers: "Also delete their ACS users"
        case .deleteIdentity: "Also delete their user identity"
        }
    }
}

extension MoveOutChoices {
    /// Whether an option is chosen.
    public func isChosen(_ option: MoveOutOption) -> Bool {
        switch option {
        case .revokeCredentials: revokeCredentials
        case .deleteUsers: deleteUsers
        case .deleteIdentity: deleteIdentity
        }
    }

    mutating func toggle(_ option: MoveOutOption) {
        switch option {
        case .revokeCredentials: revokeCredentials.toggle()
        case .deleteUsers: deleteUsers.toggle()
        case .deleteIdentity: deleteIdentity.toggle()
        }
    }
}
