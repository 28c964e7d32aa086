import Foundation
import SeamAPI

/// Finds the key a resident already holds for the same building and entrances, so `keydesk
/// issue` and the import run twice give one key, not two: the same access method, not a
/// per-phone child, not expired, opening exactly the requested entrances.
public enum ExistingKey {
    /// `owner`: the credentials to look through (`acs_user_id`, or `user_identity_id` with
    /// `acs_system_id`).
    public static func find(client: SeamClient, owner: AcsCredentialListParameters, method: AccessMode,
                            entranceIDs: [String], now: Date) async throws -> AcsCredential? {
        let wanted = Set(entranceIDs)
        let held = try await client.acs.credentials.paginate(owner).collectAll()
        for credential in held where credential.accessMethod == method && credential.parentAcsCredentialId == nil
            && (credential.endsAt.map { $0 > now } ?? true) {
            let opens = try await client.acs.credentials.listAccessibleEntrances(acsCredentialId: credential.acsCredentialId)
            if Set(opens.map(\.acsEntranceId)) == wanted { return credential }
        }
        return nil
    }
}
