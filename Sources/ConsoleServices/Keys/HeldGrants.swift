import ConsoleCore
import Foundation
import SeamAPI

/// Reads the Access Grants a resident (a user identity) holds, each with the entrances it opens
/// and its access methods, for `keydesk issue` and the import through Access Grants to find the
/// grant the resident already has (`HeldGrant.same`). One `get_related` per grant; a resident
/// holds few.
public enum HeldGrants {
    public static func read(client: SeamClient, identityID: String) async throws -> [HeldGrant] {
        let grants = try await client.accessGrants.paginate(AccessGrantListParameters(userIdentityId: identityID)).collectAll()
        var held: [HeldGrant] = []
        for grant in grants {
            let related = try await client.accessGrants.getRelated(accessGrantIds: [grant.accessGrantId],
                                                                   include: [.acsEntrances, .accessMethods])
            held.append(HeldGrant(grant: grant, entranceIDs: related.acsEntrances.map(\.acsEntranceId), methods: related.accessMethods))
        }
        return held
    }
}
