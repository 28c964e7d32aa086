import Foundation
import SeamAPI

/// An Access Grant as the Access pane lists it: who (the resident), where (the entrances, once
/// looked up for the rows on screen), how (its access methods), until when, and where it stands.
public struct AccessGrantRow: ListRow {
    public let id: String
    /// The grant's own name ("Access Grant for Jane Doe").
    public let name: String
    public let residentID: String
    /// The resident's name, once known ("" until then: the grant's name is shown).
    public private(set) var resident: String
    /// The names of the entrances it opens, once looked up (nil until then).
    public private(set) var entranceNames: [String]?
    /// "mobile key + PIN".
    public let methods: String
    public let startsAt: Date?
    public let endsAt: Date?
    public let time: BuildingTime
    /// "granted", "deleting…", or the first problem in words.
    public let status: String
    public let problems: [Problem]
    /// A change is on its way (new dates, a deletion): the console follows it.
    public let isChanging: Bool
    public private(set) var searchText: String

    public static let columns = [
        ListColumn("Resident", width: .flexible(min: 14, weight: 3)),
        ListColumn("Entrances", width: .flexible(min: 10, weight: 3)),
        ListColumn("Methods", width: .flexible(min: 10, weight: 2)),
        ListColumn("Ends", width: .fixed(16)),
        ListColumn("Status", width: .flexible(min: 9, weight: 2)),
    ]

    public init(_ grant: AccessGrant, residentName: String? = nil, time: BuildingTime) {
        id = grant.accessGrantId
        name = grant.name ?? grant.displayName
        residentID = grant.userIdentityId
        resident = residentName ?? ""
        entranceNames = nil
        methods = Self.methodWords(grant.requestedAccessMethods.map(\.mode))
        startsAt = grant.startsAt
        endsAt = grant.endsAt
        self.time = time
        problems = Problem.list(errors: grant.errors, warnings: grant.warnings)
        let pending = grant.pendingMutations.map(PendingChange.init)
        isChanging = !pending.isEmpty || problems.contains { $0.code == "being_deleted" }
        if let error = Problem.summary(problems.filter { $0.severity == .error }) {
            status = error
        } else if problems.contains(where: { $0.code == "being_deleted" }) {
            status = "deleting…"
        } else if let change = pending.first {
            status = change.words
        } else {
            status = Problem.summary(problems) ?? grant.displayStatus.replacingOccurrences(of: "_", with: " ")
        }
        searchText = ""
        searchText = words()
    }

    /// "mobile key + PIN": the methods a grant asked for, in words.
    public static func methodWords(_ modes: [AccessMode]) -> String {
        modes.map(CredentialRow.methodName).joined(separator: " + ")
    }

    /// This row with its resident's name.
    public func withResident(_ name: String) -> AccessGrantRow {
        var row = self
        row.resident = name
        row.searchText = row.words()
        return row
    }

    /// This row with the entrances it opens.
    public func withEntrances(_ names: [String]) -> AccessGrantRow {
        var row = self
        row.entranceNames = names
        row.searchText = row.words()
        return row
    }

    /// This row (as the API holds it now) keeping what was looked up for `known` (the same grant).
    public func keepingLookups(of known: AccessGrantRow?) -> AccessGrantRow {
        guard let known else { return self }
        var row = self
        if row.resident.isEmpty { row.resident = known.resident }
        if row.entranceNames == nil { row.entranceNames = known.entranceNames }
        row.searchText = row.words()
        return row
    }

    /// The entrances in words: "…" while unknown.
    public var entrances: String {
        guard let entranceNames else { return "…" }
        return entranceNames.isEmpty ? "no entrance" : entranceNames.joined(separator: ", ")
    }

    private func words() -> String { "\(name) \(resident) \(entranceNames?.joined(separator: " ") ?? "") \(methods) \(status)".lowercased() }

    public func text(forColumn column: Int) -> String {
        switch column {
        case 0: resident.isEmpty ? name : resident
        case 1: entrances
        case 2: methods
        case 3: endsAt.map(time.format) ?? "no end"
        default: status
        }
    }

    public func sortKey(forColumn column: Int) -> String {
        guard column == 3 else { return text(forColumn: column).lowercased() }
        return endsAt.map { String(format: "%014.0f", $0.timeIntervalSince1970 + 1e12) } ?? "~"
    }
}
