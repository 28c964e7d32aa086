import ConsoleCore
import Foundation
import SeamAPI

extension ConsoleEffectRunner {
    /// A followed row as the API holds it now; `.gone` once it is deleted (404).
    func followRow(_ target: FollowTarget) async throws -> FollowedRow {
        do {
            switch target.kind {
            case .user:
                return .user(UserRow(try await client.acs.users.get(.acsUserId(target.id))))
            case .grant:
                let grant = try await client.accessGrants.get(.accessGrantId(target.id))
                return .grant(AccessGrantRow(grant, time: BuildingTime(identifier: nil)))
            case .credential:
                let credential = try await client.acs.credentials.get(acsCredentialId: target.id)
                return .credential(CredentialRow(credential, time: target.zones[credential.acsSystemId], now: clock.now(), interner: interner))
            }
        } catch let error as SeamAPIError where error.kind == .notFound {
            return .gone
        }
    }
}
