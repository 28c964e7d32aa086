import Foundation
import NIOHTTP1
import SeamSandbox
import Testing

/// `search` matches its text literally: `%` and `_` are not SQL LIKE wildcards.
@Suite struct SearchTests {
    /// Each list route with a `search`, and the key of its items.
    static let routes: [(path: String, items: String)] = [
        ("/acs/systems/list", "acs_systems"),
        ("/acs/entrances/list", "acs_entrances"),
        ("/acs/users/list", "acs_users"),
        ("/acs/credentials/list", "acs_credentials"),
        ("/user_identities/list", "user_identities"),
    ]

    @Test(arguments: ["%", "_", "%%", "\\"])
    func aWildcardAloneMatchesNothingInTheSeed(search: String) async throws {
        try await withSandbox { sb in
            for route in Self.routes {
                let reply = try await sb.post(route.path, ["search": search])
                #expect(reply.status == 200, "\(route.path): \(reply.body.prefix(300))")
                #expect(reply.list(route.items).isEmpty, "\(route.path) search \(search) matched \(reply.list(route.items).count)")
            }
        }
    }

    @Test func aPercentSignIsFoundWhereItIsWritten() async throws {
        try await withSandbox { sb in
            let system = try await sb.building()
            let (identityID, userID) = try await sb.newResident(in: system, name: "Ana 50% Off")
            _ = try await sb.newResident(in: system, name: "Ana 500 Off")
            let users = try await sb.post("/acs/users/list", ["search": "50%"]).list("acs_users")
            #expect(users.compactMap { $0["acs_user_id"] as? String } == [userID])
            let identities = try await sb.post("/user_identities/list", ["search": "50%"]).list("user_identities")
            #expect(identities.compactMap { $0["user_identity_id"] as? String } == [identityID])
            let underscore = try await sb.post("/acs/users/list", ["search": "Ana 50_ Off"]).list("acs_users")
            #expect(underscore.isEmpty, "_ matched a character")
        }
    }
}
