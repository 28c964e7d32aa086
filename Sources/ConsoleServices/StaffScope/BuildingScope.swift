import Foundation
import SeamAPI

/// The buildings (ACS systems) a member of staff may reach, from the `buildings` of their roster
/// entry, and the rules that keep every request inside them:
/// - a read naming an `acs_system_id` must name one of them; in every answer, items of another
///   system are left out (lists) or refused (a single resource), so the systems list, the
///   panes scoped to a system, "all buildings", details and searches show only theirs;
/// - a change must name what it changes by ids keydesk can place: systems, users, credentials
///   and entrances must be in their buildings (looked up without the gate), credential managers
///   compatible with them, a user identity must have no ACS user elsewhere; a change with an id
///   keydesk does not know how to place is refused, so a new route cannot slip past.
/// Names are resolved to ids on first use (and again after a failure), so a session starts
/// even when the API is slow, and a building that matches no system is an error, not a silent
/// empty console.
public actor BuildingScope {
    let login: String
    let buildings: [String]
    let lookup: SeamClient
    private var resolved: (systems: Set<String>, managers: Set<String>)?

    public init(login: String, buildings: [String], lookup: SeamClient) {
        self.login = login
        self.buildings = buildings
        self.lookup = lookup
    }

    /// The ids of the allowed systems, and of the credential managers compatible with them.
    public func allowed() async throws -> (systems: Set<String>, managers: Set<String>) {
        if let resolved { return resolved }
        let systems = try await lookup.acs.systems.list()
        var ids = Set<String>()
        var unmatched: [String] = []
        for building in buildings {
            let matches = systems.filter { $0.acsSystemId == building || $0.name == building }
            if matches.isEmpty { unmatched.append(building) }
            ids.formUnion(matches.map(\.acsSystemId))
        }
        if !unmatched.isEmpty {
            throw StaffScopeRefusal("the buildings of \(login) on the staff roster include "
                + unmatched.map { "'\($0)'" }.joined(separator: ", ") + ", which no ACS system of this workspace is called; "
                + "systems: " + systems.map(\.name).sorted().joined(separator: ", "))
        }
        var managers = Set<String>()
        for id in ids.sorted() {
            managers.formUnion(try await lookup.acs.systems.listCompatibleCredentialManagerAcsSystems(acsSystemId: id).map(\.acsSystemId))
        }
        let result = (systems: ids, managers: managers)
        resolved = result
        return result
    }

    func admitRead(_ request: SeamGatedRequest) async throws {
        let named = Self.strings(request.parameters["acs_system_id"])
        guard !named.isEmpty else { return }
        let allowed = try await allowed().systems
        if let outside = named.first(where: { !allowed.contains($0) }) {
            throw outsideRefusal("\(request.path) for ACS system \(outside)")
        }
    }

    func admitChange(_ request: SeamGatedRequest) async throws {
        let allowed = try await allowed()
        var systems: [(id: String, what: String)] = []
        var managers: [String] = []
        var identity: String?
        for (name, value) in request.parameters.values.sorted(by: { $0.key < $1.key }) {
            let ids = Self.strings(value)
            switch name {
            case "acs_system_id":
                systems += ids.map { ($0, "ACS system \($0)") }
            case "acs_user_id":
                for id in ids { systems.append((try await lookup.acs.users.get(.acsUserId(id)).acsSystemId, "ACS user \(id)")) }
            case "acs_credential_id":
                for id in ids { systems.append((try await lookup.acs.credentials.get(acsCredentialId: id).acsSystemId, "credential \(id)")) }
            case "acs_entrance_id", "acs_entrance_ids", "allowed_acs_entrance_ids":
                for id in ids { systems.append((try await lookup.acs.entrances.get(acsEntranceId: id).acsSystemId, "entrance \(id)")) }
            case "credential_manager_acs_system_id":
                managers += ids
            case "enrollment_automation_id":
                for id in ids {
                    managers.append(try await lookup.userIdentities.enrollmentAutomations.get(enrollmentAutomationId: id).credentialManagerAcsSystemId)
                }
            case "user_identity_id":
                identity = ids.first
            default:
                if name.hasSuffix("_id") || name.hasSuffix("_ids") {
                    throw StaffScopeRefusal("\(request.path) names \(name), which keydesk cannot place in a building; "
                        + "\(login) is limited to \(buildingList) on the staff roster")
                }
            }
        }
        if systems.isEmpty, managers.isEmpty {
            if let identity {
                for user in try await lookup.userIdentities.listAcsUsers(userIdentityId: identity) {
                    systems.append((user.acsSystemId, "user identity \(identity), through ACS user \(user.acsUserId)"))
                }
            } else if request.path != "/user_identities/create" {
                throw StaffScopeRefusal("keydesk cannot tell which building \(request.path) changes; "
                    + "\(login) is limited to \(buildingList) on the staff roster")
            }
        }
        if let outside = systems.first(where: { !allowed.systems.contains($0.id) }) {
            throw outsideRefusal("\(request.path) on \(outside.what)")
        }
        if let outside = managers.first(where: { !allowed.managers.contains($0) }) {
            throw outsideRefusal("\(request.path) with credential manager \(outside)")
        }
    }

    /// `body` without the items of other systems; a single resource of another system is refused.
    func screen(_ body: Data, of request: SeamGatedRequest) async throws -> Data {
        // Its answer is the credential managers of a system already checked on the way in.
        if request.path.hasSuffix("/list_compatible_credential_manager_acs_systems") { return body }
        guard var envelope = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] else { return body }
        let allowed = try await allowed().systems
        func inside(_ item: [String: Any]) -> Bool {
            guard let system = item["acs_system_id"] as? String else { return true }
            return allowed.contains(system)
        }
        var changed = false
        for (key, value) in envelope where key != "pagination" {
            if let items = value as? [[String: Any]] {
                let kept = items.filter(inside)
                if kept.count != items.count {
                    envelope[key] = kept
                    changed = true
                }
            } else if let item = value as? [String: Any], !inside(item) {
                throw outsideRefusal("\(request.path): it belongs to ACS system \(item["acs_system_id"] as? String ?? "?")")
            }
        }
        return changed ? try JSONSerialization.data(withJSONObject: envelope) : body
    }

    private var buildingList: String { buildings.map { "'\($0)'" }.joined(separator: ", ") }

    private func outsideRefusal(_ what: String) -> StaffScopeRefusal {
        StaffScopeRefusal("\(login) is limited to \(buildingList) on the staff roster: \(what) is outside them")
    }

    private static func strings(_ value: ParameterValue?) -> [String] {
        switch value {
        case .string(let text)?: [text]
        case .array(let values)?: values.flatMap { strings($0) }
        default: []
        }
    }
}
