import GRDB

/// The problems of the `demo` seed's Birch House, the errors and warnings a front desk meets
/// (the README, "What keydesk shows for Seam's 2026 states"): its Latch login is disconnected (`account_disconnected` on the connected
/// account and the building), a new resident failed to be created on the building
/// (`failed_to_create_on_acs_system`), a key must be reissued (`needs_to_be_reissued`) and the
/// package room door needs setup (`entrance_setup_required`). Maple Court's Mission Control
/// resident (`latch_resident_user`) is made by `DemoSeed` itself.
struct DemoProblems {
    mutating func add(to s: inout SeedBuilder, system: String, entrances: [String], keys: [String], at time: Int64) throws {
        let accountID = try String.fetchOne(s.db, sql: "SELECT connected_account_id FROM acs_systems WHERE id = ?", arguments: [system])!
        try AccountDisconnection.disconnect(s.db, accountID: accountID, now: time)
        let failedUser = try s.user(system: system, identity: nil, fullName: "Dana Whitfield", email: "dana.whitfield@birchhouse.example.com",
                                    phone: "+13125550199", createdAt: time)
        try s.problem(.acsUser, failedUser, "failed_to_create_on_acs_system", at: time)
        if let key = keys.first { try s.problem(.acsCredential, key, "needs_to_be_reissued", at: time) }
        if let packageRoom = entrances.last { try s.problem(.acsEntrance, packageRoom, "entrance_setup_required", at: time) }
    }
}
