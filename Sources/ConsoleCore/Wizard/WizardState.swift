import Foundation
import SeamAPI

/// The mobile-key wizard (issue 6): from a resident to an issued Latch mobile key, one step at a
/// time. It keeps what was typed and the ids of what it made, so a failed step is retried alone
/// and leaving can say (and undo) what exists.
public struct WizardState: Sendable, Equatable {
    /// Where the wizard is.
    public enum Step: Sendable, Equatable {
        case building, resident, manager, enrollment, acsUser, key, review, result
        /// Leaving after something was made: keep it or remove it.
        indirect case leaving(from: Step)

        public var number: Int {
            switch self {
            case .building: 0
            case .resident: 1
            case .manager: 2
            case .enrollment: 3
            case .acsUser: 4
            case .key: 5
            case .review: 6
            case .result, .leaving: 7
            }
        }
    }

    /// Told apart from a later wizard so late answers are dropped.
    public let serial: Date
    public var step: Step
    /// How the key is issued: step by step through the ACS user and its credential, or one Access Grant.
    public let path: IssuePath
    public var building: SystemScope?
    public var buildingChoices: [SystemRow]
    public var buildingCursor = 0

    public var resident = ResidentForm()
    /// Identities found by typing a name (or part of an email) and Enter; Up/Down and Enter pick one.
    public var identityMatches: [UserIdentity]?
    public var matchCursor = 0
    public var managers: [AcsSystem]?
    public var managerCursor = 0
    public var managerID: String?
    public var managerName: String?
    /// The building has no credential manager: steps 2 and 3 are skipped (Seam's current flow).
    public var withoutManager = false

    public var made = WizardMade()

    public var entrances: [EntranceRow]?
    public var chosenEntrances: [String] = []
    public var entranceCursor = 0
    public var entranceFilter = TextDraft()
    /// `/` was pressed: every key, Space included, edits the entrance filter until Enter, Esc or Down.
    public var isEditingEntranceFilter = false
    public var startText = TextDraft()
    public var endText = TextDraft()
    public var keyFocus: KeyField = .entrances
    /// Through an Access Grant: a PIN is asked for with the mobile key (Latch: one PIN per entrance).
    public var wantsPIN = false

    /// Problems on the fields they concern.
    public var fieldErrors: [WizardField: String] = [:]
    /// What is being asked of the API now, in words.
    public var busy: String?
    /// Why the current step failed (Enter retries it).
    public var failure: String?
    /// What the wizard did, in words, in order.
    public var log: [String] = []
    public var credential: AcsCredential?
    public var issued = false
    public var followTimedOut = false
    public var accessibleEntrances: [String] = []
    /// Through an Access Grant: the grant as last read, and its access methods.
    public var grant: AccessGrant?
    public var grantMethods: [AccessMethod] = []

    public init(serial: Date, building: SystemScope?, buildingChoices: [SystemRow], now: Date, path: IssuePath = .acsCredentials) {
        self.serial = serial
        self.path = path
        self.building = building
        self.buildingChoices = buildingChoices
        step = building == nil ? .building : .resident
        let time = building?.time ?? BuildingTime(identifier: nil)
        startText = TextDraft(time.format(now))
        endText = TextDraft(time.format(WizardPreset.plusMonth.date(from: now, time: time)))
    }

    /// "Step 2/5 · the building's user · with ACS credentials": numbered among the steps this
    /// building has (seven with a credential manager, five without, as in Seam's current Latch
    /// guide; four through an Access Grant, whose one call replaces the manager, enrollment and
    /// ACS user steps), then how the key is issued.
    public func stepTitle(_ name: String) -> String {
        let shown: [Step] = path == .accessGrants ? [.resident, .key, .review, .result]
            : withoutManager ? [.resident, .acsUser, .key, .review, .result]
            : [.resident, .manager, .enrollment, .acsUser, .key, .review, .result]
        guard let index = shown.firstIndex(of: step) else { return name.prefix(1).uppercased() + name.dropFirst() + " · " + path.phrase }
        return "Step \(index + 1)/\(shown.count) · \(name) · \(path.phrase)"
    }

    /// The key was made (the credential, or the grant): the result follows it.
    public var isMade: Bool { credential != nil || grant != nil }

    /// The grant's access methods in words ("PIN code for Main Entrance: issued, …"); never a PIN.
    public var grantMethodLines: [String] {
        grantMethods.map { method in
            let pin = method.mode == .code && method.code != nil ? " (PIN: Access pane, Enter, p)" : ""
            return "\(method.displayName): \(method.isIssued ? "issued" : "not issued yet")\(pin)"
        }
    }

    /// The entrances chosen, by name, in the building's order.
    public var chosenEntranceNames: [String] {
        (entrances ?? []).filter { chosenEntrances.contains($0.id) }.map(\.name)
    }

    /// Names of the compatible credential managers, once loaded.
    public var managerNames: [String]? { managers?.map(\.name) }

    /// The found identities as one line each ("Jane Doe <jane@example.com> +1555…").
    public var matchLines: [String] {
        (identityMatches ?? []).map { identity in
            [identity.fullName ?? identity.displayName, identity.emailAddress.map { "<\($0)>" }, identity.phoneNumber]
                .compactMap { $0 }.joined(separator: " ")
        }
    }

    public var time: BuildingTime { building?.time ?? BuildingTime(identifier: nil) }

    /// Entrances that match the filter, in the building's order.
    public var visibleEntrances: [EntranceRow] {
        let filter = entranceFilter.text.lowercased()
        return (entrances ?? []).filter { filter.isEmpty || $0.searchText.contains(filter) }
    }
}

/// The fields of the resident step.
public struct ResidentForm: Sendable, Equatable {
    public var email = TextDraft()
    public var fullName = TextDraft()
    public var phone = TextDraft()
    public var focus: WizardField = .email

    public init() {}
}

/// A field the wizard validates, so errors show beside it.
public enum WizardField: String, Sendable, Equatable, Hashable, CaseIterable {
    case email, fullName, phone, manager, entrances, start, end
}

/// The part of the mobile-key step that has the keyboard.
public enum KeyField: Sendable, Equatable {
    case entrances, start, end
    /// Through an Access Grant: whether a PIN is asked for with the mobile key.
    case pin
}

/// What the wizard made or reused, with ids, so a retry skips it and leaving can undo it.
public struct WizardMade: Sendable, Equatable {
    public var identityID: String?
    public var identityCreated = false
    public var enrollmentID: String?
    public var enrollmentLaunched = false
    public var acsUserID: String?
    public var acsUserOutcome: AcsUserOutcome?
    public var credentialID: String?
    /// Through an Access Grant: the grant (Seam made the ACS user and credentials behind it).
    public var grantID: String?

    public init() {}

    /// Whether anything exists now that did not before the wizard.
    public var madeAnything: Bool {
        identityCreated || enrollmentLaunched || acsUserOutcome == .created || acsUserOutcome == .linked || credentialID != nil
            || grantID != nil
    }

    /// What exists now because of the wizard, in words.
    public var summary: [String] {
        var lines: [String] = []
        if identityCreated { lines.append("A new user identity was created.") }
        if enrollmentLaunched { lines.append("An enrollment automation was launched.") }
        switch acsUserOutcome {
        case .created?: lines.append("A new ACS user was created in the building.")
        case .linked?: lines.append("The building's existing ACS user was linked to the identity.")
        default: break
        }
        if credentialID != nil { lines.append("A mobile key was created.") }
        if grantID != nil { lines.append("An Access Grant was created (Seam made the building's user and the key behind it).") }
        return lines
    }
}

/// How step 4 got its ACS user.
public enum AcsUserOutcome: Sendable, Equatable {
    /// Created with `user_identity_id`.
    case created
    /// The building's user with the same email, linked with `add_acs_user`.
    case linked
    /// The identity already had a user in this building.
    case alreadyLinked
}

/// The quick choices for start and end.
public enum WizardPreset: CaseIterable, Sendable {
    case now, tonight, plusWeek, plusMonth

    public func date(from now: Date, time: BuildingTime) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = time.timeZone
        switch self {
        case .now: return now
        case .tonight:
            let day = calendar.startOfDay(for: now)
            return calendar.date(byAdding: .minute, value: 23 * 60 + 59, to: day) ?? now
        case .plusWeek: return calendar.date(byAdding: .day, value: 7, to: now) ?? now
        case .plusMonth: return calendar.date(byAdding: .month, value: 1, to: now) ?? now
        }
    }
}
