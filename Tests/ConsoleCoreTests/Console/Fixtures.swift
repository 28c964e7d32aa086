import ConsoleCore
import Foundation
import SeamAPI

/// Small, readable resources for reducer tests (no server involved).
enum Fixtures {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func system(_ id: String, _ name: String, timeZone: String = "America/New_York") -> SystemRow {
        SystemRow(AcsSystem(
            acsSystemId: id, name: name, createdAt: now, workspaceId: "ws",
            externalType: "latch_building", externalTypeDisplayName: "Latch building",
            isCredentialManager: false, location: .init(timeZone: timeZone)))
    }

    static func user(_ id: String, _ name: String, system: String = "s1", suspended: Bool = false) -> UserRow {
        UserRow(AcsUser(
            acsUserId: id, acsSystemId: system, workspaceId: "ws", createdAt: now, displayName: name,
            fullName: name, emailAddress: "\(name.lowercased().replacingOccurrences(of: " ", with: "."))@example.com",
            isSuspended: suspended))
    }

    static func users(_ count: Int, from start: Int = 0) -> [UserRow] {
        (start..<start + count).map { user("u\($0)", "Resident \($0)") }
    }

    static func request(_ state: ConsoleState, _ pane: ListPane, cursor: String? = nil) -> PageRequest {
        PageRequest(pane: pane, systemID: state.scope?.systemID, search: nil, cursor: cursor,
                    generation: state.list(pane).generation, zones: state.zones)
    }
}

extension ConsoleState {
    /// Applies an action at the fixture instant.
    mutating func reduce(_ action: ConsoleAction) -> [ConsoleEffect] {
        reduce(action, now: Fixtures.now)
    }

    /// Presses one key at the fixture instant.
    mutating func press(_ key: Key) -> [ConsoleEffect] {
        reduce(.input(.key(key)))
    }

    mutating func type(_ text: String) -> [ConsoleEffect] {
        text.flatMap { press(.character($0)) }
    }
}

extension Array where Element == ConsoleEffect {
    /// The API calls among the effects, in order.
    var calls: [APICall] { compactMap(\.call) }

    /// The page requests among the effects, in order.
    var pageRequests: [PageRequest] {
        calls.compactMap { if case .loadPage(let request) = $0 { request } else { nil } }
    }
}
