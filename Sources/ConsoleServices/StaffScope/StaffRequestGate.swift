import Foundation
import SeamAPI

/// The staff roster, enforced on every request a service-mode session sends (a
/// `SeamRequestGate`), so it holds for the console, the wizard and every operation alike:
/// a read-only member of staff cannot send any route that changes something, and one limited
/// to some buildings reaches only those (see `BuildingScope`). Without either limit it lets
/// everything through.
public struct StaffRequestGate: SeamRequestGate {
    let login: String
    let readOnly: Bool
    let scope: BuildingScope?

    /// The gate for `member`; `lookup` is a client without a gate, for the look-ups that tell
    /// which building an id belongs to.
    public init(member: StaffMember, readOnly: Bool, lookup: SeamClient) {
        self.login = member.login
        self.readOnly = readOnly || member.readOnly
        self.scope = member.buildings.map { BuildingScope(login: member.login, buildings: $0, lookup: lookup) }
    }

    public func admit(_ request: SeamGatedRequest) async throws {
        if request.onlyReads {
            try await scope?.admitRead(request)
            return
        }
        if readOnly {
            throw StaffScopeRefusal("\(login) is read-only on the staff roster: \(request.path) was not sent")
        }
        try await scope?.admitChange(request)
    }

    public func screen(_ body: Data, of request: SeamGatedRequest) async throws -> Data {
        guard let scope, request.onlyReads else { return body }
        return try await scope.screen(body, of: request)
    }
}
