import Foundation

/// A guest or contractor PIN (issue 14): who (a user of the building, or a new guest by name),
/// which entrance (a Latch PIN opens exactly one; two doors get one PIN each), and when (a
/// preset or typed times, in the building's time zone). The PINs are shown once, then the flow
/// forgets them: afterwards they are masked like every PIN.
public struct GuestState: Sendable, Equatable {
    /// Where the flow is.
    public enum Step: Sendable, Equatable {
        case building, who, entrances, when, review
        /// Creating the guest's user and the PINs, then following them to issued.
        case creating
        /// The PINs, shown once.
        case reveal
    }

    /// Told apart from a later flow so late answers are dropped.
    public let serial: Date
    public var step: Step
    public var building: SystemScope?
    public var buildingChoices: [SystemRow]
    public var buildingCursor = 0

    // MARK: Who

    public var name = TextDraft()
    /// Optional for a new guest.
    public var email = TextDraft()
    public var whoFocus: GuestField = .name
    /// Users of the building whose name matched, once searched; the line after them is "a new guest".
    public var matches: [UserRow]?
    public var matchCursor = 0
    public var guest: GuestWho?

    // MARK: Which entrance

    public var entrances: [EntranceRow]?
    public var entranceCursor = 0
    public var chosenEntrances: [String] = []

    // MARK: When

    public var window: GuestWindow = .nextTwoHours
    public var startText = TextDraft()
    public var endText = TextDraft()
    public var whenFocus: GuestField = .window
    /// The times checked at review.
    public var startsAt: Date?
    public var endsAt: Date?

    // MARK: Progress

    public var made = GuestMade()
    /// Problems on the fields they concern.
    public var fieldErrors: [GuestField: String] = [:]
    /// What is being asked of the API now, in words.
    public var busy: String?
    /// Why the last call failed (Enter tries again; nothing typed is lost).
    public var failure: String?

    /// - Parameter name: a name typed after `:guest`, put in the name field.
    public init(serial: Date, building: SystemScope?, buildingChoices: [SystemRow], name: String = "", now: Date) {
        self.serial = serial
        self.building = building
        self.buildingChoices = buildingChoices
        self.name = TextDraft(name)
        step = building == nil ? .building : .who
        resetTypedTimes(now: now)
    }

    public var time: BuildingTime { building?.time ?? BuildingTime(identifier: nil) }

    /// The typed times start as the first preset, so typing edits something sensible.
    mutating func resetTypedTimes(now: Date) {
        let (starts, ends) = GuestWindow.nextTwoHours.range(from: now, time: time) ?? (now, now)
        startText = TextDraft(time.format(starts))
        endText = TextDraft(time.format(ends))
    }

    /// The chosen entrances, in the building's order.
    public var chosenEntranceRows: [EntranceRow] {
        (entrances ?? []).filter { chosenEntrances.contains($0.id) }
    }

    /// The name of an entrance of the building, or its id.
    func entranceName(_ id: String) -> String {
        entrances?.first { $0.id == id }?.name ?? id
    }
}

/// A field or list of the guest flow, so problems show beside it.
public enum GuestField: Sendable, Hashable {
    case name, email, entrances, window, start, end
}

/// Who the PIN is for.
public enum GuestWho: Sendable, Equatable {
    /// A user the building already has.
    case existing(UserRow)
    /// A new guest: an ACS user is created in the building.
    case new(name: String, email: String?)

    public var name: String {
        switch self {
        case .existing(let user): user.name
        case .new(let name, _): name
        }
    }
}

/// What the flow made, with ids, so a retry skips it and the result names it.
public struct GuestMade: Sendable, Equatable {
    /// The guest's ACS user (created, or the existing one chosen).
    public var acsUserID: String?
    public var userCreated = false
    /// The PINs made so far, in the order of the entrances.
    public var pins: [GuestPIN] = []
    /// Whether following the PINs gave up before the building confirmed every one.
    public var followTimedOut = false
    /// Changes made whose audit row could not be written.
    public var auditProblems: [String] = []

    public init() {}

    /// The entrances that have their PIN.
    public var entrancesDone: Set<String> { Set(pins.map(\.entranceID)) }
}

/// A PIN the flow made. The code is held only until the reveal closes.
public struct GuestPIN: Sendable, Equatable {
    public let entranceID: String
    public let entranceName: String
    public let credentialID: String
    /// The 7 digits Latch generated; nil when the API did not send them.
    public let code: String?
    public var issued: Bool

    public init(entranceID: String, entranceName: String, credentialID: String, code: String?, issued: Bool = false) {
        self.entranceID = entranceID
        self.entranceName = entranceName
        self.credentialID = credentialID
        self.code = code
        self.issued = issued
    }
}
