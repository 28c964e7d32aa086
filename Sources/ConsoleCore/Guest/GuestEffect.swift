import Foundation

/// API work the guest flow asks for; each carries the flow's serial so late answers are dropped.
public enum GuestEffect: Sendable, Equatable {
    /// Users of the building whose name matches (`acs/users/list` with `search`).
    case searchUsers(serial: Date, systemID: String, text: String)
    case loadEntrances(serial: Date, systemID: String)
    /// A new guest: an ACS user in the building (name, optional email).
    case createGuestUser(serial: Date, systemID: String, name: String, email: String?)
    /// One Latch PIN (`code` credential) for one entrance; Latch generates the digits.
    case createPIN(serial: Date, acsUserID: String, entranceID: String, startsAt: Date, endsAt: Date)
    /// Poll the PINs until issued (bounded), as the wizard follows a key.
    case followPINs(serial: Date, credentialIDs: [String])

    /// True for the calls that create something.
    public var changesData: Bool {
        switch self {
        case .createGuestUser, .createPIN: true
        case .searchUsers, .loadEntrances, .followPINs: false
        }
    }
}

/// Answers of the guest flow's API work. Answers about a change carry `auditProblem` when the
/// change was made but its audit row could not be written, so the flow says so.
public enum GuestAnswer: Sendable, Equatable {
    case usersFound(serial: Date, [UserRow], search: String)
    case entrancesLoaded(serial: Date, [EntranceRow])
    case guestUserCreated(serial: Date, acsUserID: String, auditProblem: String? = nil)
    /// `code` is the PIN Latch generated: held in the flow until it is shown, never logged.
    case pinCreated(serial: Date, entranceID: String, credentialID: String, code: String?, auditProblem: String? = nil)
    /// The ids of the PINs the building confirmed, and whether the wait gave up first.
    case pinsFollowed(serial: Date, issued: [String], timedOut: Bool)
    case failed(serial: Date, GuestFailure)

    public var serial: Date {
        switch self {
        case .usersFound(let serial, _, _), .entrancesLoaded(let serial, _), .guestUserCreated(let serial, _, _),
             .pinCreated(let serial, _, _, _, _), .pinsFollowed(let serial, _, _), .failed(let serial, _):
            serial
        }
    }
}

/// A failed guest-flow call: the message, and the API's validation errors by field.
public typealias GuestFailure = FlowFailure<GuestField>

extension GuestField: FormField {
    /// API parameter names and the field each belongs to.
    public static var apiParameters: [(String, GuestField)] {
        [("full_name", .name), ("email_address", .email), ("allowed_acs_entrance_ids", .entrances), ("starts_at", .start), ("ends_at", .end)]
    }
}

/// What one step of the guest flow's reducer asks of the console.
public typealias GuestUpdate = FlowUpdate<GuestEffect>
