import Foundation
import SeamAPI

/// A building's access control system as the Systems pane lists it.
public struct SystemRow: ListRow {
    public let id: String
    public let name: String
    public let kind: String
    public let timeZone: String?
    public let userCount: Int?
    public let isCredentialManager: Bool
    /// Its errors and warnings in words (a disconnected login, a bridge offline, …).
    public let problems: [Problem]

    public static let columns = [
        ListColumn("Name", width: .flexible(min: 16, weight: 3)),
        ListColumn("Type", width: .flexible(min: 14, weight: 1)),
        ListColumn("Time zone", width: .flexible(min: 16, weight: 1)),
        ListColumn("Users", width: .fixed(7), alignment: .trailing),
        ListColumn("Status", width: .flexible(min: 12, weight: 3)),
    ]

    public init(_ system: AcsSystem) {
        id = system.acsSystemId
        name = system.name
        kind = system.isCredentialManager
            ? "credential manager"
            : (system.externalTypeDisplayName ?? system.systemTypeDisplayName ?? system.externalType ?? "ACS")
        timeZone = system.location?.timeZone
        userCount = system.acsUserCount
        isCredentialManager = system.isCredentialManager
        problems = Problem.list(errors: system.errors, warnings: system.warnings)
    }

    public func text(forColumn column: Int) -> String {
        switch column {
        case 0: name
        case 1: kind
        case 2: timeZone ?? "—"
        case 3: userCount.map(CountFormat.grouped) ?? ""
        default: Problem.summary(problems) ?? "ok"
        }
    }

    public var searchText: String { "\(name) \(kind) \(text(forColumn: 4)) \(id)".lowercased() }
}
