import GRDB
@testable import SeamSandbox

/// States of the world the demo seed does not have, made in the sandbox's own store.
extension RunningSandbox {
    /// Makes the building's credential managers incompatible with it, as in a building whose
    /// Latch mobile access was never connected: mobile keys cannot be issued there.
    func disconnectCredentialManagers(fromBuilding systemID: String) async throws {
        try await store.write { db in
            try db.execute(sql: "UPDATE acs_systems SET compatible_with_acs_system_id = NULL WHERE compatible_with_acs_system_id = ?",
                           arguments: [systemID])
            try db.execute(sql: "UPDATE acs_systems SET default_credential_manager_id = NULL WHERE id = ?", arguments: [systemID])
        }
    }
}

extension RunningSandbox {
    /// Adds a crowd to the first building, as the `large` seed has one, in a few seconds rather
    /// than its half minute: `residents` users with `credentialsEach` credentials, and `recentEvents`
    /// events of the last hour (so the Activity pane's first page is full).
    func addCrowd(residents: Int, credentialsEach: Int, recentEvents: Int) async throws {
        try await store.write { db in
            guard let systemID = try String.fetchOne(db, sql: "SELECT id FROM acs_systems WHERE is_credential_manager = 0 ORDER BY created_at LIMIT 1"),
                  let door = try String.fetchOne(db, sql: "SELECT id FROM acs_entrances WHERE acs_system_id = ? LIMIT 1", arguments: [systemID])
            else { return }
            let now = Timestamp.now()
            var builder = SeedBuilder(db: db, seed: .empty, now: now)
            builder.rng = SplitMix64(seed: 0x6372_6F77_6400) // ids apart from the seed's
            for r in 0..<residents {
                let user = try builder.user(system: systemID, identity: nil, fullName: "Crowd \(r)", email: "crowd.\(r)@example.com", phone: nil,
                                            createdAt: now - SeedBuilder.day + Int64(r))
                for _ in 0..<credentialsEach {
                    _ = try builder.credential(system: systemID, user: user, method: "mobile_key", entrances: [door], displayName: "Multi Phone Sync Credential",
                                               startsAt: now - SeedBuilder.day, endsAt: now + 365 * SeedBuilder.day, createdAt: now - SeedBuilder.day)
                }
                if r < recentEvents {
                    try builder.event("acs_user.created", at: now - 3_600_000 + Int64(r), ids: .init(acsSystemID: systemID, acsUserID: user),
                                      description: "An access system user was created.")
                }
            }
        }
    }
}
